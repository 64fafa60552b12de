package se.remiss.anvandare;

import java.time.Instant;

/**
 * What the user administration needs from the login (sakerhet), which builds on users and so is not
 * imported here: hashing a new password with the configured cost, and ending what an account that was
 * deactivated or given a new password may no longer use. Implemented by {@code sakerhet.Inloggning}.
 */
public interface Kontoskydd {

    /** The bcrypt hash of a new password, at the configured cost. */
    String hasha(String losenord);

    /** Ends every open login session of the user; returns how many were ended. */
    long avslutaSessioner(Anvandare anvandare, Instant nu);

    /** Forgets the failed login attempts for the user name, lifting a lock-out. */
    void glomMisslyckadeInloggningar(String anvandarnamn);
}
