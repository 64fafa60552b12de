package se.remiss.sammantrade;

import se.remiss.anvandare.Anvandare;

/**
 * It has become {@code justerare}'s turn to sign the protokoll: it was handed over for justering
 * (the ordförande's turn), or the ordförande signed (the justerare's). A CDI event fired inside the
 * change's transaction, so what observers write (the notification mail) commits or rolls back with it.
 */
public record Justeringstur(Protokoll protokoll, Anvandare justerare) {
}
