package se.remiss.remiss;

/** Where a request for anstånd stands: asked for, then granted or refused by the sender. */
public enum AnstandStatus {
    BEGART("Begärt"),
    BEVILJAT("Beviljat"),
    AVSLAGET("Avslaget");

    public final String etikett;

    AnstandStatus(String etikett) {
        this.etikett = etikett;
    }
}
