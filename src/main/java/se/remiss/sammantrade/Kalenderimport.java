package se.remiss.sammantrade;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import biweekly.util.ICalDate;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.remiss.plattform.Datumformat;
import se.remiss.plattform.Faltfel;

/**
 * Reads a year's meetings from a file: CSV (a header row with the columns {@code datum}, {@code tid},
 * {@code plats}, {@code sista dag för ärenden}; separated by semicolons, as Swedish spreadsheets
 * save, or commas) or iCalendar (each VEVENT a meeting: DTSTART, LOCATION; a recurring event gives
 * its occurrences for a year). Pure: every row is checked and every fault named with its row, so
 * a file is taken whole or not at all.
 */
public final class Kalenderimport {

    /** More meetings than this in one file is not a year's calendar. */
    public static final int MAX_RADER = 400;

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Pattern TID = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");

    private Kalenderimport() {
    }

    /** One meeting read from the file; {@code sistaDagArenden} null: computed from the nämnd's rule. */
    public record Rad(int rad, LocalDate datum, LocalTime tid, String plats, LocalDate sistaDagArenden) {
    }

    /** The meetings read, and the faults found (field {@code rad[N]} per row, {@code fil} for the whole file). */
    public record Resultat(List<Rad> rader, List<Faltfel> fel) {
    }

    /** iCalendar when the name ends in .ics or the content starts with BEGIN:VCALENDAR, otherwise CSV. */
    public static Resultat tolka(String filnamn, byte[] innehall) {
        String text = avkoda(innehall);
        String namn = filnamn == null ? "" : filnamn.toLowerCase(Locale.ROOT);
        if (namn.endsWith(".ics") || text.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
            return ical(text);
        }
        return csv(text);
    }

