package se.remiss.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A stored section of a programme version, e.g. "5.3 Uppsökande arbete". */
@Entity
public class Programavsnitt extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "programavsnitt_id", sequenceName = "programavsnitt_seq", allocationSize = 50)
    @GeneratedValue(generator = "programavsnitt_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Program program;

    @ManyToOne(fetch = FetchType.LAZY)
    public Programavsnitt overordnat;

    /** Position in document order within the programme. */
    public int ordning;

    /** Depth: 0 for a chapter, 1 for its sub-sections, … */
    public int niva;

    /** Stable key: the section number ("5.3") where it has one; see {@link Avsnitt}. */
    public String nyckel;

    public String rubrik;

    public String text;

    /** "5.3 Uppsökande arbete", or the heading alone for unnumbered sections. */
    public String benamning() {
        return nyckel.matches("\\d+(\\.\\d+)*") ? nyckel + " " + rubrik : rubrik;
    }
}
