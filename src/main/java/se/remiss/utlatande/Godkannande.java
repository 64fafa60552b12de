package se.remiss.utlatande;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.remiss.anvandare.Anvandare;

/**
 * One signatory's approval of one version of a draft: binds the content's SHA-256 and keeps the
 * PDF as signed by this approval (each signature an incremental update of the previous one).
 */
@Entity
@Table(name = "utlatande_godkannande")
public class Godkannande extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "utlatande_godkannande_id", sequenceName = "utlatande_godkannande_seq", allocationSize = 50)
    @GeneratedValue(generator = "utlatande_godkannande_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Utlatande utlatande;

    public int versionsnummer;
    public String innehallSha256;

    /** 1 for the first signatory, 2 for the second. */
    public int ordning;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Anvandare undertecknare;

    public String pdfSha256;
    public Instant tidpunkt;

    /** When a return made this approval lapse; null while it counts. */
    public Instant upphavd;

    /** The approvals that still count, in signing order. */
    public static List<Godkannande> giltiga(Utlatande u) {
        return list("utlatande = ?1 and upphavd is null order by ordning", u);
    }

    public static Optional<Godkannande> senaste(Utlatande u) {
        List<Godkannande> g = giltiga(u);
        return g.isEmpty() ? Optional.empty() : Optional.of(g.get(g.size() - 1));
    }
}
