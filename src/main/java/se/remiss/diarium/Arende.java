package se.remiss.diarium;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.remiss.anvandare.Anvandare;
import se.remiss.organisation.DiarienummerFormat;
import se.remiss.organisation.Diarieserie;
import se.remiss.organisation.Organisation;

/**
 * A registered case in one organisation's diarium. Registered once, never deleted; documents
 * are added to it as {@link Handling}s.
 */
@Entity
public class Arende extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "arende_id", sequenceName = "arende_seq", allocationSize = 50)
    @GeneratedValue(generator = "arende_id")
    public Long id;

    /** The organisation whose diarium holds the case. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organisation organisation;

    /** The series the number came from; null for a number assigned elsewhere and recorded here. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Diarieserie serie;

    public int ar;
    public Long lopnummer;
    public String kod;

    /** The formatted number, e.g. "302-260-06". */
    public String dnr;

    /** {@link DiarienummerFormat#normalisera(String)} of dnr, for search and uniqueness. */
    public String dnrSok;

    @Enumerated(EnumType.STRING)
    public ArendeTyp typ;

    public String rubrik;

    /** The other party (sender of an incoming case). */
    public String motpart;

    /** The other party's own dnr, kept beside ours. */
    public String motpartensDnr;

    /** The person handling the case (for cases outside a remiss, e.g. a skrivelse). */
    @ManyToOne(fetch = FetchType.LAZY)
    public Anvandare handlaggare;

    public LocalDate registrerat;

    public Instant skapad;

    @OneToMany(mappedBy = "arende")
    @OrderBy("nummer")
    public List<Handling> handlingar = new ArrayList<>();
}
