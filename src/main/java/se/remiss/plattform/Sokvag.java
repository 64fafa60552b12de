package se.remiss.plattform;

import java.util.regex.Pattern;

/**
 * A request path as it may be written to a log or the audit trail: a calendar feed's address is its
 * credential ({@code /kalender/<token>.ics}), so the token is replaced before any path is written.
 */
public final class Sokvag {

    private static final Pattern KALENDER = Pattern.compile("/kalender/[^/]+\\.ics");

    private Sokvag() {
    }

    public static String utanHemligheter(String sokvag) {
        return sokvag == null ? null : KALENDER.matcher(sokvag).replaceAll("/kalender/***.ics");
    }
}
