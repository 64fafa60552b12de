package se.remiss.sammantrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.remiss.anvandare.Anvandare;
import se.remiss.diarium.Arende;
import se.remiss.diarium.Handling;
import se.remiss.organisation.Organisation;
import se.remiss.utlatande.Utlatande;

/**
 * One § of a protokoll: its number (running per nämnd and year, never reused), the decision, and
 * the signed protokollsutdrag once the protokoll is adjusted.
 */
@Entity
public class Paragraf extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "paragraf_id", sequenceName = "paragraf_seq", allocationSize = 50)
    @GeneratedValue(generator = "paragraf_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Protokoll protokoll;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organisation namnd;

    public int ar;
    public int nummer;

    public String rubrik;

    @ManyToOne(fetch = FetchType.LAZY)
    public Dagordningspunkt punkt;

    @ManyToOne(fetch = FetchType.LAZY)
    public Utlatande utlatande;

    @ManyToOne(fetch = FetchType.LAZY)
    public Arende arende;

    public String beslutstext;
    public String reservationer;
    public String sarskildaUttalanden;

    /** The signed extract; null until the secretary certifies it. */
    public String utdragSha256;

    @ManyToOne(fetch = FetchType.LAZY)
    public Anvandare utdragIntygatAv;

    /** The sender's inkommen handling; null until sent. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Handling utdragHandling;

    public Instant utdragSkickat;

    @Version
    public long version;

    /**
     * Whether this § already decides agenda item {@code punkt}: the item itself, or the statement it carries
     * (the same statement on a later version of the list). One § per item: the rule the service enforces and
     * the protokoll page offers by.
     */
    public boolean beslutar(Dagordningspunkt punkt) {
        return this.punkt != null && this.punkt.id.equals(punkt.id)
                || punkt.utlatande != null && utlatande != null && utlatande.id.equals(punkt.utlatande.id);
    }

    /** "§ 12". */
    public String beteckning() {
        return "§ " + nummer;
    }

    public static List<Paragraf> iProtokoll(Protokoll p) {
        return list("protokoll = ?1 order by nummer", p);
    }

    public static Optional<Paragraf> i(Protokoll p, long id) {
        return find("protokoll = ?1 and id = ?2", p, id).firstResultOptional();
    }
}
