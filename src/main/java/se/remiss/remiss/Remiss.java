package se.remiss.remiss;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.remiss.diarium.Arende;
import se.remiss.diarium.Handling;
import se.remiss.diarium.HandlingTyp;
import se.remiss.organisation.Organisation;

/**
 * A consultation sent by one organisation to many. Registered as an ärende in the sender's
 * diarium; its remitted documents are handlingar of that ärende.
 */
@Entity
public class Remiss extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "remiss_id", sequenceName = "remiss_seq", allocationSize = 50)
    @GeneratedValue(generator = "remiss_id")
    public Long id;

    public String titel;
    public String beskrivning;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organisation avsandare;

    /** The sender's ärende; its dnr is the remiss's dnr. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Arende arende;

    @Enumerated(EnumType.STRING)
    public RemissStatus status = RemissStatus.UTKAST;

    /** Default deadlines; each recipient has its own copy that may differ. */
    public LocalDate sistaDagKontorsutlatande;
    public LocalDate sistaDagNamndprotokoll;

    public LocalDate registrerad;
    public LocalDate skickad;
    public Instant skapad;

    @OneToMany(mappedBy = "remiss")
    public List<Remissmottagare> mottagare = new ArrayList<>();

    @Version
    public long version;

    public String dnr() {
        return arende.dnr;
    }

    public boolean arUtkast() {
        return status == RemissStatus.UTKAST;
    }

    public List<Handling> dokument() {
        return Handling.iArende(arende, HandlingTyp.REMISSHANDLING);
    }

    /** The remiss with sender and ärende loaded, or empty. */
    public static Optional<Remiss> hamta(long id) {
        return find("from Remiss r join fetch r.avsandare join fetch r.arende where r.id = ?1", id)
                .firstResultOptional();
    }
}
