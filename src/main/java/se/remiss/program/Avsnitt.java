package se.remiss.program;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A section of a programme.
 *
 * @param nyckel       stable key: the section number for numbered sections ("5.3", "1"), "IM1" … for
 *                     "Inriktningsmål 1" …, the parent's key plus a slug for unnumbered sub-headings
 *                     ("1/bakgrund"), and "inledning" for text before the first heading
 * @param rubrik       the heading in normal case ("Uppsökande arbete"), without its number
 * @param text         the section's own text, sub-sections excluded: paragraphs separated by an empty
 *                     line, bullet items (starting with "• ") by a line break
 * @param krav         the commitments stated in this section
 * @param underavsnitt sub-sections, in document order
 */
public record Avsnitt(String nyckel, String rubrik, String text, List<Krav> krav, List<Avsnitt> underavsnitt) {

    public Avsnitt {
        Objects.requireNonNull(nyckel, "nyckel");
        Objects.requireNonNull(rubrik, "rubrik");
        Objects.requireNonNull(text, "text");
        krav = List.copyOf(krav);
        underavsnitt = List.copyOf(underavsnitt);
    }

    /** This section and all below it, depth first in document order. */
    public Stream<Avsnitt> medUnderavsnitt() {
        return Stream.concat(Stream.of(this), underavsnitt.stream().flatMap(Avsnitt::medUnderavsnitt));
    }
}
