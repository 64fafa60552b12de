package se.remiss.anvandare;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt hashing and checking of users' passwords (Modular Crypt Format, "$2a$"), and the rules a new
 * password must meet: the user administration checks them, the login (sakerhet) verifies against them.
 */
public final class Losenord {

    /** bcrypt only reads the first 72 bytes; longer passwords are refused rather than truncated silently. */
    public static final int MAX_BYTE = 72;
    public static final int MIN_LANGD = 10;

    private Losenord() {
    }

    public static String hasha(String losenord, int kostnad) {
        return BCrypt.withDefaults().hashToString(kostnad, losenord.toCharArray());
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
        if (losenord == null || losenord.length() < MIN_LANGD) {
            return "Lösenordet måste ha minst " + MIN_LANGD + " tecken.";
        }
        if (losenord.getBytes(StandardCharsets.UTF_8).length > MAX_BYTE) {
            return "Lösenordet får vara högst " + MAX_BYTE + " byte långt.";
        }
        if (losenord.isBlank()) {
            return "Lösenordet får inte bara bestå av blanksteg.";
        }
        return null;
    }
}
