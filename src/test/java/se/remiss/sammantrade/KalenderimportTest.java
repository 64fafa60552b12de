package se.remiss.sammantrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Faltfel;
import se.remiss.sammantrade.Kalenderimport.Rad;
import se.remiss.sammantrade.Kalenderimport.Resultat;

/** A year's meetings from CSV and iCalendar, and a clear message for every faulty row. */
class KalenderimportTest {

    private static Resultat csv(String text) {
        return Kalenderimport.tolka("kalender.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Resultat ics(String... rader) {
        return Kalenderimport.tolka("kalender.ics", String.join("\r\n", rader).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void csvMedSemikolonBomOchSvenskaTecken() {
        Resultat r = csv("\uFEFFDatum;Tid;Plats;Sista dag för ärenden\n"
                + "2006-02-16;18:00;Sammanträdesrummet, Bjursätragatan;2006-02-02\n"
                + "\n"
                + "2006-03-28;18.30;Rågsveds folkets hus;\n"
                + "2006-04-27;;;\n");
        assertEquals(List.of(), r.fel());
        assertEquals(List.of(
                new Rad(2, LocalDate.of(2006, 2, 16), LocalTime.of(18, 0), "Sammanträdesrummet, Bjursätragatan",
                        LocalDate.of(2006, 2, 2)),
                new Rad(4, LocalDate.of(2006, 3, 28), LocalTime.of(18, 30), "Rågsveds folkets hus", null),
                new Rad(5, LocalDate.of(2006, 4, 27), null, null, null)), r.rader());
    }

    @Test
    void csvMedKommatecken() {
        Resultat r = csv("datum,tid,plats\n2006-05-18,18:00,\"Sal A, plan 2\"\n");
        assertEquals(List.of(new Rad(2, LocalDate.of(2006, 5, 18), LocalTime.of(18, 0), "Sal A, plan 2", null)),
                r.rader());
    }

    @Test
    void csvIWindows1252() {
        byte[] text = "datum;plats\n2006-05-18;Sammanträdesrummet\n".getBytes(Charset.forName("windows-1252"));
        assertEquals("Sammanträdesrummet", Kalenderimport.tolka("k.csv", text).rader().get(0).plats());
    }

    @Test
    void varjeFelaktigRadNamnsMedSittRadnummer() {
        Resultat r = csv("datum;tid;plats;sista dag för ärenden\n"
                + "2006-02-16;18:00;A;\n"
                + "2006-02-30;18:00;B;\n"
                + "2006-03-16;kväll;C;\n"
                + "2006-04-20;18:00;D;2006-04-21\n"
                + "2006-02-16;19:00;E;\n"
                + ";18:00;F;\n");
        assertEquals(List.of(
                new Faltfel("rad[3]", "Rad 3: \"2006-02-30\" är inget datum (ÅÅÅÅ-MM-DD)."),
                new Faltfel("rad[4]", "Rad 4: \"kväll\" är ingen tid (TT:MM)."),
                new Faltfel("rad[5]", "Rad 5: Sista dag för ärenden ligger efter sammanträdet."),
                new Faltfel("rad[7]", "Rad 7: Datum saknas."),
                new Faltfel("rad[6]", "Rad 6: Samma dag (2006-02-16) som rad 2 – nämnden har ett sammanträde per dag.")),
                r.fel());
    }

    @Test
    void csvUtanDatumkolumnEllerTom() {
        assertEquals("fil", csv("dag nr;plats\n1;A\n").fel().get(0).falt());
        assertTrue(csv("plats\nA\n").fel().get(0).meddelande().contains("Kolumnen \"datum\" saknas"));
        assertEquals("fil", csv("").fel().get(0).falt());
        assertEquals("Filen innehåller inga sammanträden.", csv("datum;plats\n").fel().get(0).meddelande());
    }

    @Test
    void icalMedTidszonUtcFlytandeOchHeldag() {
        Resultat r = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//SE",
                "BEGIN:VEVENT", "UID:1", "DTSTAMP:20060101T000000Z", "SUMMARY:Nämndsammanträde",
                "DTSTART;TZID=Europe/Stockholm:20060216T180000", "LOCATION:Sammanträdesrummet", "END:VEVENT",
                "BEGIN:VEVENT", "UID:2", "DTSTAMP:20060101T000000Z", "DTSTART:20060328T170000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:3", "DTSTAMP:20060101T000000Z", "DTSTART:20060427T183000", "END:VEVENT",
                "BEGIN:VEVENT", "UID:4", "DTSTAMP:20060101T000000Z", "DTSTART;VALUE=DATE:20060518", "END:VEVENT",
                "END:VCALENDAR");
        assertEquals(List.of(), r.fel());
        assertEquals(List.of(
                new Rad(1, LocalDate.of(2006, 2, 16), LocalTime.of(18, 0), "Sammanträdesrummet", null),
                // 17:00 UTC is 19:00 in Stockholm in summer time (from 26 March 2006).
                new Rad(2, LocalDate.of(2006, 3, 28), LocalTime.of(19, 0), null, null),
                new Rad(3, LocalDate.of(2006, 4, 27), LocalTime.of(18, 30), null, null),
                new Rad(4, LocalDate.of(2006, 5, 18), null, null, null)), r.rader());
    }

    @Test
    void icalMedUpprepningGerEttArsSammantraden() {
        Resultat r = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//SE",
                "BEGIN:VEVENT", "UID:1", "DTSTAMP:20060101T000000Z",
                "DTSTART;TZID=Europe/Stockholm:20060119T180000", "RRULE:FREQ=MONTHLY;BYDAY=3TH",
                "END:VEVENT", "END:VCALENDAR");
        assertEquals(List.of(), r.fel());
        assertEquals(12, r.rader().size());
        assertEquals(LocalDate.of(2006, 12, 21), r.rader().get(11).datum());
        assertEquals(LocalTime.of(18, 0), r.rader().get(11).tid());
    }

    @Test
    void icalUtanStarttidEllerHandelser() {
        Resultat r = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//SE",
                "BEGIN:VEVENT", "UID:1", "DTSTAMP:20060101T000000Z", "SUMMARY:Utan tid", "END:VEVENT",
                "END:VCALENDAR");
        assertEquals(List.of(new Faltfel("rad[1]", "Händelse 1 (Utan tid): DTSTART saknas.")), r.fel());
        Resultat tom = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//SE", "END:VCALENDAR");
        assertEquals("Filen innehåller inga sammanträden (VEVENT).", tom.fel().get(0).meddelande());
    }
}
