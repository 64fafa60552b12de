package se.remiss.plattform;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting helpers available in every template. */
@TemplateExtension
public class Mallhjalp {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", SVENSKA);
    private static final DateTimeFormatter DAG_MANAD = DateTimeFormatter.ofPattern("d MMMM", SVENSKA);
    private static final DateTimeFormatter MED_VECKODAG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SVENSKA);

    private static final DateTimeFormatter KLOCKSLAG = DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH.mm", SVENSKA)
            .withZone(ZoneId.of("Europe/Stockholm"));

    /** "2026-11-22 kl. 15.23", Swedish time; also for messages written in Java. */
    public static String lokal(Instant tidpunkt) {
        return tidpunkt == null ? "–" : KLOCKSLAG.format(tidpunkt);
    }

    /** "27 mars 2006". */
    static String svensk(LocalDate datum) {
        return datum == null ? "–" : LANG.format(datum);
    }

    /** "14 april", as in "anstånd till 14 april". */
    static String dagManad(LocalDate datum) {
        return datum == null ? "–" : DAG_MANAD.format(datum);
    }

    /** "måndag 27 mars 2006". */
    static String medVeckodag(LocalDate datum) {
        return datum == null ? "–" : MED_VECKODAG.format(datum);
    }

    /** "2006-03-27" or an empty string, for form fields. */
    static String iso(LocalDate datum) {
        return datum == null ? "" : datum.toString();
    }

    /** The text encoded for use in a URL query, e.g. a section key such as "1/bakgrund". */
    static String url(String text) {
        return text == null ? "" : java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A count with Swedish digit grouping, "7 557" ({@link Talformat}); empty for none. */
    static String tal(Integer tal) {
        return tal == null ? "" : Talformat.svenskt(tal);
    }

    /** A count with Swedish digit grouping, "1 234 567" ({@link Talformat}); empty for none. */
    static String tal(Long tal) {
        return tal == null ? "" : Talformat.svenskt(tal);
    }

    static String storlek(Long byte_) {
        if (byte_ == null) {
            return "";
        }
        if (byte_ < 1024) {
            return byte_ + " byte";
        }
        if (byte_ < 1024 * 1024) {
            return String.format(SVENSKA, "%.0f kB", byte_ / 1024.0);
        }
        return String.format(SVENSKA, "%.1f MB", byte_ / (1024.0 * 1024.0));
    }
}
