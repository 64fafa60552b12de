package se.remiss.granskning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

/** Reads the audit trail directly, for assertions. */
final class Granskningsdata {

    private Granskningsdata() {
    }

    static long senasteId() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Granskningskedja huvud = Granskningskedja.findById(Granskningskedja.HUVUD);
            return huvud.senasteId;
        });
    }

    /** The events written after {@code id}, oldest first. */
    static List<Granskningshandelse> efter(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Granskningshandelse.<Granskningshandelse>list("id > ?1 order by id", id));
    }
}
