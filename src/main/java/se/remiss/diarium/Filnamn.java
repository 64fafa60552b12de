package se.remiss.diarium;

import java.net.URLConnection;
import java.util.Locale;

/** Safe file names and media types for uploaded documents. */
final class Filnamn {

    private Filnamn() {
    }

    /** Keeps the last path segment only and drops control characters; never returns blank. */
    static String stada(String namn) {
        if (namn == null) {
            return "dokument";
        }
        String sista = namn.replace('\\', '/');
        sista = sista.substring(sista.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (sista.length() > 200) {
            sista = sista.substring(sista.length() - 200);
        }
        return sista.isEmpty() ? "dokument" : sista;
    }

    /** The browser's claim is kept only when specific; otherwise the name's extension decides. */
    static String medietyp(String filnamn, String angiven) {
        if (angiven != null && !angiven.isBlank() && !angiven.startsWith("application/octet-stream")) {
            return angiven;
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
