package se.remiss.granskning;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;

/**
 * Tampering with the audit table in SQL, as an attacker with database access would – and putting it
 * back afterwards, so that other tests find the chain whole. On PostgreSQL the table is protected by a
 * trigger; the tests step around it as the superuser does ({@code session_replication_role = replica}).
 */
final class Manipulation {

    private Manipulation() {
    }

    static boolean postgresql() {
        return "postgresql".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
    }

    /** Changes one row's {@code efter}, runs {@code medan}, restores it. */
    static void andraEfter(long id, String falskt, Runnable medan) {
        String riktigt = QuarkusTransaction.requiringNew().call(() -> Granskningshandelse.<Granskningshandelse>findById(id).efter);
        sql("update granskningshandelse set efter = ?1 where id = ?2", falskt, id);
        try {
            medan.run();
        } finally {
            sql("update granskningshandelse set efter = ?1 where id = ?2", riktigt, id);
        }
    }

    /** Deletes one row, runs {@code medan}, puts the same row back. */
    static void taBort(long id, Runnable medan) {
        Granskningshandelse rad = QuarkusTransaction.requiringNew().call(() -> {
            Granskningshandelse e = Granskningshandelse.findById(id);
            Granskningshandelse.getEntityManager().detach(e);
            return e;
        });
        sql("delete from granskningshandelse where id = ?1", id);
        try {
            medan.run();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                utanSkydd(Granskningshandelse.getEntityManager());
                Granskningshandelse.getEntityManager().merge(rad);
            });
        }
    }

    /** On PostgreSQL an UPDATE or DELETE by the application fails; on H2 there is nothing to show. */
    /** The write protection is PostgreSQL's trigger: on H2 the test is skipped, not passed. */
    static void skyddatPaPostgresql(long id) {
        Assumptions.assumeTrue(postgresql(), "skrivskyddet är en trigger i PostgreSQL; H2 saknar det");
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                Granskningshandelse.getEntityManager().createNativeQuery("update granskningshandelse set efter = 'x' where id = ?1")
                        .setParameter(1, id).executeUpdate()));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                Granskningshandelse.getEntityManager().createNativeQuery("delete from granskningshandelse where id = ?1")
                        .setParameter(1, id).executeUpdate()));
    }

    private static void sql(String sats, Object... parametrar) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Granskningshandelse.getEntityManager();
            utanSkydd(em);
            var fraga = em.createNativeQuery(sats);
            for (int i = 0; i < parametrar.length; i++) {
                fraga.setParameter(i + 1, parametrar[i]);
            }
            fraga.executeUpdate();
        });
    }

    private static void utanSkydd(EntityManager em) {
        if (postgresql()) {
            em.createNativeQuery("set local session_replication_role = replica").executeUpdate();
        }
    }
}
