package se.remiss.sammantrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Optional;
import se.remiss.organisation.Organisation;

/**
 * A nämnd's own planning rule; a nämnd without a row uses the defaults of
 * {@code remiss.sammantrade.*}.
 */
@Entity
public class Namndinstallning extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "namndinstallning_id", sequenceName = "namndinstallning_seq", allocationSize = 50)
    @GeneratedValue(generator = "namndinstallning_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organisation namnd;

    /** Sista dag för ärenden lies this many working days before the meeting. */
    public int arendedagar;

    /** The tjänsteutlåtande must be approved this many working days before sista dag för ärenden. */
    public int godkannandedagar;

    @Version
    public long version;

    public static Optional<Namndinstallning> medNamnd(Organisation namnd) {
        return find("namnd", namnd).firstResultOptional();
    }
}
