package se.remiss.sakerhet;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;
import se.remiss.anvandare.Anvandare;
import se.remiss.anvandare.Kontoskydd;
import se.remiss.anvandare.Losenord;
import se.remiss.granskning.Aktor;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.plattform.RemissConfig;

/**
 * Checking passwords (with throttling) and keeping login sessions. Used by the login page and by
 * HTTP Basic for API clients, so both share one user base and one lock-out.
 */
@ApplicationScoped
public class Inloggning implements Kontoskydd {

    /** Attribute names on the {@link SecurityIdentity}. */
    public static final String ANVANDARE_ID = "remiss.anvandare";
    public static final String SESSION = "remiss.session";
    public static final String CSRF = "remiss.csrf";
    /** Shown in every page header; carried here so that rendering needs no database. */
    public static final String NAMN = "remiss.namn";

    private static final SecureRandom SLUMP = new SecureRandom();
    /** Activity is written at most this often, not on every request. */
    private static final Duration AKTIVITETSSTEG = Duration.ofSeconds(30);

    @Inject
    RemissConfig config;

    @Inject
    Granskning granskning;

    @Inject
    Inloggningsbroms broms;

    private final VerifieradeLosenord nyligenVerifierade = new VerifieradeLosenord();

    /**
     * Compared against when the user does not exist (or has no password), at the configured cost:
     * a cheaper hash would answer an unknown name faster than a known one and so tell which names
     * exist. Made once, on first use.
     */
    private volatile String attrapp;

    String attrapp() {
        String hash = attrapp;
        if (hash == null) {
            hash = Losenord.hasha(slumptext(16), config.sakerhet().bcryptKostnad());
            attrapp = hash;
        }
        return hash;
    }

    /**
     * The user behind a correct, unlocked name and password; otherwise {@link InloggningNekad}.
     * {@code klientadress} is where the attempt came from: failures are throttled per name and address.
     */
    @Transactional(dontRollbackOn = InloggningNekad.class)
    public Anvandare verifiera(String anvandarnamn, String losenord, String klientadress) {
        String namn = Inloggningsbroms.namn(anvandarnamn);
        broms.kontrollera(namn, klientadress);
        Optional<Anvandare> anvandare = Anvandare.medAnvandarnamn(namn).filter(a -> a.aktiv);
        boolean stammer = anvandare.isPresent() && nyligenVerifierade.stammer(anvandare.get(), losenord)
                || Losenord.stammer(losenord, anvandare.map(a -> a.losenordHash).orElseGet(this::attrapp));
        if (anvandare.isEmpty() || !stammer) {
            String text = broms.misslyckades(namn, klientadress);
            if (text != null) {
                granskning.misslyckat(Handelse.av("INLOGGNING", "Anvandare", anvandare.map(a -> a.id).orElse(null))
                        .beskrivning(text), new Aktor(namn, null));
            }
            throw new InloggningNekad("Fel användarnamn eller lösenord.");
        }
        broms.lyckades(namn, klientadress);
        nyligenVerifierade.minns(anvandare.get(), losenord);
        // The identity is built after this transaction: load what it shows while the session is open.
        Hibernate.initialize(anvandare.get().organisation);
        return anvandare.get();
    }

    /** Starts a session and returns the token for the cookie (only its hash is stored). */
    @Transactional
    public String startaSession(Anvandare anvandare) {
        String token = slumptext(32);
        Inloggningssession session = new Inloggningssession();
        session.id = sha256(token);
        session.anvandare = Anvandare.findById(anvandare.id);
        session.csrfToken = slumptext(24);
        session.skapad = Instant.now();
        session.senastAktiv = session.skapad;
        session.persist();
        granskning.logga(Handelse.av("INLOGGNING", "Anvandare", session.anvandare.id).beskrivning("Inloggad med formulär"),
                new Aktor(session.anvandare.anvandarnamn, session.anvandare.organisation.kansli().id));
        return token;
    }

    /** The identity of a cookie's session while it is valid; empty once ended or timed out. */
    @Transactional
    public Optional<SecurityIdentity> session(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Inloggningssession session = Inloggningssession.medAnvandare(sha256(token));
        Instant nu = Instant.now();
        RemissConfig.Sakerhet s = config.sakerhet();
        if (session == null || !session.giltig(nu, s.sessionInaktivitet(), s.sessionMaxlangd()) || !session.anvandare.aktiv) {
            if (session != null && session.avslutad == null) {
                session.avslutad = nu;
            }
            return Optional.empty();
        }
        if (Duration.between(session.senastAktiv, nu).compareTo(AKTIVITETSSTEG) > 0) {
            session.senastAktiv = nu;
        }
        return Optional.of(identitet(session.anvandare, session));
    }

