package se.remiss.granskning;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;
import se.remiss.plattform.RemissConfig;

/**
 * The audit chain's anchor outside the database. The hash chain shows any change inside it, but
 * someone who can write SQL can cut events off the end and point the head row at an earlier event –
 * a shorter chain is still a whole one. So after every commit that appended events, each of them
 * (id and hash) is appended to a file the database user cannot touch, signed with an HMAC whose key
 * comes from configuration (never from the database). The verifier compares the chain with the
 * checkpoints: a checkpoint beyond the chain's end means events were removed; a checkpoint whose hash
 * differs from the event's means the chain was rewritten or its ids reused.
 * <p>
 * One line per checkpoint: {@code id hash time hmac}. Lines are only appended; the file may be rotated
 * by keeping at least its last lines (only the newest checkpoints matter for the verifier).
 */
@ApplicationScoped
public class Kontrollpunkter {

    private static final Logger LOG = Logger.getLogger(Kontrollpunkter.class);
    /** The newest checkpoints the verifier compares event by event (memory stays bounded). */
    static final int JAMFORDA = 100_000;

    public record Kontrollpunkt(long id, String hash, String tid, long rad) {
    }

    /** What the file says: the newest checkpoints by id (the first one written for each id), or a bad line. */
    public record Lasning(TreeMap<Long, Kontrollpunkt> punkter, Long felRad, String felText, Path fil) {
        Kontrollpunkt senaste() {
            return punkter.isEmpty() ? null : punkter.lastEntry().getValue();
        }
    }

    @Inject
    RemissConfig config;

    private volatile SecretKeySpec nyckel;

    public Path fil() {
        return Path.of(config.granskning().kontrollpunkter()
                .orElse(Path.of(config.datakatalog(), "granskning-kontrollpunkter.txt").toString()));
    }

    /** An event as its checkpoint names it. */
    public record Punkt(long id, String hash) {
    }

    /** Appends checkpoints of committed events; called after the commit. Never fails the caller. */
    public synchronized void skriv(List<Punkt> punkter) {
        String tid = Instant.now().toString();
        StringBuilder rad = new StringBuilder();
        for (Punkt p : punkter) {
            rad.append(p.id()).append(' ').append(p.hash()).append(' ').append(tid).append(' ')
                    .append(hmac(p.id() + "|" + p.hash() + "|" + tid)).append('\n');
        }
        try {
            Path fil = fil();
            if (fil.getParent() != null) {
                Files.createDirectories(fil.getParent());
            }
            Files.writeString(fil, rad, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            // The events themselves are committed; a missing checkpoint only weakens the anchor.
            LOG.errorf(e, "Kunde inte skriva granskningskedjans kontrollpunkter %s till %s", punkter, fil());
        }
    }

    /** Reads the file; a line with a wrong HMAC (changed, or written without the key) stops the reading. */
    public Lasning las() {
        Path fil = fil();
        TreeMap<Long, Kontrollpunkt> punkter = new TreeMap<>();
        if (!Files.exists(fil)) {
            return new Lasning(punkter, null, null, fil);
        }
        try (BufferedReader in = Files.newBufferedReader(fil, StandardCharsets.UTF_8)) {
            String rad;
            long nr = 0;
            while ((rad = in.readLine()) != null) {
                nr++;
                if (rad.isBlank()) {
                    continue;
                }
                String[] d = rad.trim().split(" ");
                if (d.length != 4 || !d[0].matches("\\d{1,18}")
                        || !MessageDigest.isEqual(hmac(d[0] + "|" + d[1] + "|" + d[2]).getBytes(StandardCharsets.US_ASCII),
                                d[3].getBytes(StandardCharsets.US_ASCII))) {
                    return new Lasning(punkter, nr, "rad " + nr + " har fel signatur (ändrad, eller skriven utan nyckeln)", fil);
                }
                long id = Long.parseLong(d[0]);
                // The first checkpoint of an id is the true one: a later one for the same id comes from a
                // chain that was cut back and grew again.
                punkter.putIfAbsent(id, new Kontrollpunkt(id, d[1], d[2], nr));
                if (punkter.size() > JAMFORDA) {
                    punkter.pollFirstEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lasning(punkter, null, null, fil);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(nyckel());
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec nyckel() {
        SecretKeySpec k = nyckel;
        if (k == null) {
            synchronized (this) {
                if (nyckel == null) {
                    nyckel = new SecretKeySpec(nyckeltext().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
                }
                k = nyckel;
            }
        }
        return k;
    }

    /** The configured key; otherwise one generated once into the data folder (and said so in the log). */
    private String nyckeltext() {
        Optional<String> konfigurerad = config.granskning().hmacNyckel().filter(n -> !n.isBlank());
        if (konfigurerad.isPresent()) {
            return konfigurerad.get();
        }
        Path fil = Path.of(config.datakatalog(), "granskning-hmac-nyckel.txt");
        try {
            if (!Files.exists(fil)) {
                byte[] slump = new byte[32];
                new SecureRandom().nextBytes(slump);
                Files.createDirectories(fil.toAbsolutePath().getParent());
                Files.writeString(fil, Base64.getEncoder().encodeToString(slump) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                String varning = "Granskningskedjans HMAC-nyckel saknades i konfigurationen (remiss.granskning.hmac-nyckel);"
                        + " en ny är skapad i " + fil.toAbsolutePath() + ".";
                if (config.exempeldata().aktiv() || LaunchMode.current() != LaunchMode.NORMAL) {
                    LOG.info(varning);
                } else {
                    LOG.warn(varning + " I drift: ge nyckeln i konfigurationen (utanför datakatalogen) och spara den säkert.");
                }
            }
            return Files.readString(fil, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Granskningskedjans HMAC-nyckel kan inte läsas eller skapas i " + fil, e);
        }
    }
}
