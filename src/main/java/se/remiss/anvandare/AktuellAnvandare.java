package se.remiss.anvandare;

/**
 * The user behind the current request, as the user administration sees it (who acts, for the
 * lock-out guard). Implemented by {@code sakerhet.Inloggad}, which builds on users.
 */
public interface AktuellAnvandare {

    /** The logged-in user; an anonymous request gets 401. */
    Anvandare anvandare();
}
