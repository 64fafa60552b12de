package se.remiss.exempeldata;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The one row saying which sample-data folder (by {@link Exempelavtryck}) this database last loaded. */
@Entity
@Table(name = "exempeldata_laddning")
public class Exempeldataladdning extends PanacheEntityBase {

    private static final int RAD = 1;

    @Id
    public int id = RAD;
    public String avtryck;
    public Instant laddad;

    public static Optional<String> senasteAvtryck() {
        return Exempeldataladdning.<Exempeldataladdning>findByIdOptional(RAD).map(l -> l.avtryck);
    }

    /** Call in a transaction. */
    public static void spara(String avtryck, Instant nar) {
        Exempeldataladdning rad = Exempeldataladdning.<Exempeldataladdning>findByIdOptional(RAD)
                .orElseGet(Exempeldataladdning::new);
        rad.avtryck = avtryck;
        rad.laddad = nar;
        rad.persist();
    }
}
