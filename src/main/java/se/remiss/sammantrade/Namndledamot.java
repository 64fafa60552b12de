package se.remiss.sammantrade;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.remiss.anvandare.Anvandare;
import se.remiss.organisation.Organisation;

/**
 * A user's membership of a nämnd, independent of meetings: the assignment (ordförande, vice
 * ordförande, ledamot, ersättare) and whether the member may be chosen to adjust (justera) a
 * protokoll. The user holds the role {@code ledamot} ({@link se.remiss.plattform.Roll#LEDAMOT}).
 */
@Entity
public class Namndledamot extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "namndledamot_id", sequenceName = "namndledamot_seq", allocationSize = 50)
    @GeneratedValue(generator = "namndledamot_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organisation namnd;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Anvandare anvandare;

    @Enumerated(EnumType.STRING)
    public Uppdrag uppdrag;

    /** May be chosen as justerare of a protokoll. */
    public boolean kanJustera;

    public String parti;

    /** The term of office; null: open. */
    public LocalDate fran;

    public LocalDate till;

    @Version
    public long version;

    /** Is the membership valid on {@code dag}? */
    public boolean giltig(LocalDate dag) {
        return (fran == null || !dag.isBefore(fran)) && (till == null || !dag.isAfter(till));
    }

    /** The nämnd's members in the order of their assignments (ordförande first), then by name, with their users. */
    public static List<Namndledamot> iNamnd(Organisation namnd) {
        List<Namndledamot> ledamoter = list("from Namndledamot l join fetch l.anvandare where l.namnd = ?1", namnd);
        // The assignment is stored by name, so the database would sort it alphabetically: sort by rank here.
        return ledamoter.stream().sorted(java.util.Comparator.<Namndledamot, Uppdrag>comparing(l -> l.uppdrag)
                .thenComparing(l -> l.anvandare.namn)).toList();
    }

    /** The nämnder {@code anvandare} is a member of. */
    public static List<Namndledamot> uppdragFor(Anvandare anvandare) {
        return list("from Namndledamot l join fetch l.namnd where l.anvandare = ?1", anvandare);
    }

    public static Optional<Namndledamot> medlem(Organisation namnd, Anvandare anvandare) {
        return find("namnd = ?1 and anvandare = ?2", namnd, anvandare).firstResultOptional();
    }
}
