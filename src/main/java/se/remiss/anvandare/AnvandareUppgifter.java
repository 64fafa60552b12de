package se.remiss.anvandare;

import java.util.List;

/**
 * A user as the administrator enters it, from the form or from JSON. On a change
 * {@code anvandarnamn} and {@code losenord} are not used (the user name is fixed, the password has
 * its own route); {@code aktiv} null keeps the current value. {@code upprepat} is the form's
 * "repeat password" field: null when it was not asked for (the API). {@code telefon} null keeps the
 * current number (an API client that does not know the field), blank clears it.
 */
public record AnvandareUppgifter(String anvandarnamn, String namn, String titel, String epost, String telefon, Long organisation,
        List<String> roller, Boolean aktiv, String losenord, String upprepat, Long version) {
}
