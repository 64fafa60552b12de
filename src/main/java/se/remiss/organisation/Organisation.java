package se.remiss.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;

/** A body: kontor, nämnd, förvaltning or bolag. */
@Entity
public class Organisation extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "organisation_id", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(generator = "organisation_id")
    public Long id;

    /** Stable short key (e.g. "vantor-sdn"), used by sample data and integrations. */
    public String kortnamn;

    public String namn;

    @Enumerated(EnumType.STRING)
    public OrganisationTyp typ;

    /** The office serving a committee; it keeps the committee's registry and employs its staff. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation forvaltning;

    public boolean aktiv = true;

    @Version
    public long version;

    /** The organisation whose registry and staff act for this one: its förvaltning, or itself. */
    public Organisation kansli() {
        return forvaltning != null ? forvaltning : this;
    }

    /**
     * The access unit this organisation belongs to: its kansli and every committee that kansli
     * serves (Vantörs stadsdelsförvaltning and Vantörs stadsdelsnämnd), kansli first.
     */
    public List<Organisation> enhetensOrganisationer() {
        Organisation kansli = kansli();
        List<Organisation> enhet = new java.util.ArrayList<>();
        enhet.add(kansli);
        list("forvaltning = ?1", Sort.by("namn"), kansli).forEach(o -> enhet.add((Organisation) o));
        if (!enhet.contains(this)) {
            enhet.add(this);
        }
        return enhet;
    }

    public static Optional<Organisation> medKortnamn(String kortnamn) {
        return find("kortnamn", kortnamn).firstResultOptional();
    }

    public static Optional<Organisation> medNamn(String namn) {
        return find("lower(namn) = ?1", namn.toLowerCase()).firstResultOptional();
    }

    public static List<Organisation> allaSorterade() {
        return listAll(Sort.by("typ").and("namn"));
    }

    public static List<Organisation> aktivaSorterade() {
        return list("aktiv", Sort.by("typ").and("namn"), true);
    }
}
