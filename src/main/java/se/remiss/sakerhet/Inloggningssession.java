package se.remiss.sakerhet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import se.remiss.anvandare.Anvandare;

/**
 * A server-side login session. Server-side (not an encrypted cookie) so that logging out really
 * ends it: a copied cookie is worthless afterwards. The id is the SHA-256 of the cookie's token.
 */
@Entity
public class Inloggningssession extends PanacheEntityBase {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Anvandare anvandare;

    /** Synchroniser token for the forms of this session (see {@link CsrfSkydd}). */
    public String csrfToken;

    public Instant skapad;
    public Instant senastAktiv;
    public Instant avslutad;

    public boolean giltig(Instant nu, java.time.Duration inaktivitet, java.time.Duration maxlangd) {
        return avslutad == null
                && senastAktiv.plus(inaktivitet).isAfter(nu)
                && skapad.plus(maxlangd).isAfter(nu);
    }

    /** The session with its user and the user's organisation in one statement: every request asks. */
    public static Inloggningssession medAnvandare(String id) {
        return find("from Inloggningssession s join fetch s.anvandare a join fetch a.organisation where s.id = ?1", id)
                .firstResult();
    }

    public static long avslutaAllaFor(Anvandare anvandare, Instant nu) {
        return update("avslutad = ?1 where anvandare = ?2 and avslutad is null", nu, anvandare);
    }
}
