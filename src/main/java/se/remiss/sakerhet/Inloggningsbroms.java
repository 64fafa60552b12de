package se.remiss.sakerhet;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import se.remiss.granskning.Aktor;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.plattform.RemissConfig;

/**
 * Throttling of password guesses, per (user name, client address). A pair that fails
 * {@code sparr-forsok} times is refused for {@code sparr-tid}, doubling with each further failure up
 * to {@code sparr-fonster}; someone guessing from one address therefore cannot lock the real user
 * (or the administrator) out everywhere, which one global lock per name allowed. A looser ceiling per
 * name ({@code sparr-namn-forsok} failures from all addresses) stops guessing spread over many
 * addresses. Each pair is one row; audit events about it are capped per minute, the rest counted.
 * State lives in the database, so several instances share it. Used by login (form and HTTP Basic)
 * and by the password change's check of the current password.
 */
@ApplicationScoped
public class Inloggningsbroms {

    /** Stale rows are removed on every this many failures, not on each. */
    private static final int STADA_VART = 100;
    private static final int MAX_NAMN = 60;
    private static final int MAX_ADRESS = 64;

    @Inject
    RemissConfig config;

    @Inject
    Granskning granskning;

    private final AtomicInteger misslyckanden = new AtomicInteger();

    private record Sparr(long sekunder, String text) {
    }

    /** Refuses ({@link InloggningNekad.Sparrad}) when the pair or the name is locked; otherwise nothing. */
    public void kontrollera(String anvandarnamn, String klientadress) {
        String namn = namn(anvandarnamn);
        String adress = adress(klientadress);
        Instant nu = Instant.now();
        Optional<Sparr> sparr = egenTransaktion(() -> sparr(namn, adress, nu));
        if (sparr.isPresent()) {
            if (sparr.get().text() != null) {
                granskning.nekat(Handelse.av("INLOGGNING", "Anvandare", null).beskrivning(sparr.get().text()),
                        new Aktor(namn, null));
            }
            throw new InloggningNekad.Sparrad(sparr.get().sekunder());
        }
    }

    /**
     * Counts a failure of the pair. Returns what the audit event about it should say, or null when
     * this pair has had its share of events this minute (the failure is then counted in the next one).
     */
    public String misslyckades(String anvandarnamn, String klientadress) {
        String namn = namn(anvandarnamn);
        String adress = adress(klientadress);
        Instant nu = Instant.now();
        if (misslyckanden.incrementAndGet() % STADA_VART == 0) {
            Duration fonster = config.sakerhet().sparrFonster();
            egenTransaktion(() -> Inloggningsforsok.delete("senaste < ?1", nu.minus(fonster.multipliedBy(2))));
        }
        return egenTransaktion(() -> rakna(namn, adress, nu));
    }

    /** The right password: the pair's series ends (other addresses' series stay). */
    public void lyckades(String anvandarnamn, String klientadress) {
        Inloggningsforsok.delete("anvandarnamn = ?1 and klientadress = ?2", namn(anvandarnamn), adress(klientadress));
    }

    private Optional<Sparr> sparr(String namn, String adress, Instant nu) {
        RemissConfig.Sakerhet s = config.sakerhet();
        Optional<Inloggningsforsok> par = Inloggningsforsok.par(namn, adress);
        if (par.isPresent() && par.get().sparradTill != null && par.get().sparradTill.isAfter(nu)) {
            return Optional.of(new Sparr(sekunder(nu, par.get().sparradTill),
                    handelseTillaten(par.get(), nu, false) ? "Spärrad efter upprepade misslyckanden från " + adress + ": " + namn : null));
        }
        Object[] namnet = Inloggningsforsok.forNamn(namn, nu.minus(s.sparrFonster()));
        long antal = ((Number) namnet[0]).longValue();
        if (antal < s.sparrNamnForsok()) {
            return Optional.empty();
        }
        Instant till = ((Instant) namnet[1]).plus(s.sparrFonster());
        Inloggningsforsok rad = par.orElseGet(() -> nyRad(namn, adress, nu));
        boolean logga = handelseTillaten(rad, nu, false);
        if (rad.id == null) {
            rad.persist();
        }
        return Optional.of(new Sparr(sekunder(nu, till), logga ? "Spärrad: " + antal + " misslyckade försök från flera"
                + " adresser inom " + s.sparrFonster().toMinutes() + " minuter (nu från " + adress + "): " + namn : null));
    }

