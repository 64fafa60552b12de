package se.remiss.sakerhet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed attempts of one user name from one client address, in one row (not a row per attempt,
 * so a flood of wrong passwords rewrites a row instead of filling a table). See {@link Inloggningsbroms}.
 */
@Entity
public class Inloggningsforsok extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "inloggningsforsok_id", sequenceName = "inloggningsforsok_seq", allocationSize = 50)
    @GeneratedValue(generator = "inloggningsforsok_id")
    public Long id;

    public String anvandarnamn;
    public String klientadress;
    /** Failures in the current series. */
    public int antal;
    public Instant senaste;
    /** Refused until then; null when not locked. */
    public Instant sparradTill;
    /** Start of the minute whose audit events {@link #handelser} counts. */
    public Instant handelseminut;
    public int handelser;
    /** Failures and refusals left out of the audit trail since its last event about this pair. */
    public int ejLoggade;

    static Optional<Inloggningsforsok> par(String anvandarnamn, String klientadress) {
        return find("anvandarnamn = ?1 and klientadress = ?2", anvandarnamn, klientadress).firstResultOptional();
    }

    static Optional<Inloggningsforsok> parLast(String anvandarnamn, String klientadress) {
        return find("anvandarnamn = ?1 and klientadress = ?2", anvandarnamn, klientadress)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Failures for the name from every address since {@code fran}, and when the oldest of them was. */
    static Object[] forNamn(String anvandarnamn, Instant fran) {
        return getEntityManager().createQuery("select coalesce(sum(f.antal), 0), min(f.senaste) from Inloggningsforsok f"
                + " where f.anvandarnamn = ?1 and f.senaste > ?2", Object[].class)
                .setParameter(1, anvandarnamn).setParameter(2, fran).getSingleResult();
    }

    /** The user's series from every address (an administrator set a new password). */
    public static void rensaNamn(String anvandarnamn) {
        delete("anvandarnamn", anvandarnamn);
    }
}
