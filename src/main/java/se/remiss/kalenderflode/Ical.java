package se.remiss.kalenderflode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar document (RFC 5545) of all-day deadline events: CRLF line ends, lines folded
 * at 75 octets without splitting a UTF-8 character, TEXT values escaped (§3.3.11). Pure, so the
 * rules are unit-tested; the feed's tests read the result with an independent parser.
 */
public final class Ical {

    /** One all-day event; {@code uid} stays the same when the date moves, {@code sekvens} counts the moves. */
    public record Handelse(String uid, LocalDate datum, int sekvens, String rubrik, String beskrivning, String adress,
            String paminnelse) {
    }

    private static final DateTimeFormatter DATUM = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIDPUNKT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder ut = new StringBuilder();

    private Ical() {
    }

    /** The whole calendar; {@code nu} is every event's DTSTAMP. */
    public static String kalender(String namn, List<Handelse> handelser, Instant nu) {
        Ical i = new Ical();
        i.rad("BEGIN:VCALENDAR");
        i.rad("VERSION:2.0");
        i.rad("PRODID:-//Remiss//Frister//SV");
        i.rad("CALSCALE:GREGORIAN");
        i.rad("METHOD:PUBLISH");
        i.rad("X-WR-CALNAME:" + text(namn));
        i.rad("X-PUBLISHED-TTL:PT1H");
        i.rad("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        for (Handelse h : handelser) {
            i.rad("BEGIN:VEVENT");
            i.rad("UID:" + text(h.uid()));
            i.rad("DTSTAMP:" + TIDPUNKT.format(nu));
            i.rad("DTSTART;VALUE=DATE:" + DATUM.format(h.datum()));
            i.rad("DTEND;VALUE=DATE:" + DATUM.format(h.datum().plusDays(1)));
            i.rad("SEQUENCE:" + h.sekvens());
            i.rad("SUMMARY:" + text(h.rubrik()));
            if (h.beskrivning() != null) {
                i.rad("DESCRIPTION:" + text(h.beskrivning()));
            }
            if (h.adress() != null) {
                i.rad("URL:" + h.adress());
            }
            i.rad("TRANSP:TRANSPARENT");
            i.rad("BEGIN:VALARM");
            i.rad("ACTION:DISPLAY");
            i.rad("DESCRIPTION:" + text(h.paminnelse()));
            // 09.00 the working morning before: all-day events start at local midnight.
            i.rad("TRIGGER:-PT15H");
            i.rad("END:VALARM");
            i.rad("END:VEVENT");
        }
        i.rad("END:VCALENDAR");
        return i.ut.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line ends. */
    static String text(String varde) {
        return varde == null ? "" : varde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded: at most 75 octets a line, continuation lines start with a space. */
    private void rad(String rad) {
        int oktetter = 0;
        int grans = 75;
        for (int i = 0; i < rad.length(); ) {
            int tecken = rad.codePointAt(i);
            int langd = new String(Character.toChars(tecken)).getBytes(StandardCharsets.UTF_8).length;
            if (oktetter + langd > grans) {
                ut.append("\r\n ");
                oktetter = 1;
            }
            ut.appendCodePoint(tecken);
            oktetter += langd;
            i += Character.charCount(tecken);
        }
        ut.append("\r\n");
    }
}
