package se.remiss.remiss;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One access unit may see one remiss (V30__remiss_synlighet.sql): its organisations sent it, or
 * received it once it was sent. Derived from the remiss and its recipients and written in the same
 * transaction that changes them, so that the lists read a range of one index instead of working
 * the rule out over every remiss on each request.
 */
@Entity
@Table(name = "remiss_synlighet")
@IdClass(Synlighet.Nyckel.class)
public class Synlighet extends PanacheEntityBase {

    /** The unit: the organisation's kansli (its förvaltning, or itself). */
    @Id
    public Long enhetId;

    @Id
    public Long remissId;

    /** The remiss's registration day and sender, copied: the list's order and filters use them. */
    public LocalDate registrerad;
    public Long avsandareId;

    /**
     * The earliest deadline one of the remiss's recipients now waits for (V35; NULL when none waits):
     * overdue today is {@code forstaFrist < today}. Kept by {@link Fristvakt}.
     */
    public LocalDate forstaFrist;

    /** The earliest awaited deadline of remiss {@code %s} (V34's column: NULL when nothing is awaited). */
    private static final String FORSTA_FRIST = "SELECT MIN(f.vantad_frist) FROM remissmottagare f WHERE f.remiss_id = %s";

    /** V35's backfill: every row's earliest awaited deadline, grouped once (the bench's generator uses it too). */
    public static final String FORSTA_FRIST_ALLA = "MERGE INTO remiss_synlighet s USING (SELECT remiss_id,"
            + " MIN(vantad_frist) AS frist FROM remissmottagare WHERE vantad_frist IS NOT NULL GROUP BY remiss_id) v"
            + " ON s.remiss_id = v.remiss_id WHEN MATCHED THEN UPDATE SET forsta_frist = v.frist";

    /** V36's backfill: every unit's count of its rows (the bench's generator uses it too). */
    public static final String ANTAL_ALLA = "UPDATE organisation o SET synliga_remisser ="
            + " (SELECT COUNT(*) FROM remiss_synlighet s WHERE s.enhet_id = o.id)";

    /**
     * Every (unit, remiss) pair the rule gives, restricted by {@code %s} in both arms; the same
     * statement as the migration's backfill.
     */
    private static final String RAKNA_UT = "INSERT INTO remiss_synlighet (enhet_id, remiss_id, registrerad, avsandare_id,"
            + " forsta_frist) SELECT e.enhet_id, r.id, r.registrerad, r.avsandare_id, (" + FORSTA_FRIST.formatted("r.id") + ")"
            + " FROM remiss r JOIN ("
            + " SELECT r2.id AS remiss_id, COALESCE(o.forvaltning_id, o.id) AS enhet_id"
            + " FROM remiss r2 JOIN organisation o ON o.id = r2.avsandare_id WHERE r2.id IN (%1$s)"
            + " UNION"
            + " SELECT m.remiss_id, COALESCE(o.forvaltning_id, o.id)"
            + " FROM remissmottagare m JOIN organisation o ON o.id = m.organisation_id"
            + " WHERE m.status <> 'EJ_SKICKAD' AND m.remiss_id IN (%1$s)"
            + ") e ON e.remiss_id = r.id";

    /**
     * Brings the rows of one remiss up to date with its sender and recipients (after registering
     * or sending it). Pending changes are flushed first: the statement reads the tables.
     */
    public static void uppdatera(long remissId) {
        skrivOm("?1", remissId);
    }

    /**
     * After an organisation moved to another förvaltning (or got or lost one): the rows of every
     * remiss it sent or received are worked out again, since it now belongs to another unit.
     */
    public static void uppdateraForOrganisation(long organisationId) {
        skrivOm("SELECT id FROM remiss WHERE avsandare_id = ?1"
                + " UNION SELECT remiss_id FROM remissmottagare WHERE organisation_id = ?1", organisationId);
    }

    /**
     * The rows of the remisser {@code remisser} (an id list or subquery with parameter ?1) worked out
     * again, and each unit's count ({@link #antal}) moved by the rows it gained or lost.
     */
    private static void skrivOm(String remisser, long parameter) {
        var em = Panache.getEntityManager();
        em.flush();
        Map<Long, Long> fore = radPerEnhet(remisser, parameter);
        em.createNativeQuery("DELETE FROM remiss_synlighet WHERE remiss_id IN (" + remisser + ")")
                .setParameter(1, parameter).executeUpdate();
        em.createNativeQuery(RAKNA_UT.formatted(remisser)).setParameter(1, parameter).executeUpdate();
        Map<Long, Long> skillnad = new TreeMap<>(radPerEnhet(remisser, parameter));
        fore.forEach((enhet, n) -> skillnad.merge(enhet, -n, Long::sum));
        // In the units' order, so that two transactions moving the same units lock them in the same order.
        skillnad.forEach((enhet, n) -> {
            if (n != 0) {
                em.createNativeQuery("UPDATE organisation SET synliga_remisser = synliga_remisser + ?1 WHERE id = ?2")
                        .setParameter(1, n).setParameter(2, enhet).executeUpdate();
            }
        });
    }

    private static Map<Long, Long> radPerEnhet(String remisser, long parameter) {
        Map<Long, Long> perEnhet = new HashMap<>();
        for (Object rad : Panache.getEntityManager().createNativeQuery("SELECT enhet_id, COUNT(*) FROM remiss_synlighet"
                + " WHERE remiss_id IN (" + remisser + ") GROUP BY enhet_id").setParameter(1, parameter).getResultList()) {
            Object[] r = (Object[]) rad;
            perEnhet.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return perEnhet;
    }

    /**
     * How many remisser the unit sees: the count kept beside its rows (V36), so that the unfiltered
     * list need not count a range that grows with every remiss (0.98 ms of PostgreSQL's 3 ms per
     * request of the sender's list at 10,000 remisser; ten times that at 100,000).
     */
    public static long antal(long enhet) {
        Object n = Panache.getEntityManager().createNativeQuery("SELECT synliga_remisser FROM organisation WHERE id = ?1")
                .setParameter(1, enhet).getSingleResult();
        return ((Number) n).longValue();
    }

    /**
     * Works out the earliest awaited deadline of these remisser again and writes it where it changed
     * (most status changes leave it as it was: no write then). Plain JDBC on the transaction's own
     * connection: it runs inside Hibernate's completion, after the last flush (see {@link Fristvakt}).
     */
    static void uppdateraFrister(java.sql.Connection anslutning, java.util.Collection<Long> remisser)
            throws java.sql.SQLException {
        try (var las = anslutning.prepareStatement(FORSTA_FRIST.formatted("?"));
                var skriv = anslutning.prepareStatement("UPDATE remiss_synlighet SET forsta_frist = ?"
                        + " WHERE remiss_id = ? AND forsta_frist IS DISTINCT FROM ?")) {
            for (Long remiss : remisser) {
                las.setLong(1, remiss);
                LocalDate frist;
                try (var rs = las.executeQuery()) {
                    rs.next();
                    frist = rs.getObject(1, LocalDate.class);
                }
                skriv.setObject(1, frist, java.sql.Types.DATE);
                skriv.setLong(2, remiss);
                skriv.setObject(3, frist, java.sql.Types.DATE);
                skriv.addBatch();
            }
            skriv.executeBatch();
        }
    }

    /** The composite key. */
    public static class Nyckel implements Serializable {
        public Long enhetId;
        public Long remissId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Nyckel n && Objects.equals(enhetId, n.enhetId) && Objects.equals(remissId, n.remissId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enhetId, remissId);
        }
    }
}
