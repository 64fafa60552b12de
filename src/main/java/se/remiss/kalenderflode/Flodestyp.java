package se.remiss.kalenderflode;

/** What a calendar feed holds. */
public enum Flodestyp {
    /** The deadlines of the cases assigned to the feed's owner. */
    MINA("Mina ärenden"),
    /** The deadlines of every remiss the owner's organisation (its unit) has received. */
    ORGANISATION("Organisationens inkomna remisser"),
    /** Every recipient's deadlines of one remiss the owner's organisation sent. */
    REMISS("En skickad remiss");

    public final String etikett;

    Flodestyp(String etikett) {
        this.etikett = etikett;
    }
}
