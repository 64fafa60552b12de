package se.remiss.utlatande;

import se.remiss.anvandare.Anvandare;

/**
 * It has become {@code undertecknare}'s turn to approve the draft: it was marked ready for
 * approval, or the signatory before approved. A CDI event fired inside the change's transaction,
 * so what observers write (the notification mail) commits or rolls back with it.
 */
public record Godkannandetur(Utlatande utlatande, Anvandare undertecknare) {
}
