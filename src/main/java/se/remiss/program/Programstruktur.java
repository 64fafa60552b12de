package se.remiss.program;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A programme (styrdokument) parsed into its parts; built by {@link ProgramParser}.
 *
 * @param titel   the title, "" when the document has none before its first heading
 * @param mal     the overall goals ("övergripande mål"), each as worded
 * @param avsnitt the top-level sections, in document order
 */
public record Programstruktur(String titel, List<String> mal, List<Avsnitt> avsnitt) {

    public Programstruktur {
        Objects.requireNonNull(titel, "titel");
        mal = List.copyOf(mal);
        avsnitt = List.copyOf(avsnitt);
    }

    /** Every section, depth first in document order. */
    public List<Avsnitt> allaAvsnitt() {
        return avsnitt.stream().flatMap(Avsnitt::medUnderavsnitt).toList();
    }

    public Optional<Avsnitt> avsnitt(String nyckel) {
        return allaAvsnitt().stream().filter(a -> a.nyckel().equals(nyckel)).findFirst();
    }

    /** Every commitment, in document order. */
    public List<Krav> allaKrav() {
        return allaAvsnitt().stream().flatMap(a -> a.krav().stream()).toList();
    }
}
