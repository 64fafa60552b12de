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

    /**
     * As a sender: working days before each deadline that its recipients are reminded by e-mail;
     * null: the installation's default (remiss.epost.paminnelsedagar).
     */
    public Integer paminnelsedagar;

    /** The longest reminder lead a sender may choose: further ahead a reminder is no longer one. */
    public static final int MAX_PAMINNELSEDAGAR = 30;

    @Version
    public long version;

    /** The organisation whose registry and staff act for this one: its förvaltning, or itself. */
    public Organisation kansli() {
        return forvaltning != null ? forvaltning : this;
    }

    /** The organisations of one access unit: the förvaltning and the nämnder it serves. */
    public static List<Organisation> iEnhet(Organisation enhet) {
        return list("id = ?1 or forvaltning = ?2", Sort.by("namn"), enhet.id, enhet);
    }

    /** The access unit this organisation belongs to (Vantörs stadsdelsförvaltning and its nämnd). */
    public List<Organisation> enhetensOrganisationer() {
        return iEnhet(kansli());
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
