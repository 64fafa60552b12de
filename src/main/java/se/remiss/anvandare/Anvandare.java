package se.remiss.anvandare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.remiss.organisation.Organisation;
import se.remiss.sakerhet.Roll;

/** A person working in the system (registrator, handläggare, …), employed by one organisation. */
@Entity
public class Anvandare extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "anvandare_id", sequenceName = "anvandare_seq", allocationSize = 50)
    @GeneratedValue(generator = "anvandare_id")
    public Long id;

    public String anvandarnamn;
    public String namn;
    public String titel;
    public String epost;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organisation organisation;

    public boolean aktiv = true;

    /** bcrypt hash; never leaves the server (no JSON or page shows it). */
    public String losenordHash;

    /** Comma-separated role names, see {@link Roll}. */
    public String roller = "";

    @Version
    public long version;

    public Set<String> rollmangd() {
        return Roll.tolka(roller);
    }

    public boolean harRoll(String roll) {
        return rollmangd().contains(roll);
    }

    public static boolean finnsAdministrator() {
        return count("aktiv = true and roller like ?1", "%" + Roll.ADMINISTRATOR + "%") > 0;
    }

    public static Optional<Anvandare> medAnvandarnamn(String anvandarnamn) {
        return find("anvandarnamn", anvandarnamn).firstResultOptional();
    }

    public static List<Anvandare> allaSorterade() {
        return list("from Anvandare a join fetch a.organisation", Sort.by("a.namn"));
    }

    /** The staff who may be given a case received by {@code mottagare}: people of its office. */
    public static List<Anvandare> somKanHandlagga(Organisation mottagare) {
        Organisation kansli = mottagare.kansli();
        return list("aktiv = true and (organisation = ?1 or organisation = ?2)", Sort.by("namn"), mottagare, kansli);
    }
}
