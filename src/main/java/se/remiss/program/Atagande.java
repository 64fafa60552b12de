package se.remiss.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.remiss.organisation.Grupp;
import se.remiss.organisation.Organisation;

/** A commitment (åtagande, ska-krav) of a programme version, with the bodies it is addressed to. */
@Entity
public class Atagande extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "atagande_id", sequenceName = "atagande_seq", allocationSize = 50)
    @GeneratedValue(generator = "atagande_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Program program;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Programavsnitt avsnitt;

    /** Position within the programme. */
    public int ordning;

    public String text;

    @ElementCollection
    @CollectionTable(name = "atagande_adressat", joinColumns = @JoinColumn(name = "atagande_id"))
    @OrderColumn(name = "ordning")
    public List<Adressat> adressater = new ArrayList<>();

    /** One addressee: an organisation, a group, or a name the register does not know (both null). */
    @Embeddable
    public static class Adressat {
        public String namn;

        @ManyToOne(fetch = FetchType.LAZY)
        public Organisation organisation;

        @ManyToOne(fetch = FetchType.LAZY)
        public Grupp grupp;

        public boolean kand() {
            return organisation != null || grupp != null;
        }
    }

    public List<String> riktadTill() {
        return adressater.stream().filter(Adressat::kand).map(a -> a.namn).toList();
    }

    public List<String> okandaMottagare() {
        return adressater.stream().filter(a -> !a.kand()).map(a -> a.namn).toList();
    }

    /** Is this commitment addressed to any of {@code organisationer}, directly or through a group? */
    public boolean riktatTill(Collection<Organisation> organisationer) {
        return adressater.stream().anyMatch(a -> (a.organisation != null && organisationer.contains(a.organisation))
                || (a.grupp != null && a.grupp.medlemmar.stream().anyMatch(organisationer::contains)));
    }
}