    @Transactional
    public void avsluta(String sessionId) {
        Inloggningssession session = Inloggningssession.findById(sessionId);
        if (session != null && session.avslutad == null) {
            session.avslutad = Instant.now();
            granskning.logga(Handelse.av("UTLOGGNING", "Anvandare", session.anvandare.id));
        }
    }

    /**
     * Changes a user's own password; needs the current one, and wrong current passwords are throttled
     * like logins (same counter: a stolen session must not become a way to guess the password).
     * Other sessions of the user end, so a stolen session does not survive the change. Returns field
     * errors (empty when done); {@link InloggningNekad.Sparrad} while locked.
     */
    @Transactional(dontRollbackOn = InloggningNekad.class)
    public Map<String, String> bytLosenord(long anvandareId, String nuvarande, String nytt, String upprepat,
            String behallSession, String klientadress) {
        Anvandare anvandare = Anvandare.findById(anvandareId);
        broms.kontrollera(anvandare.anvandarnamn, klientadress);
        Map<String, String> fel = new LinkedHashMap<>();
        boolean stammer = Losenord.stammer(nuvarande, anvandare.losenordHash);
        if (!stammer) {
            fel.put("nuvarande", "Nuvarande lösenord stämmer inte.");
            broms.misslyckades(anvandare.anvandarnamn, klientadress);
        }
        String problem = Losenord.problem(nytt, stammer ? anvandare.losenordHash : null);
        if (problem != null) {
            fel.put("nytt", problem);
        } else if (!nytt.equals(upprepat)) {
            fel.put("upprepat", "Lösenorden är inte lika.");
        }
        if (!fel.isEmpty()) {
            granskning.misslyckat(Handelse.av("LOSENORD_BYTT", "Anvandare", anvandare.id)
                    .beskrivning(String.join(" ", fel.values())));
        } else {
            broms.lyckades(anvandare.anvandarnamn, klientadress);
            granskning.logga(Handelse.av("LOSENORD_BYTT", "Anvandare", anvandare.id));
            anvandare.losenordHash = hasha(nytt);
            Inloggningssession.update("avslutad = ?1 where anvandare = ?2 and avslutad is null and id <> ?3",
                    Instant.now(), anvandare, behallSession == null ? "" : behallSession);
        }
        return fel;
    }

    /** The identity of someone the identity provider has authenticated, if the register knows them. */
    @Transactional
    public Optional<SecurityIdentity> franIdentitetsgivare(String anvandarnamn, String csrf) {
        return Anvandare.medAnvandarnamn(anvandarnamn).filter(a -> a.aktiv).map(a -> {
            QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder(identitet(a, null));
            if (csrf != null) {
                b.addAttribute(CSRF, csrf);
            }
            return (SecurityIdentity) b.build();
        });
    }

    public static SecurityIdentity identitet(Anvandare anvandare, Inloggningssession session) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(anvandare.anvandarnamn))
                .addRoles(anvandare.rollmangd())
                .addAttribute(ANVANDARE_ID, anvandare.id)
                .addAttribute(NAMN, anvandare.namn + ", " + anvandare.organisation.namn)
                .addAttribute(Granskning.ORGANISATION, anvandare.organisation.kansli().id);
        if (session != null) {
            b.addAttribute(SESSION, session.id).addAttribute(CSRF, session.csrfToken);
        }
        return b.build();
    }

    static String slumptext(int bytes) {
        byte[] b = new byte[bytes];
        SLUMP.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash of a new password at the configured cost (user administration, tests). */
    @Override
    public String hasha(String losenord) {
        return Losenord.hasha(losenord, config.sakerhet().bcryptKostnad());
    }

    @Override
    public long avslutaSessioner(Anvandare anvandare, Instant nu) {
        return Inloggningssession.avslutaAllaFor(anvandare, nu);
    }

    @Override
    public void glomMisslyckadeInloggningar(String anvandarnamn) {
        Inloggningsforsok.rensaNamn(anvandarnamn);
    }
}
