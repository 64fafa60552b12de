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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import se.remiss.organisation.Organisation;

/** One meeting of a nämnd: when and where, and the last day an item can reach it. */
@Entity
public class Sammantrade extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "sammantrade_id", sequenceName = "sammantrade_seq", allocationSize = 50)
    @GeneratedValue(generator = "sammantrade_id")
    public Long id;

    /** The nämnd that meets (an organisation of type NAMND). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organisation namnd;

    public LocalDate datum;

    /** When the meeting starts; null when not yet decided. */
    public LocalTime starttid;

    public String plats;

    /** Sista dag för ärenden: items (approved tjänsteutlåtanden) must be in by this day. */
    public LocalDate sistaDagArenden;

    @Enumerated(EnumType.STRING)
    public SammantradeStatus status = SammantradeStatus.PLANERAT;

    public String anteckning;

    public Instant skapad;

    @Version
    public long version;

    /** The nämnd's meetings from {@code fran} to {@code till} (both inclusive), not called off, by date. */
    public static List<Sammantrade> mellan(Organisation namnd, LocalDate fran, LocalDate till) {
        return list("namnd = ?1 and datum >= ?2 and datum <= ?3 and status <> ?4 order by datum, starttid",
                namnd, fran, till, SammantradeStatus.INSTALLT);
    }

    /** The nämnd's meeting on {@code datum}, if any (at most one per day). */
    public static Optional<Sammantrade> pa(Organisation namnd, LocalDate datum) {
        return find("namnd = ?1 and datum = ?2", namnd, datum).firstResultOptional();
    }

    public static Optional<Sammantrade> hamta(long id) {
        return find("from Sammantrade s join fetch s.namnd where s.id = ?1", id).firstResultOptional();
    }
}
