package se.remiss.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of organisations ("Alla stadsdelsnämnder") to send a remiss to in one pick.
 * Shares the organisation id sequence, so an id names either an organisation or a group, never both.
 */
@Entity
public class Grupp extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "grupp_id", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(generator = "grupp_id")
    public Long id;

    public String kortnamn;

    public String namn;

    public String beskrivning;

    @ManyToMany
    @JoinTable(name = "grupp_medlem",
            joinColumns = @JoinColumn(name = "grupp_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("namn")
    public Set<Organisation> medlemmar = new LinkedHashSet<>();

    @Version
    public long version;

    public static Optional<Grupp> medKortnamn(String kortnamn) {
        return find("kortnamn", kortnamn).firstResultOptional();
    }

    public static Optional<Grupp> medNamn(String namn) {
        return find("lower(namn) = ?1", namn.toLowerCase()).firstResultOptional();
    }

    public static List<Grupp> allaSorterade() {
        return listAll(Sort.by("namn"));
    }
}