    private String rakna(String namn, String adress, Instant nu) {
        RemissConfig.Sakerhet s = config.sakerhet();
        Inloggningsforsok f = Inloggningsforsok.parLast(namn, adress).orElseGet(() -> nyRad(namn, adress, nu));
        Instant glomsEfter = (f.sparradTill != null && f.sparradTill.isAfter(f.senaste) ? f.sparradTill : f.senaste)
                .plus(s.sparrFonster());
        if (glomsEfter.isBefore(nu)) {
            f.antal = 0;
            f.sparradTill = null;
        }
        f.antal++;
        f.senaste = nu;
        String text = "Fel användarnamn eller lösenord (från " + adress + ", försök " + f.antal + ")";
        if (f.antal >= s.sparrForsok()) {
            // 1×, 2×, 4× … the first lock, never longer than the window (and no overflow for long series).
            int steg = Math.min(f.antal - s.sparrForsok(), 20);
            Duration lang = s.sparrTid().multipliedBy(1L << steg);
            if (lang.compareTo(s.sparrFonster()) > 0) {
                lang = s.sparrFonster();
            }
            f.sparradTill = nu.plus(lang);
            text += "; spärras från adressen i " + lang.toSeconds() + " s";
        }
        int utelamnade = f.ejLoggade;
        boolean logga = handelseTillaten(f, nu, true);
        if (f.id == null) {
            f.persist();
        }
        if (!logga) {
            return null;
        }
        return utelamnade > 0 ? text + " (och " + utelamnade + " tidigare försök utan egen händelse)" : text;
    }

    /**
     * Whether one more audit event about the pair fits in this minute. A failure left out is counted
     * for the next event; a refusal while locked is not (counting it would be a write per attempt).
     */
    private boolean handelseTillaten(Inloggningsforsok f, Instant nu, boolean raknaUtelamnad) {
        if (f.handelseminut == null || !f.handelseminut.isAfter(nu.minusSeconds(60))) {
            f.handelseminut = nu;
            f.handelser = 0;
        }
        if (f.handelser >= config.sakerhet().sparrHandelserPerMinut()) {
            if (raknaUtelamnad) {
                f.ejLoggade++;
            }
            return false;
        }
        f.handelser++;
        f.ejLoggade = 0;
        return true;
    }

    private static Inloggningsforsok nyRad(String namn, String adress, Instant nu) {
        Inloggningsforsok f = new Inloggningsforsok();
        f.anvandarnamn = namn;
        f.klientadress = adress;
        f.senaste = nu;
        return f;
    }

    /**
     * In a transaction of its own, so the count stands whatever the caller's transaction does; once
     * more if two first failures of the same pair raced to insert its row.
     */
    private static <T> T egenTransaktion(Supplier<T> arbete) {
        try {
            return QuarkusTransaction.requiringNew().call(arbete::get);
        } catch (RuntimeException e) {
            return QuarkusTransaction.requiringNew().call(arbete::get);
        }
    }

    private static long sekunder(Instant nu, Instant till) {
        return Math.max(1, Duration.between(nu, till).toSeconds() + (Duration.between(nu, till).toMillisPart() > 0 ? 1 : 0));
    }

    static String namn(String anvandarnamn) {
        String namn = anvandarnamn == null ? "" : anvandarnamn.trim();
        return namn.length() > MAX_NAMN ? namn.substring(0, MAX_NAMN) : namn;
    }

    private static String adress(String klientadress) {
        String a = klientadress == null || klientadress.isBlank() ? "okänd" : klientadress;
        return a.length() > MAX_ADRESS ? a.substring(0, MAX_ADRESS) : a;
    }
}
