package se.remiss.sammantrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.remiss.anvandare.Anvandare;

/**
 * One version of a meeting's agenda. While unpublished the secretary adds, removes and orders its
 * items; publishing stores its PDF and locks it for good – a later change is made in the next version.
 */
@Entity
public class Foredragningslista extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "foredragningslista_id", sequenceName = "foredragningslista_seq", allocationSize = 50)
    @GeneratedValue(generator = "foredragningslista_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Sammantrade sammantrade;

    /** 1, 2, …: a new version is made only when the previous one is published. */
    public int versionsnummer;

    public Instant publicerad;

    @ManyToOne(fetch = FetchType.LAZY)
    public Anvandare publiceradAv;

    /** The published PDF; null until published. */
    public String pdfSha256;

    @Version
    public long version;

    public boolean arPublicerad() {
        return publicerad != null;
    }

    public List<Dagordningspunkt> punkter() {
        return Dagordningspunkt.iLista(this);
    }

    /** The newest version of the meeting's agenda, if any. */
    public static Optional<Foredragningslista> senaste(Sammantrade s) {
        return find("sammantrade = ?1 order by versionsnummer desc", s).firstResultOptional();
    }

    /** The newest version locked for a change, so two secretaries' changes queue. */
    public static Optional<Foredragningslista> senasteForAndring(Sammantrade s) {
        return find("sammantrade = ?1 order by versionsnummer desc", s).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The newest published version, if any. */
    public static Optional<Foredragningslista> publicerad(Sammantrade s) {
        return find("sammantrade = ?1 and publicerad is not null order by versionsnummer desc", s).firstResultOptional();
    }

    public static List<Foredragningslista> versioner(Sammantrade s) {
        return list("sammantrade = ?1 order by versionsnummer", s);
    }
}
