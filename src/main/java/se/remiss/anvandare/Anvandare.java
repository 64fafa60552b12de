package se.remiss.anvandare;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Sida;

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

    /** Phone number as the person writes it ("08-508 12 345"); printed in the head of the documents they handle. */
    public String telefon;

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

    /** The roles' Swedish names, for pages and JSON. */
    public List<String> rollEtiketter() {
        return rollmangd().stream().map(Roll::etikett).toList();
    }

    public boolean harRoll(String roll) {
        return rollmangd().contains(roll);
    }

    public static boolean finnsAdministrator() {
        return count("aktiv = true and roller like ?1", "%" + Roll.ADMINISTRATOR + "%") > 0;
    }

    /**
     * The user with their organisation and its förvaltning in one statement: every request's
     * {@code Inloggad} asks for them (a lazy load would be a second and third statement).
     */
    public static Anvandare medOrganisation(long id) {
        return Anvandare.<Anvandare>find("from Anvandare a join fetch a.organisation o left join fetch o.forvaltning"
                + " where a.id = ?1", id).firstResult();
    }

    public static Optional<Anvandare> medAnvandarnamn(String anvandarnamn) {
        return find("anvandarnamn", anvandarnamn).firstResultOptional();
    }

    /** One page of users matching {@code f}, with their organisations, in the filter's order. */
    public static Sida<Anvandare> sok(Anvandarfilter f, int sida, int storlek) {
        StringBuilder villkor = new StringBuilder(" where 1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (f.organisation() != null) {
            villkor.append(" and a.organisation.id = :organisation");
            p.put("organisation", f.organisation());
        }
        if (f.roll() != null) {
            // Whole names only: the stored list is comma-separated without spaces (Roll.lagra).
            villkor.append(" and concat(',', a.roller, ',') like :roll");
            p.put("roll", "%," + f.roll() + ",%");
        }
        if (f.aktiv() != null) {
            villkor.append(" and a.aktiv = :aktiv");
            p.put("aktiv", f.aktiv());
        }
        if (f.sokmonster() != null) {
            villkor.append(" and (lower(a.namn) like :sok or a.anvandarnamn like :sok)");
            p.put("sok", f.sokmonster());
        }
        EntityManager em = Panache.getEntityManager();
        TypedQuery<Anvandare> rader = em.createQuery(
                "select a from Anvandare a join fetch a.organisation" + villkor + f.orderBy(), Anvandare.class);
        TypedQuery<Long> antal = em.createQuery("select count(a) from Anvandare a" + villkor, Long.class);
        p.forEach((k, v) -> {
            rader.setParameter(k, v);
            antal.setParameter(k, v);
        });
        List<Anvandare> lista = rader.setFirstResult((sida - 1) * storlek).setMaxResults(storlek).getResultList();
        return new Sida<>(lista, sida, storlek, antal.getSingleResult());
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
