package se.remiss.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Optional;

/**
 * An organisation's diarienummer series: its format and default classification code. Kept with the
 * organisation: its administrator sets them with the organisation's other details, and the diarium
 * numbers ärenden by them.
 */
@Entity
public class Diarieserie extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "diarieserie_id", sequenceName = "diarieserie_seq", allocationSize = 50)
    @GeneratedValue(generator = "diarieserie_id")
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    public Organisation organisation;

    /** Pattern understood by {@link DiarienummerFormat}, e.g. "{KOD}-{NR}/{ÅR}". */
    public String format;

    /** Default classification code put into {KOD} when the registration gives none. */
    public String kod;

    @Version
    public long version;

    public DiarienummerFormat tolkatFormat() {
        return DiarienummerFormat.tolka(format);
    }

    /** What this year's 42nd number looks like, for administrators checking a format. */
    public String exempel() {
        try {
            DiarienummerFormat f = tolkatFormat();
            String exempelkod = kod != null && !kod.isBlank() ? kod : "1.5.3";
            return f.formatera(java.time.LocalDate.now(se.remiss.plattform.Klocka.STOCKHOLM).getYear(), 42, exempelkod);
        } catch (IllegalArgumentException e) {
            return "(ogiltigt format)";
        }
    }

    public static Optional<Diarieserie> forOrganisation(Organisation organisation) {
        return find("organisation", organisation).firstResultOptional();
    }

    /** The series that registers cases for {@code organisation}: its own office's. */
    public static Optional<Diarieserie> somRegistrerarFor(Organisation organisation) {
        return forOrganisation(organisation.kansli()).or(() -> forOrganisation(organisation));
    }
}
