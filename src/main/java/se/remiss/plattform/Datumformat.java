package se.remiss.plattform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one way a date is written in forms, addresses and JSON: ÅÅÅÅ-MM-DD, a day that exists.
 * {@link LocalDate#parse} alone also takes "+999999999-12-31", whose next day does not exist.
 */
public final class Datumformat {

    public static final String MEDDELANDE = "Ogiltigt datum – använd formatet ÅÅÅÅ-MM-DD.";

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Datumformat() {
    }

    /** The date, or empty when {@code text} is not a real day written ÅÅÅÅ-MM-DD. */
    public static Optional<LocalDate> tolka(String text) {
        if (text == null || !ISO.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
