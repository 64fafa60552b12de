package se.remiss.utlatande;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One saved version of a draft, kept whole and never changed. */
@Entity
public class Utlatandeversion extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "utlatandeversion_id", sequenceName = "utlatandeversion_seq", allocationSize = 50)
    @GeneratedValue(generator = "utlatandeversion_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Utlatande utlatande;

    public int nummer;
    public Instant sparad;

    /** Who saved it, by name as it was then. */
    public String sparadAv;

    @Enumerated(EnumType.STRING)
    public Stallningstagande stallningstagande;

    public LocalDate datum;
    public String amne;

    /** The signatories as they were then: "Namn, Titel" per line. */
    public String underskrifter;

    @ElementCollection
    @CollectionTable(name = "utlatandeversion_text", joinColumns = @JoinColumn(name = "utlatandeversion_id"))
    @MapKeyColumn(name = "nyckel")
    @Column(name = "text")
    public Map<String, String> texter = new TreeMap<>();

    /** Oldest first. */
    public static List<Utlatandeversion> historik(Utlatande u) {
        return list("utlatande = ?1 order by nummer", u);
    }

    public static Optional<Utlatandeversion> nummer(Utlatande u, int nummer) {
        return find("utlatande = ?1 and nummer = ?2", u, nummer).firstResultOptional();
    }
}
