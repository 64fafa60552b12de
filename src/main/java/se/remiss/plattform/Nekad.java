package se.remiss.plattform;

/**
 * The caller's role allows the route, but not this step on this object now (a signatory whose turn
 * it has not come yet): 403 with the reason in Swedish, as problem+json detail in the API.
 */
public class Nekad extends RuntimeException {
    public Nekad(String meddelande) {
        super(meddelande);
    }
}
