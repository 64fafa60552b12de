package se.remiss.granskning;

import java.time.Instant;

/** The audit trail over the API. */
public final class GranskningJson {

    private GranskningJson() {
    }

    public record Post(Long id, Instant tidpunkt, String anvandarnamn, Long organisation, String handling,
            String objekttyp, Long objektId, Long remiss, Granskningshandelse.Utfall utfall, String beskrivning,
            String fore, String efter, String hash) {
        public static Post av(Granskningshandelse e) {
            return new Post(e.id, e.tidpunkt, e.anvandarnamn, e.organisationId, e.handling, e.objekttyp, e.objektId,
                    e.remissId, e.utfall, e.beskrivning, e.fore, e.efter, e.hash);
        }
    }
}
