package se.remiss.granskning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One event of the audit trail: who (user and organisation), what, which object, when (UTC), the
 * outcome and the changed values before and after. Append-only: the application has no path that
 * updates or deletes a row, and each row's hash covers its content and the previous row's hash.
 */
@Entity
public class Granskningshandelse extends PanacheEntityBase {

    public enum Utfall { LYCKADES, MISSLYCKADES, NEKAD }

    /** Assigned from the chain head under its lock (see {@link Granskning}), so ids are consecutive. */
    @Id
    public Long id;

    public Instant tidpunkt;
    public String anvandarnamn;
    public Long organisationId;
    public String handling;
    public String objekttyp;
    public Long objektId;
    public Long remissId;

    @Enumerated(EnumType.STRING)
    public Utfall utfall;

    public String beskrivning;
    public String fore;
    public String efter;
    public String foregaendeHash;
    public String hash;

    /** The hash this row should have: SHA-256 over every field and the previous row's hash. */
    public String beraknadHash() {
        String innehall = Stream.of(foregaendeHash, id, tidpunkt, anvandarnamn, organisationId, handling, objekttyp,
                objektId, remissId, utfall, beskrivning, fore, efter)
                .map(v -> v == null ? "∅" : v.toString().replace("\\", "\\\\").replace("|", "\\|"))
                .collect(Collectors.joining("|"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(innehall.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean stammer() {
        return Objects.equals(hash, beraknadHash());
    }
}
