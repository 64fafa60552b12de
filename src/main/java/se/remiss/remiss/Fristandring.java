package se.remiss.remiss;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.remiss.anvandare.Anvandare;

/** One change of one of a recipient's deadlines after sending: from, to, by whom, why. Never changed. */
@Entity
public class Fristandring extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "fristandring_id", sequenceName = "fristandring_seq", allocationSize = 50)
    @GeneratedValue(generator = "fristandring_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Remissmottagare mottagare;

    @Enumerated(EnumType.STRING)
    public Fristtyp frist;

    public LocalDate datumFore;
    public LocalDate datumEfter;

    @ManyToOne(fetch = FetchType.LAZY)
    public Anstand anstand;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Anvandare andradAv;

    public Instant tidpunkt;
    public String orsak;

    /** A recipient's changes, oldest first: the first one's {@code datumFore} is the original deadline. */
    public static List<Fristandring> forMottagare(Remissmottagare m) {
        return list("from Fristandring f join fetch f.andradAv where f.mottagare = ?1 order by f.tidpunkt, f.id", m);
    }
}
