package se.remiss.remiss;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.remiss.anvandare.Anvandare;

/** The JSON shapes of anstånd. Names are a contract with integrators: add, never rename. */
public final class AnstandJson {

    private AnstandJson() {
    }

    /** A request: one or both new dates and the reason. */
    public record Begaran(LocalDate sistaDagKontorsutlatande, LocalDate sistaDagNamndprotokoll, String motivering) {
    }

    /** A grant: other dates than those asked for (optional), a note (optional), the version seen (optional). */
    public record Beviljande(LocalDate sistaDagKontorsutlatande, LocalDate sistaDagNamndprotokoll, String motivering,
            Long version) {
    }

    /** A refusal: its reason, the version seen (optional). */
    public record Avslag(String motivering, Long version) {
    }

    public record Person(Long id, String anvandarnamn, String namn) {
        static Person av(Anvandare a) {
            return a == null ? null : new Person(a.id, a.anvandarnamn, a.namn);
        }
    }

    public record Anstand(Long id, Long mottagare, Long remiss, AnstandStatus status, String statusText,
            LocalDate begardKontorsutlatande, LocalDate begardNamndprotokoll, String motivering, Person begardAv,
            Instant begard, LocalDate beviljadKontorsutlatande, LocalDate beviljadNamndprotokoll,
            String beslutsmotivering, Person beslutadAv, Instant beslutad, long version) {

        static Anstand av(se.remiss.remiss.Anstand a) {
            return new Anstand(a.id, a.mottagare.id, a.mottagare.remiss.id, a.status, a.status.etikett,
                    a.begardKontorsutlatande, a.begardNamndprotokoll, a.motivering, Person.av(a.begardAv), a.begard,
                    a.beviljadKontorsutlatande, a.beviljadNamndprotokoll, a.beslutsmotivering,
                    Person.av(a.beslutadAv), a.beslutad, a.version);
        }
    }

    public record Andring(Fristtyp frist, LocalDate fore, LocalDate efter, Long anstand, Person andradAv,
            Instant tidpunkt, String orsak) {
        static Andring av(Fristandring f) {
            return new Andring(f.frist, f.datumFore, f.datumEfter, f.anstand == null ? null : f.anstand.id,
                    Person.av(f.andradAv), f.tidpunkt, f.orsak);
        }
    }

    /**
     * A recipient's deadlines: as first sent, as now, each change (oldest first) and every request
     * (newest first).
     */
    public record Frister(Long mottagare, LocalDate ursprungligKontorsutlatande, LocalDate ursprungligNamndprotokoll,
            LocalDate sistaDagKontorsutlatande, LocalDate sistaDagNamndprotokoll, List<Andring> andringar,
            List<Anstand> anstand) {

        static Frister av(Remissmottagare m, Fristhistorik h) {
            return new Frister(m.id, h.ursprunglig(Fristtyp.KONTORSUTLATANDE), h.ursprunglig(Fristtyp.NAMNDPROTOKOLL),
                    m.sistaDagKontorsutlatande, m.sistaDagNamndprotokoll,
                    h.andringar().stream().map(Andring::av).toList(), h.anstand().stream().map(Anstand::av).toList());
        }
    }
}
