package se.remiss.program.text;

import static se.remiss.program.text.Granser.STODS_INTE;
import static se.remiss.program.text.Granser.TEXT_UTAN_TEXT;
import static se.remiss.program.text.Granser.fel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** A plain text or Markdown file: decoded strictly, Markdown reduced to its text. */
final class Textfil {
    private static final Set<String> MARKDOWNANDELSER = Set.of("md", "markdown", "mdown", "mkd");

    private Textfil() {
    }

    static String text(byte[] innehall, String andelse, Avbrott avbrott) {
        String text = avkodaText(innehall);
        if (text == null) {
            throw fel(STODS_INTE);
        }
        if (MARKDOWNANDELSER.contains(andelse)) {
            text = Markdowntext.tillText(text, avbrott);
        }
        avbrott.kontrollera();
        text = Normalisering.normalisera(text);
        if (text.isEmpty()) {
            throw fel(TEXT_UTAN_TEXT);
        }
        return text;
    }

    /**
     * Strict decoding: UTF-16 when it has a BOM, else UTF-8 (BOM stripped), else windows-1252.
     * Null when the bytes do not look like text (NUL bytes, undecodable, or control characters).
     */
    static String avkodaText(byte[] b) {
        String text;
        if (Textutdragare.borjarMed(b, 0xFF, 0xFE)) {
            text = strikt(StandardCharsets.UTF_16LE, b, 2);
        } else if (Textutdragare.borjarMed(b, 0xFE, 0xFF)) {
            text = strikt(StandardCharsets.UTF_16BE, b, 2);
        } else {
            for (byte x : b) {
                if (x == 0) {
                    return null;
                }
            }
            int start = Textutdragare.borjarMed(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            text = strikt(StandardCharsets.UTF_8, b, start);
            if (text == null) {
                text = strikt(Charset.forName("windows-1252"), b, start);
            }
        }
        if (text == null) {
            return null;
        }
        long styrtecken = text.chars()
                .filter(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
                .count();
        return styrtecken > 8 + text.length() / 1000 ? null : text;
    }

    private static String strikt(Charset teckenkodning, byte[] b, int start) {
        try {
            return teckenkodning.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, b.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
