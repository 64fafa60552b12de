package se.remiss.program.text;

import java.text.Normalizer;

/** The one output form every format's text is brought to. */
final class Normalisering {
    private Normalisering() {
    }

    /**
     * Common output form: LF line ends, Unicode spaces as plain spaces, control and zero-width
     * characters removed, no trailing spaces, at most one blank line in a row, no blank lines at
     * the start or end, NFC.
     */
    static String normalisera(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\t') {
                sb.append(c);
            } else if (c == '\u00A0' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A') || c == '\u3000') {
                sb.append(' ');
            } else if (c < 0x20 || c == 0x7F || c == '\u200B' || c == '\uFEFF' || c == '\u2060'
                    || (c >= 0x80 && c < 0xA0)) {
                // dropped
            } else {
                sb.append(c);
            }
        }
        String[] rader = sb.toString().split("\n", -1);
        StringBuilder ut = new StringBuilder(sb.length());
        boolean tomRad = false;
        for (String rad : rader) {
            String r = rad.stripTrailing();
            if (r.isBlank()) {
                tomRad = ut.length() > 0;
                continue;
            }
            if (tomRad) {
                ut.append('\n');
                tomRad = false;
            }
            ut.append(r).append('\n');
        }
        if (ut.length() > 0) {
            ut.setLength(ut.length() - 1);
        }
        return Normalizer.normalize(ut, Normalizer.Form.NFC);
    }
}
