package se.remiss.anvandare;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * bcrypt hashing and checking of users' passwords (Modular Crypt Format, "$2a$"), and the one rule for
 * a new password – wherever it is set: the user's own change, an administrator's, the first
 * administrator's at start. The login (sakerhet) verifies against it.
 */
public final class Losenord {

    /** bcrypt only reads the first 72 bytes; longer passwords are refused rather than truncated silently. */
    public static final int MAX_BYTE = 72;
    public static final int MIN_LANGD = 10;
    /** Fewer different characters than this is "the same character over and over" (aaaaaaaaaa, abababababab). */
    static final int MIN_OLIKA_TECKEN = 4;

    private Losenord() {
    }

    public static String hasha(String losenord, int kostnad) {
        return BCrypt.withDefaults().hashToString(kostnad, losenord.toCharArray());
    }

    /** The work factor of a hash ("$2a$11$…" → 11). */
    public static int kostnad(String hash) {
        return Integer.parseInt(hash.substring(4, 6));
    }

    public static boolean stammer(String losenord, String hash) {
        if (losenord == null || hash == null || hash.isBlank()) {
            return false;
        }
        if (losenord.getBytes(StandardCharsets.UTF_8).length > MAX_BYTE) {
            return false;
        }
        return BCrypt.verifyer().verify(losenord.toCharArray(), hash.toCharArray()).verified;
    }

    /** Why a new password is not acceptable, or null when it is. */
    public static String problem(String losenord) {
        return problem(losenord, null);
    }

    /**
     * Why a new password is not acceptable, or null when it is; {@code nuvarandeHash} (may be null)
     * is the user's current password, which the new one may not repeat.
     */
    public static String problem(String losenord, String nuvarandeHash) {
        if (losenord == null || losenord.length() < MIN_LANGD) {
            return "Lösenordet måste ha minst " + MIN_LANGD + " tecken.";
        }
        if (losenord.getBytes(StandardCharsets.UTF_8).length > MAX_BYTE) {
            return "Lösenordet får vara högst " + MAX_BYTE + " byte långt.";
        }
        String utanBlanksteg = losenord.replaceAll("\\s+", "");
        if (utanBlanksteg.length() < MIN_LANGD) {
            return "Lösenordet måste ha minst " + MIN_LANGD + " tecken utöver blanksteg.";
        }
        if (utanBlanksteg.toLowerCase(Locale.ROOT).codePoints().distinct().count() < MIN_OLIKA_TECKEN) {
            return "Lösenordet består nästan bara av samma tecken om och om igen. Använd fler olika tecken.";
        }
        if (Vanliga.innehaller(losenord)) {
            return "Lösenordet är för vanligt: det finns i listorna över lösenord som prövas först. Välj ett annat,"
                    + " gärna några ord som bara du sätter ihop.";
        }
        if (nuvarandeHash != null && stammer(losenord, nuvarandeHash)) {
            return "Det nya lösenordet får inte vara detsamma som det nuvarande.";
        }
        return null;
    }

    /**
     * The lists of common passwords in {@code sakerhet/}: the 10,000 most common (zxcvbn's list, MIT)
     * and a Swedish one of our own. Compared in lower case, and also without trailing digits and
     * punctuation, since "Sommar2024!" is guessed as early as "sommar".
     */
    static final class Vanliga {
        private static final Set<String> LISTA = lasa("sakerhet/vanliga-losenord.txt", "sakerhet/svenska-losenord.txt");

        private Vanliga() {
        }

        static boolean innehaller(String losenord) {
            String gemener = losenord.strip().toLowerCase(Locale.ROOT);
            String stam = gemener.replaceAll("[\\d\\p{Punct}\\s]+$", "");
            return LISTA.contains(gemener) || LISTA.contains(gemener.replaceAll("\\s+", ""))
                    || stam.length() >= 4 && LISTA.contains(stam);
        }

        private static Set<String> lasa(String... resurser) {
            Set<String> lista = new HashSet<>();
            for (String resurs : resurser) {
                try (InputStream in = Losenord.class.getClassLoader().getResourceAsStream(resurs)) {
                    if (in == null) {
                        throw new IllegalStateException("Listan " + resurs + " saknas");
                    }
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                            .map(String::strip).filter(r -> !r.isEmpty() && !r.startsWith("#"))
                            .map(r -> r.toLowerCase(Locale.ROOT)).forEach(lista::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Set.copyOf(lista);
        }
    }
}
