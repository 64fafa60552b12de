package se.remiss.plattform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names of documents sent to browsers (RFC 6266): a readable ASCII name for old clients
 * ({@code Tjansteutlatande-302-105-2006.pdf}) and the real name in UTF-8 (RFC 8187) for the rest.
 */
public final class Innehallsdisposition {

    private Innehallsdisposition() {
    }

    /** "Tjänsteutlåtande", "302-105/2006" → "Tjänsteutlåtande-302-105-2006.pdf". */
    public static String filnamn(String dokumenttyp, String diarienummer) {
        String dnr = diarienummer == null ? "" : diarienummer.strip().replaceAll("[^\\p{L}\\p{N}.]+", "-")
                .replaceAll("^-+|-+$", "");
        return dokumenttyp + (dnr.isEmpty() ? "" : "-" + dnr) + ".pdf";
    }

    /** å ä ö → a a o, other marks dropped, anything else outside [A-Za-z0-9._-] → "-". */
    public static String ascii(String filnamn) {
        String utanTecken = Normalizer.normalize(filnamn, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String ascii = utanTecken.replaceAll("[^A-Za-z0-9._-]+", "-");
        return ascii.isEmpty() ? "dokument" : ascii;
    }

    /** {@code inline; filename="…"; filename*=UTF-8''…} (or attachment). */
    public static String huvud(String filnamn, boolean bilaga) {
        String utf8 = URLEncoder.encode(filnamn, StandardCharsets.UTF_8).replace("+", "%20");
        return (bilaga ? "attachment" : "inline") + "; filename=\"" + ascii(filnamn) + "\"; filename*=UTF-8''" + utf8;
    }
}
