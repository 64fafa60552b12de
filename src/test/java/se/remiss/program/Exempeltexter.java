package se.remiss.program;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed documents, read as they are: byte-identical copies of the real Stockholm records the
 * project was built from, kept in sample-remisser/ (what the service loads) and, for seed 000
 * (Vantör's answer, which is test data only), in src/test/resources/seeds/.
 */
final class Exempeltexter {

    private static final Path REMISS = Path.of("sample-remisser/remisser/2006-socialt-program-prostitution");

    private Exempeltexter() {
    }

    /** Seed 004: the remitted, revised programme. */
    static String reviderat() {
        return las(REMISS.resolve("socialt-program-reviderat.txt"));
    }

    /** Seed 001: the earlier version, structured by Inriktningsmål 1–6. */
    static String tidigareVersion() {
        return las(REMISS.resolve("socialt-program-tidigare-version.txt"));
    }

    /** Seed 000: Vantörs stadsdelsförvaltning's tjänsteutlåtande answering the remiss. */
    static String vantorsUtlatande() {
        return las(Path.of("src/test/resources/seeds/000_tjansteutlatande-vantor.txt"));
    }

    /** Seed 002: the tjänsteutlåtande answering a skrivelse. */
    static String svarPaSkrivelse() {
        return las(Path.of("sample-remisser/arenden/2003-skrivelse-hearing-sexkop/tjansteutlatande-svar-pa-skrivelse.txt"));
    }

    private static String las(Path fil) {
        try {
            return Files.readString(fil, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
