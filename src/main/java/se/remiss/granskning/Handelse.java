package se.remiss.granskning;

import java.util.Map;

/**
 * What is to be recorded: the action (e.g. REMISS_SKICKAD), the object it concerns, the remiss it
 * belongs to (for the remiss's history) and the values before and after (only what changed).
 */
public record Handelse(String handling, String objekttyp, Long objektId, Long remissId, String beskrivning,
        Map<String, ?> fore, Map<String, ?> efter) {

    public static Handelse av(String handling, String objekttyp, Long objektId) {
        return new Handelse(handling, objekttyp, objektId, null, null, null, null);
    }

    public Handelse remiss(Long id) {
        return new Handelse(handling, objekttyp, objektId, id, beskrivning, fore, efter);
    }

    public Handelse beskrivning(String text) {
        return new Handelse(handling, objekttyp, objektId, remissId, text, fore, efter);
    }

    public Handelse fore(Map<String, ?> varden) {
        return new Handelse(handling, objekttyp, objektId, remissId, beskrivning, varden, efter);
    }

    public Handelse efter(Map<String, ?> varden) {
        return new Handelse(handling, objekttyp, objektId, remissId, beskrivning, fore, varden);
    }
}
