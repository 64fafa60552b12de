package se.remiss.remiss;

/**
 * Something happened to a recipient that people should hear of (a CDI event fired inside the
 * change's transaction, so what observers write commits or rolls back with it).
 */
public record Mottagarhandelse(Typ typ, Remissmottagare mottagare) {

    public enum Typ {
        /** The remiss has reached the recipient. */
        ANKOMMEN,
        /** A handläggare has been given the case. */
        TILLDELAD,
        /** A deadline moved (a granted anstånd): reminders for the old date are no longer due. */
        FRIST_FLYTTAD
    }
}
