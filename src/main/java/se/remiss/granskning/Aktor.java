package se.remiss.granskning;

import io.quarkus.security.identity.SecurityIdentity;

/** Who did it: a user (with the organisation they act for), "anonym" or "system" (start-up, sample data). */
public record Aktor(String anvandarnamn, Long organisationId) {

    public static final Aktor SYSTEM = new Aktor("system", null);
    public static final Aktor ANONYM = new Aktor("anonym", null);

    /** The user an identity names, with the organisation the login put on it (see {@link Granskning#ORGANISATION}). */
    public static Aktor av(SecurityIdentity id) {
        if (id == null || id.isAnonymous()) {
            return ANONYM;
        }
        return new Aktor(id.getPrincipal().getName(), id.getAttribute(Granskning.ORGANISATION));
    }
}
