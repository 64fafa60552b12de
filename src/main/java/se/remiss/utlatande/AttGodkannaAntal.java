package se.remiss.utlatande;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import se.remiss.sakerhet.Inloggad;

/**
 * How many drafts wait for the logged-in signatory, for the start page's reminder
 * ({@code inject:attGodkanna.antal}): the remiss list names no class of this package.
 */
@Named("attGodkanna")
@RequestScoped
public class AttGodkannaAntal {

    private final Inloggad inloggad;

    AttGodkannaAntal(Inloggad inloggad) {
        this.inloggad = inloggad;
    }

    public int antal() {
        return inloggad.arInloggad() ? Utlatande.attGodkanna(inloggad.anvandare()).size() : 0;
    }
}
