package se.remiss.remiss;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

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
        var em = Panache.getEntityManager();
        em.flush();
        em.createNativeQuery("DELETE FROM remiss_synlighet WHERE remiss_id = ?1").setParameter(1, remissId)
                .executeUpdate();
        em.createNativeQuery(RAKNA_UT.formatted("?1")).setParameter(1, remissId).executeUpdate();
    }

    /**
     * After an organisation moved to another förvaltning (or got or lost one): the rows of every
     * remiss it sent or received are worked out again, since it now belongs to another unit.
     */
    public static void uppdateraForOrganisation(long organisationId) {
        var em = Panache.getEntityManager();
        em.flush();
        String remisser = "SELECT id FROM remiss WHERE avsandare_id = ?1"
                + " UNION SELECT remiss_id FROM remissmottagare WHERE organisation_id = ?1";
        em.createNativeQuery("DELETE FROM remiss_synlighet WHERE remiss_id IN (" + remisser + ")")
                .setParameter(1, organisationId).executeUpdate();
        em.createNativeQuery(RAKNA_UT.formatted(remisser)).setParameter(1, organisationId).executeUpdate();
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
