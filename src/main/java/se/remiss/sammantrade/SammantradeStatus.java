package se.remiss.sammantrade;

/** Where a meeting stands in the calendar. */
public enum SammantradeStatus {
    /** In the calendar; items can be planned for it. */
    PLANERAT("Planerat"),
    /** Held: the protokoll can be written. */
    GENOMFORT("Genomfört"),
    /** Called off; no item can be planned for it. */
    INSTALLT("Inställt");

    public final String etikett;

    SammantradeStatus(String etikett) {
        this.etikett = etikett;
    }
}
