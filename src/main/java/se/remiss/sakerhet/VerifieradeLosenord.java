package se.remiss.sakerhet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.remiss.anvandare.Anvandare;

/**
 * Passwords recently verified with bcrypt, kept as a salted SHA-256 in memory for a few minutes.
 * API clients send HTTP Basic with every request; bcrypt's deliberate slowness (~0.1 s) on each
 * would make the API unusable. A change of the stored hash (new password) invalidates the entry at
 * once; a deactivated user is refused before this is asked. Nothing of it reaches the database.
 */
final class VerifieradeLosenord {

    private static final Duration GILTIG = Duration.ofMinutes(5);
    private static final int MAX_ANTAL = 10_000;

    private record Post(String losenordHash, byte[] digest, Instant giltigTill) {
    }

    private final byte[] salt = new byte[32];
    private final Map<Long, Post> poster = new ConcurrentHashMap<>();

    VerifieradeLosenord() {
        new SecureRandom().nextBytes(salt);
    }

    boolean stammer(Anvandare anvandare, String losenord) {
        Post post = poster.get(anvandare.id);
        if (post == null || losenord == null || post.giltigTill().isBefore(Instant.now())
                || !post.losenordHash().equals(anvandare.losenordHash)) {
            return false;
        }
        return MessageDigest.isEqual(post.digest(), digest(losenord));
    }

    void minns(Anvandare anvandare, String losenord) {
        if (anvandare.losenordHash == null || losenord == null) {
            return;
        }
        if (poster.size() >= MAX_ANTAL) {
            Instant nu = Instant.now();
            poster.values().removeIf(p -> p.giltigTill().isBefore(nu));
            if (poster.size() >= MAX_ANTAL) {
                poster.clear();
            }
        }
        poster.put(anvandare.id, new Post(anvandare.losenordHash, digest(losenord), Instant.now().plus(GILTIG)));
    }

    private byte[] digest(String losenord) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(losenord.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
