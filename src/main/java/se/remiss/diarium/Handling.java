package se.remiss.diarium;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.remiss.organisation.Organisation;

/**
 * A registered document in an ärende. Immutable once registered: no route updates or deletes it;
 * a correction is a new handling.
 */
@Entity
public class Handling extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "handling_id", sequenceName = "handling_seq", allocationSize = 50)
    @GeneratedValue(generator = "handling_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Arende arende;

    /** Running number within the ärende (handling 1, 2, …). */
    public int nummer;

    @Enumerated(EnumType.STRING)
    public Riktning riktning;

    @Enumerated(EnumType.STRING)
    public HandlingTyp typ;

    public LocalDate datum;
    public String motpart;
    public String titel;
    public String filnamn;
    public String mimetyp;
    public Long storlek;

    /** SHA-256 of the file's bytes ({@link Fil}); null for a document registered without a file. */
    public String sha256;

    public Instant registrerad;

    /** Sekretess (OSL): the provision, e.g. "26 kap. 1 § OSL"; null when the document is public. */
    public String sekretessOsl;
    public LocalDate sekretessDatum;

    /** The organisation that marked it; only its cleared users see the document. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation sekretessOrganisation;

    public String sekretessMarkeradAv;

    public boolean arSekretess() {
        return sekretessOsl != null;
    }

    /** What others see instead of the title of a marked document. */
    public String maskeradTitel() {
        return "Sekretessmarkerad handling (" + sekretessOsl + ")";
    }

    public boolean harFil() {
        return sha256 != null;
    }

    public static List<Handling> iArende(Arende arende, HandlingTyp typ) {
        return list("arende = ?1 and typ = ?2 order by nummer", arende, typ);
    }
}
