package se.remiss.remiss;

/** How a recipient answered the remiss. */
public enum Svarsform {
    /** The nämnd decided at a meeting (protokollsutdrag). */
    NAMNDBESLUT("Nämndbeslut"),
    /** Decided without a meeting, under delegation (or the office answered alone). */
    DELEGATION("Delegationsbeslut"),
    /** The recipient declines to answer. */
    AVSTAR("Avstår");

    public final String etikett;

    Svarsform(String etikett) {
        this.etikett = etikett;
    }
}
