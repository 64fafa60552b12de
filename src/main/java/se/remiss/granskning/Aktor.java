package se.remiss.granskning;

/** Who did it: a user (with the organisation they act for), "anonym" or "system" (start-up, sample data). */
public record Aktor(String anvandarnamn, Long organisationId) {

    public static final Aktor SYSTEM = new Aktor("system", null);
    public static final Aktor ANONYM = new Aktor("anonym", null);
}
