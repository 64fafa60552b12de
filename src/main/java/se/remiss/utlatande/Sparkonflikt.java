package se.remiss.utlatande;

import se.remiss.plattform.Konflikt;

/**
 * A save based on an older version than the draft's latest: someone else saved in between. Nothing
 * is written; the message says who, when, and which fields they changed.
 */
public class Sparkonflikt extends Konflikt {

    private final String uid;
    private final int fran;
    private final int senaste;

    public Sparkonflikt(String uid, int fran, int senaste, String meddelande) {
        super(meddelande);
        this.uid = uid;
        this.fran = fran;
        this.senaste = senaste;
    }

    public String uid() {
        return uid;
    }

    /** The version the rejected save started from. */
    public int fran() {
        return fran;
    }

    /** The draft's latest version, saved by someone else. */
    public int senaste() {
        return senaste;
    }
}
