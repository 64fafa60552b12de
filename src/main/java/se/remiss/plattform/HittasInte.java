package se.remiss.plattform;

/** The object asked for does not exist (or, later, is not visible to the caller). */
public class HittasInte extends RuntimeException {
    public HittasInte(String meddelande) {
        super(meddelande);
    }
}
