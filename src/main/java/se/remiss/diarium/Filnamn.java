package se.remiss.diarium;

import java.net.URLConnection;
import java.util.Locale;
import java.util.regex.Pattern;

/** Safe file names and media types for uploaded documents. */
public final class Filnamn {

    private Filnamn() {
    }

    /**
     * Bidirectional controls (LRM/RLM/ALM, embeddings and overrides U+202A–202E, isolates
     * U+2066–2069): "faktura" + U+202E + "fdp.exe" shows as "fakturaexe.pdf", so they are removed.
     */
    private static final Pattern RIKTNINGSTECKEN = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");

    /** Keeps the last path segment only and drops control and direction characters; never returns blank. */
    public static String stada(String namn) {
        if (namn == null) {
            return "dokument";
        }
        String sista = namn.replace('\\', '/');
        sista = sista.substring(sista.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        sista = RIKTNINGSTECKEN.matcher(sista).replaceAll("").strip();
        if (sista.length() > 200) {
            sista = sista.substring(sista.length() - 200);
        }
        return sista.isEmpty() ? "dokument" : sista;
    }

    /** Longest media type the database holds (handling.mimetyp). */
    private static final int MAX_MEDIETYP = 150;
    private static final Pattern MEDIETYP = Pattern.compile("[A-Za-z0-9][\\w.+-]*/[\\w.+-]+(;[^\\p{Cntrl}]*)?");

    /**
     * The browser's claim is kept only when specific and well-formed (and short enough to store);
     * otherwise the name's extension decides.
     */
    static String medietyp(String filnamn, String angiven) {
        String typ = angiven == null ? "" : angiven.strip();
        if (typ.length() <= MAX_MEDIETYP && MEDIETYP.matcher(typ).matches()
                && !typ.startsWith("application/octet-stream")) {
            return typ;
        }
        String lower = filnamn.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md")) {
            return "text/markdown";
        }
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        String gissad = URLConnection.guessContentTypeFromName(filnamn);
        return gissad != null ? gissad : "application/octet-stream";
    }
}
