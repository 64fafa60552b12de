package se.remiss.sammantrade;

/** Where a meeting's minutes stand: written, then signed by ordförande and justerare, then final. */
public enum Protokollstatus {
    /** The secretary writes the §§, attendance and who adjusts. */
    UTKAST("Utkast"),
    /** Rendered and locked; ordförande and justerare sign in turn. */
    JUSTERAS("Under justering"),
    /** Every signature given: final and immutable. */
    JUSTERAT("Justerat");

    public final String etikett;

    Protokollstatus(String etikett) {
        this.etikett = etikett;
    }
}
