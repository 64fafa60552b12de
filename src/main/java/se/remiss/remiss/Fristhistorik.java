package se.remiss.remiss;

import java.time.LocalDate;
import java.util.List;

/**
 * A recipient's deadlines over time: the changes (oldest first) and the requests for anstånd
 * (newest first). The original deadline is the first change's "before", or the current one.
 */
public record Fristhistorik(Remissmottagare mottagare, List<Fristandring> andringar, List<Anstand> anstand) {

    public static Fristhistorik av(Remissmottagare m) {
        return new Fristhistorik(m, Fristandring.forMottagare(m), Anstand.forMottagare(m));
    }

    public LocalDate ursprunglig(Fristtyp typ) {
        return andringar.stream().filter(f -> f.frist == typ).map(f -> f.datumFore).findFirst()
                .orElse(mottagare.sistaDag(typ));
    }

    public LocalDate ursprungligKontorsutlatande() {
        return ursprunglig(Fristtyp.KONTORSUTLATANDE);
    }

    public LocalDate ursprungligNamndprotokoll() {
        return ursprunglig(Fristtyp.NAMNDPROTOKOLL);
    }

    /** The request awaiting the sender's decision, or null. */
    public Anstand oppet() {
        return anstand.stream().filter(Anstand::arOppet).findFirst().orElse(null);
    }
}
