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

    /**
     * Cuts the last {@code antal} events off the chain and points the head at the event before them,
     * as someone with SQL access would to make events disappear; runs {@code medan}; then removes
     * whatever was written meanwhile (reusing the freed ids) and puts the originals and head back.
     */
    static void avkorta(int antal, Runnable medan) {
        Granskningskedja huvud = QuarkusTransaction.requiringNew().call(() -> {
            Granskningskedja h = Granskningskedja.findById(Granskningskedja.HUVUD);
            Granskningskedja.getEntityManager().detach(h);
            return h;
        });
        long kvar = huvud.senasteId - antal;
        java.util.List<Granskningshandelse> borttagna = QuarkusTransaction.requiringNew().call(() -> {
            java.util.List<Granskningshandelse> rader = Granskningshandelse.list("id > ?1 order by id", kvar);
            rader.forEach(Granskningshandelse.getEntityManager()::detach);
            return rader;
        });
        String kvarHash = QuarkusTransaction.requiringNew().call(() -> Granskningshandelse.<Granskningshandelse>findById(kvar).hash);
        sql("delete from granskningshandelse where id > ?1", kvar);
        sql("update granskningskedja set senaste_id = ?1, senaste_hash = ?2 where id = 1", kvar, kvarHash);
        try {
            medan.run();
        } finally {
            sql("delete from granskningshandelse where id > ?1", kvar);
            QuarkusTransaction.requiringNew().run(() -> {
                utanSkydd(Granskningshandelse.getEntityManager());
                borttagna.forEach(Granskningshandelse.getEntityManager()::merge);
            });
            sql("update granskningskedja set senaste_id = ?1, senaste_hash = ?2 where id = 1", huvud.senasteId,
                    huvud.senasteHash);
        }
    }

    /**
     * Changes event {@code id} and recomputes its hash and every later one, and the head, as someone
     * who knows the hash scheme would so that the chain in the database is whole again; runs
     * {@code medan}; restores the originals.
     */
    static void skrivOm(long id, Runnable medan) {
        java.util.List<Granskningshandelse> original = QuarkusTransaction.requiringNew().call(() -> {
            java.util.List<Granskningshandelse> rader = Granskningshandelse.list("id >= ?1 order by id", id);
            rader.forEach(Granskningshandelse.getEntityManager()::detach);
            return rader;
        });
        QuarkusTransaction.requiringNew().run(() -> {
            utanSkydd(Granskningshandelse.getEntityManager());
            String foregaende = null;
            for (Granskningshandelse e : Granskningshandelse.<Granskningshandelse>list("id >= ?1 order by id", id)) {
                if (foregaende == null) {
                    e.beskrivning = "Omskriven";
                } else {
                    e.foregaendeHash = foregaende;
                }
                e.hash = e.beraknadHash();
                foregaende = e.hash;
            }
            Granskningskedja huvud = Granskningskedja.findById(Granskningskedja.HUVUD);
            huvud.senasteHash = foregaende;
        });
        try {
            medan.run();
        } finally {
            for (Granskningshandelse e : original) {
                sql("update granskningshandelse set foregaende_hash = ?1, hash = ?2 where id = ?3", e.foregaendeHash, e.hash, e.id);
            }
            Granskningshandelse forsta = original.get(0);
            if (forsta.beskrivning == null) {
                sql("update granskningshandelse set beskrivning = null where id = ?1", forsta.id);
            } else {
                sql("update granskningshandelse set beskrivning = ?1 where id = ?2", forsta.beskrivning, forsta.id);
            }
            sql("update granskningskedja set senaste_hash = ?1 where id = 1", original.get(original.size() - 1).hash);
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
