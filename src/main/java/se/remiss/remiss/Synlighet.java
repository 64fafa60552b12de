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
     * Every (unit, remiss) pair the rule gives, restricted by {@code %s} in both arms; the same
     * statement as the migration's backfill.
     */
    private static final String RAKNA_UT = "INSERT INTO remiss_synlighet (enhet_id, remiss_id, registrerad, avsandare_id)"
            + " SELECT e.enhet_id, r.id, r.registrerad, r.avsandare_id FROM remiss r JOIN ("
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
