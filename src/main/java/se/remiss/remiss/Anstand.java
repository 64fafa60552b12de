package se.remiss.remiss;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.remiss.anvandare.Anvandare;

/**
 * A recipient's request for later deadlines (one or both) with its reason, and the sender's
 * decision: granted – possibly with other dates – or refused with a reason. The recipient's
 * deadlines change only when one is granted ({@link Fristandring} keeps each change).
 */
@Entity
public class Anstand extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "anstand_id", sequenceName = "anstand_seq", allocationSize = 50)
    @GeneratedValue(generator = "anstand_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Remissmottagare mottagare;

    @Enumerated(EnumType.STRING)
    public AnstandStatus status = AnstandStatus.BEGART;

    public LocalDate begardKontorsutlatande;
    public LocalDate begardNamndprotokoll;
    public String motivering;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Anvandare begardAv;

    public Instant begard;

    public LocalDate beviljadKontorsutlatande;
    public LocalDate beviljadNamndprotokoll;
    public String beslutsmotivering;

    @ManyToOne(fetch = FetchType.LAZY)
    public Anvandare beslutadAv;

    public Instant beslutad;

    @Version
    public long version;

    public boolean arOppet() {
        return status == AnstandStatus.BEGART;
    }

    /** A recipient's requests, newest first. */
    public static List<Anstand> forMottagare(Remissmottagare m) {
        return list("from Anstand a join fetch a.begardAv left join fetch a.beslutadAv where a.mottagare = ?1 "
                + "order by a.begard desc, a.id desc", m);
    }

    /** The recipient a request belongs to, without loading either (null: no such request). */
    public static Long mottagareId(long id) {
        return getEntityManager().createQuery("select a.mottagare.id from Anstand a where a.id = ?1", Long.class)
                .setParameter(1, id).getResultStream().findFirst().orElse(null);
    }

    /** One request with its recipient and remiss, for deciding it. */
    public static Optional<Anstand> hamta(long id) {
        return find("from Anstand a join fetch a.mottagare m join fetch m.remiss r join fetch r.avsandare "
                + "join fetch m.organisation join fetch a.begardAv left join fetch a.beslutadAv where a.id = ?1", id).firstResultOptional();
    }
}
