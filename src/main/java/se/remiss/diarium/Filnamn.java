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

    /** A storage suffix some systems append to a file's name: "_6ccf7e47d8c4a9f6" (eight or more hex digits). */
    private static final Pattern LAGRINGSSUFFIX = Pattern.compile("[_.-][0-9a-fA-F]{8,}$");

    /** A file-name extension of one to five letters or digits ("txt", "docx", "md"). */
    private static final Pattern ANDELSE = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    /**
     * A document's default title made from its file name: without extension and storage suffix,
     * underscores and hyphens as spaces, the first letter in capitals ("socialt-program_reviderat.txt"
     * → "Socialt program reviderat"; "004_6ccf7e47d8c4a9f6.txt" → "Dokument 004"). Never blank.
     */
    public static String titel(String filnamn) {
        String namn = stada(filnamn);
        String titel = ANDELSE.matcher(namn).replaceFirst("");
        titel = LAGRINGSSUFFIX.matcher(titel).replaceFirst("");
        titel = titel.replaceAll("[_\\s]+", " ").replaceAll("(?<=\\p{L}|\\d)-(?=\\p{L})|(?<=\\p{L})-(?=\\d)", " ")
                .replaceAll("\\s+", " ").strip();
        if (titel.isEmpty()) {
            return namn;
        }
        if (titel.chars().noneMatch(Character::isLetter)) {
            return "Dokument " + titel;
        }
        return titel.substring(0, 1).toUpperCase(Locale.ROOT) + titel.substring(1);
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