    /** UTF-8 (a byte-order mark dropped); a file that is not UTF-8 is read as Windows-1252 (older Excel). */
    static String avkoda(byte[] innehall) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(innehall)).toString();
        } catch (CharacterCodingException e) {
            text = new String(innehall, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    // ---------------------------------------------------------------------------------------------
    // CSV

    static Resultat csv(String text) {
        List<Rad> rader = new ArrayList<>();
        List<Faltfel> fel = new ArrayList<>();
        String forsta = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (forsta.isBlank()) {
            fel.add(new Faltfel("fil", "Filen är tom. Första raden ska vara rubrikerna datum;tid;plats;sista dag för ärenden."));
            return new Resultat(rader, fel);
        }
        char avgransare = forsta.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(avgransare).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true)
                .get();
        // Every record ends in a line break, so the parser's line count is the record's own line.
        String hela = text.endsWith("\n") ? text : text + "\n";
        try (CSVParser parser = CSVParser.parse(new StringReader(hela), format)) {
            Map<String, String> kolumner = kolumner(parser.getHeaderNames());
            if (!kolumner.containsKey("datum")) {
                fel.add(new Faltfel("fil", "Kolumnen \"datum\" saknas. Första raden ska vara rubrikerna "
                        + "datum;tid;plats;sista dag för ärenden."));
                return new Resultat(rader, fel);
            }
            for (CSVRecord post : parser) {
                // The row as a spreadsheet numbers it: the header is row 1, blank lines count.
                int rad = (int) parser.getCurrentLineNumber();
                if (rader.size() + fel.size() >= MAX_RADER) {
                    fel.add(new Faltfel("fil", "Filen har fler än " + MAX_RADER + " sammanträden."));
                    break;
                }
                tolkaRad(rad, varde(post, kolumner.get("datum")), varde(post, kolumner.get("tid")),
                        varde(post, kolumner.get("plats")), varde(post, kolumner.get("sista")), rader, fel);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            fel.add(new Faltfel("fil", "Filen kan inte läsas som CSV: " + e.getMessage()));
        }
        if (rader.isEmpty() && fel.isEmpty()) {
            fel.add(new Faltfel("fil", "Filen innehåller inga sammanträden."));
        }
        dubbletter(rader, fel, "Rad");
        return new Resultat(rader, fel);
    }

    /** Our column key → the header as written: "Datum", "Sista dag för ärenden", "Starttid" … */
    private static Map<String, String> kolumner(List<String> rubriker) {
        Map<String, String> karta = new HashMap<>();
        for (String rubrik : rubriker) {
            String r = rubrik == null ? "" : rubrik.strip().toLowerCase(Locale.ROOT);
            if (r.equals("datum") || r.equals("sammanträdesdag") || r.equals("dag")) {
                karta.putIfAbsent("datum", rubrik);
            } else if (r.equals("tid") || r.equals("starttid") || r.equals("klockan")) {
                karta.putIfAbsent("tid", rubrik);
            } else if (r.equals("plats") || r.equals("lokal")) {
                karta.putIfAbsent("plats", rubrik);
            } else if (r.startsWith("sista dag")) {
                karta.putIfAbsent("sista", rubrik);
            }
        }
        return karta;
    }

    private static String varde(CSVRecord post, String kolumn) {
        if (kolumn == null || !post.isMapped(kolumn) || !post.isSet(kolumn)) {
            return null;
        }
        String v = post.get(kolumn);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static void tolkaRad(int rad, String datumText, String tidText, String plats, String sistaText,
            List<Rad> rader, List<Faltfel> fel) {
        String falt = "rad[" + rad + "]";
        List<String> problem = new ArrayList<>();
        LocalDate datum = null;
        if (datumText == null) {
            problem.add("datum saknas");
        } else {
            datum = Datumformat.tolka(datumText).orElse(null);
            if (datum == null) {
                problem.add("\"" + datumText + "\" är inget datum (ÅÅÅÅ-MM-DD)");
            }
        }
        LocalTime tid = null;
        if (tidText != null) {
            var m = TID.matcher(tidText);
            if (m.matches()) {
                tid = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } else {
                problem.add("\"" + tidText + "\" är ingen tid (TT:MM)");
            }
        }
        if (plats != null && plats.length() > 300) {
            problem.add("platsen får vara högst 300 tecken");
        }
        LocalDate sista = null;
        if (sistaText != null) {
            sista = Datumformat.tolka(sistaText).orElse(null);
            if (sista == null) {
                problem.add("sista dag för ärenden \"" + sistaText + "\" är inget datum (ÅÅÅÅ-MM-DD)");
            } else if (datum != null && sista.isAfter(datum)) {
                problem.add("sista dag för ärenden ligger efter sammanträdet");
            }
        }
        if (problem.isEmpty()) {
            rader.add(new Rad(rad, datum, tid, plats, sista));
        } else {
            String text = String.join(", ", problem);
            fel.add(new Faltfel(falt, "Rad " + rad + ": " + text.substring(0, 1).toUpperCase(Locale.ROOT)
                    + text.substring(1) + "."));
        }
    }

    /** Two rows (or events) for the same day: a nämnd meets at most once a day. */
    private static void dubbletter(List<Rad> rader, List<Faltfel> fel, String etikett) {
        Map<LocalDate, Integer> forst = new HashMap<>();
        for (Rad r : rader) {
            Integer tidigare = forst.putIfAbsent(r.datum(), r.rad());
            if (tidigare != null) {
                fel.add(new Faltfel("rad[" + r.rad() + "]", etikett + " " + r.rad() + ": Samma dag (" + r.datum()
                        + ") som " + etikett.toLowerCase(Locale.ROOT) + " " + tidigare
                        + " – nämnden har ett sammanträde per dag."));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // iCalendar

    static Resultat ical(String text) {
        List<Rad> rader = new ArrayList<>();
        List<Faltfel> fel = new ArrayList<>();
        List<ICalendar> kalendrar;
        try {
            kalendrar = Biweekly.parse(text).all();
        } catch (RuntimeException e) {
            fel.add(new Faltfel("fil", "Filen kan inte läsas som iCalendar: " + e.getMessage()));
            return new Resultat(rader, fel);
        }
        int nummer = 0;
        for (ICalendar kalender : kalendrar) {
            TimezoneInfo zoner = kalender.getTimezoneInfo();
            for (VEvent handelse : kalender.getEvents()) {
                nummer++;
                String namn = "Händelse " + nummer + (handelse.getSummary() == null ? ""
                        : " (" + handelse.getSummary().getValue() + ")");
                String falt = "rad[" + nummer + "]";
                if (handelse.getDateStart() == null || handelse.getDateStart().getValue() == null) {
                    fel.add(new Faltfel(falt, namn + ": DTSTART saknas."));
                    continue;
                }
                String plats = handelse.getLocation() == null ? null : handelse.getLocation().getValue();
                if (plats != null && plats.length() > 300) {
                    fel.add(new Faltfel(falt, namn + ": Platsen får vara högst 300 tecken."));
                    continue;
                }
                ICalDate start = handelse.getDateStart().getValue();
                // A floating time (no TZID, no Z) and an all-day date were read in the JVM's zone: read
                // them back in the same one. A time with a zone is shown in Stockholm time.
                ZoneId zon = zoner.isFloating(handelse.getDateStart()) || !start.hasTime()
                        ? ZoneId.systemDefault() : STOCKHOLM;
                List<ICalDate> tillfallen = new ArrayList<>();
                if (handelse.getRecurrenceRule() == null) {
                    tillfallen.add(start);
                } else {
                    var iterator = handelse.getDateIterator(TimeZone.getTimeZone(zon));
                    var regel = handelse.getRecurrenceRule().getValue();
                    // A rule without an end gives the rest of its first year; one with UNTIL or COUNT ends itself.
                    LocalDate slut = regel.getUntil() == null && regel.getCount() == null
                            ? LocalDate.of(lokal(start, zon).getYear() + 1, 1, 1) : LocalDate.MAX;
                    while (iterator.hasNext() && tillfallen.size() <= MAX_RADER) {
                        ICalDate dag = new ICalDate(iterator.next(), start.hasTime());
                        if (!lokal(dag, zon).toLocalDate().isBefore(slut)) {
                            break;
                        }
                        tillfallen.add(dag);
                    }
                }
                for (ICalDate t : tillfallen) {
                    if (rader.size() >= MAX_RADER) {
                        fel.add(new Faltfel("fil", "Filen har fler än " + MAX_RADER + " sammanträden."));
                        return new Resultat(rader, fel);
                    }
                    LocalDateTime lokal = lokal(t, zon);
                    rader.add(new Rad(nummer, lokal.toLocalDate(), t.hasTime() ? lokal.toLocalTime() : null, plats, null));
                }
            }
        }
        if (rader.isEmpty() && fel.isEmpty()) {
            fel.add(new Faltfel("fil", "Filen innehåller inga sammanträden (VEVENT)."));
        }
        dubbletter(rader, fel, "Händelse");
        return new Resultat(rader, fel);
    }

    private static LocalDateTime lokal(ICalDate dag, ZoneId zon) {
        return LocalDateTime.ofInstant(dag.toInstant(), zon);
    }
}
