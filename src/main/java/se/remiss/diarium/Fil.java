package se.remiss.diarium;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A file's bytes, addressed by their SHA-256. Written once and never changed: the same content
 * registered twice (a remiss document forwarded to 40 recipients) is stored once. Bytes that nothing
 * refers to (an upload whose form failed validation) are removed after a while by {@link Filstadning}.
 */
@Entity
public class Fil extends PanacheEntityBase {

    @Id
    public String sha256;

    public long storlek;

    @Basic(fetch = FetchType.LAZY)
    public byte[] innehall;

    /** When the bytes were last stored; a file nothing refers to is removed some time after (Filstadning). */
    public Instant skapad;

    /** Stores {@code innehall} unless identical bytes are already stored; returns the stored file. */
    public static Fil lagra(byte[] innehall) {
        String sha = sha256(innehall);
        Fil befintlig = findById(sha);
        if (befintlig != null) {
            // Stored again: the clean-up must not remove it while the caller is about to refer to it.
            update("skapad = ?1 where sha256 = ?2", Instant.now(), sha);
            return befintlig;
        }
        Fil fil = new Fil();
        fil.sha256 = sha;
        fil.storlek = innehall.length;
        fil.innehall = innehall;
        fil.skapad = Instant.now();
        fil.persist();
        return fil;
    }

    public static String sha256(byte[] innehall) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innehall));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 saknas i JVM:en", e);
        }
    }
}
