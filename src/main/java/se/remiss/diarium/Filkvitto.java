package se.remiss.diarium;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/**
 * A receipt for a file one user uploaded in one login session, so that a form shown again keeps
 * the file without the user choosing it again. The form carries the receipt's random token, never
 * the file's hash: a hash names a file to anyone who knows it (the history shows hashes), a
 * receipt only to the session that uploaded it. The id is the SHA-256 of the token.
 */
@Entity
public class Filkvitto extends PanacheEntityBase {

    @Id
    public String id;

    /** Identifies the login session (see {@code Inloggad.sessionsnyckel}). */
    public String sessionsnyckel;

    public Long anvandareId;
    public String sha256;
    public String filnamn;
    public String mimetyp;
    public Instant skapad;

    /** The receipt with this id, if it was issued to this session and user and is not older than {@code sedan}. */
    static Optional<Filkvitto> giltigt(String id, String sessionsnyckel, long anvandareId, Instant sedan) {
        return Filkvitto.<Filkvitto>find("id = ?1 and sessionsnyckel = ?2 and anvandareId = ?3 and skapad >= ?4",
                id, sessionsnyckel, anvandareId, sedan).firstResultOptional();
    }

    /** Receipts older than any session can live are worthless: removed as new ones are issued. */
    static long rensa(Instant fore) {
        return delete("skapad < ?1", fore);
    }
}
