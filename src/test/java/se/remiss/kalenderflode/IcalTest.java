package se.remiss.kalenderflode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer's RFC 5545 rules: escaping, folding at 75 octets, CRLF, all-day dates. */
class IcalTest {

    @Test
    void textEscapas() {
        assertEquals("a\\, b\\; c\\\\d\\ne", Ical.text("a, b; c\\d\ne"));
    }

    @Test
    void langaRaderViksUtanAttDelaEttTecken() {
        String rubrik = "Sista dag kontorsutlåtande: " + "Åtgärdsprogram för äldreomsorgen ".repeat(6);
        String text = Ical.kalender("Mina", List.of(new Ical.Handelse("u-1@remiss", LocalDate.of(2027, 1, 12), 2,
                rubrik, "Rad ett\nRad två", "http://x/mottagare/1", "I morgon")), Instant.parse("2026-12-04T10:00:00Z"));
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        for (String rad : text.split("\r\n")) {
            assertTrue(rad.getBytes(StandardCharsets.UTF_8).length <= 75, rad);
            assertTrue(!rad.contains("\n") && !rad.contains("\r"), rad);
        }
        // Unfolded, the summary is whole again.
        String utvikt = text.replace("\r\n ", "");
        assertTrue(utvikt.contains("SUMMARY:" + rubrik + "\r\n"), utvikt);
        assertTrue(utvikt.contains("DTSTART;VALUE=DATE:20270112\r\nDTEND;VALUE=DATE:20270113\r\nSEQUENCE:2\r\n"));
        assertTrue(utvikt.contains("DESCRIPTION:Rad ett\\nRad två\r\n"));
        assertTrue(utvikt.contains("DTSTAMP:20261204T100000Z\r\n"));
    }
}
