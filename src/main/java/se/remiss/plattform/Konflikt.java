package se.remiss.plattform;

/** The request clashes with the object's current state (already sent, changed by someone else). */
public class Konflikt extends RuntimeException {
    public Konflikt(String meddelande) {
        super(meddelande);
    }
}
