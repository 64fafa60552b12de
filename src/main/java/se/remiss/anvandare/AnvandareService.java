package se.remiss.anvandare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Valideringsfel;

/**
 * The administrator's management of users: create, change (also deactivate: users are never
 * deleted, they stand in the record) and set a new password. {@code utforare} is the acting
 * administrator's user id, for the lock-out guard: nobody can deactivate themself or take away
 * their own administrator role, so an installation always keeps an active administrator.
 */
@ApplicationScoped
public class AnvandareService {

    private static final Logger LOG = Logger.getLogger(AnvandareService.class);

    /** User names: lowercase a–z, digits, dot, underscore and dash; also what the login form accepts. */
    public static final Pattern ANVANDARNAMN = Pattern.compile("[a-z0-9._-]{2,60}");
    private static final Pattern EPOST = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Digits with the usual separators, optionally a leading + (international form); 5–20 digits. */
    private static final Pattern TELEFON = Pattern.compile("\\+?(?=(?:\\D*\\d){5,20}\\D*$)[0-9][0-9 ()\\-/]*[0-9]");

    @Inject
    Kontoskydd kontoskydd;

    @Inject
    Granskning granskning;

    public static Anvandare hamta(long id) {
        return Anvandare.<Anvandare>findByIdOptional(id).orElseThrow(() -> new HittasInte("Användaren finns inte."));
    }

    @Transactional
    public Anvandare skapa(AnvandareUppgifter u, long utforare) {
        Anvandare a = new Anvandare();
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        String namn = u.anvandarnamn() == null ? null : u.anvandarnamn().strip();
        if (namn == null || namn.isEmpty()) {
            fel.fel("anvandarnamn", "Användarnamn måste anges.");
        } else if (!ANVANDARNAMN.matcher(namn).matches()) {
            fel.fel("anvandarnamn", "Användarnamnet ska vara 2–60 tecken: små bokstäver a–z, siffror, punkt,"
                    + " understreck eller bindestreck (inga å, ä, ö eller mellanslag).");
        } else if (Anvandare.medAnvandarnamn(namn).isPresent()) {
            fel.fel("anvandarnamn", "Användarnamnet " + namn + " används redan.");
        }
        Organisation organisation = uppgifter(a, u, fel);
        losenord(u.losenord(), u.upprepat(), fel);
        fel.kastaOmFel();
        a.anvandarnamn = namn;
        tillampa(a, u, organisation);
        a.aktiv = u.aktiv() == null || u.aktiv();
        a.losenordHash = kontoskydd.hasha(u.losenord());
        try {
            a.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                // Another administrator took the name a moment ago (the unique key caught it).
                throw new Konflikt("Användarnamnet " + namn + " har just lagts upp av någon annan.");
            }
            throw e;
        }
        granskning.logga(Handelse.av("ANVANDARE_SKAPAD", "Anvandare", a.id).efter(varden(a)));
        LOG.infof("Användaren %s (%s) skapad av användare %d.", a.anvandarnamn, a.roller, utforare);
        return a;
    }

    @Transactional
    public Anvandare andra(long id, AnvandareUppgifter u, long utforare) {
        Anvandare a = hamta(id);
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        if (u.version() == null) {
            fel.fel("version", "Version måste anges (värdet från när användaren hämtades).");
        }
        Organisation organisation = uppgifter(a, u, fel);
        fel.kastaOmFel();
        if (u.version() != a.version) {
            throw new Konflikt("Användaren har ändrats av någon annan sedan du hämtade den. Ladda om och försök igen.");
        }
        boolean aktiv = u.aktiv() == null ? a.aktiv : u.aktiv();
        if (a.id == utforare) {
            if (!aktiv) {
                throw new Konflikt("Du kan inte inaktivera ditt eget konto. Be en annan administratör om det.");
            }
            if (a.harRoll(Roll.ADMINISTRATOR) && !rollmangd(u.roller()).contains(Roll.ADMINISTRATOR)) {
                throw new Konflikt("Du kan inte ta bort din egen administratörsroll. Be en annan administratör om det.");
            }
        }
        boolean inaktiveras = a.aktiv && !aktiv;
        Map<String, Object> fore = varden(a);
        tillampa(a, u, organisation);
        a.aktiv = aktiv;
        if (inaktiveras) {
            // An inactive user is refused at every request anyway; ending the sessions makes it final.
            kontoskydd.avslutaSessioner(a, Instant.now());
        }
        // Inside the transaction, so that a concurrent change is a 409 here rather than at commit.
        Anvandare.flush();
        granskning.logga(Handelse.av("ANVANDARE_ANDRAD", "Anvandare", a.id).fore(fore).efter(varden(a)));
        LOG.infof("Användaren %s ändrad av användare %d (roller %s, aktiv %s).", a.anvandarnamn, utforare, a.roller,
                a.aktiv);
        return a;
    }

    /**
     * A user's own phone number, set on the account page (printed in the head of the documents they
     * handle); blank clears it.
     */
    @Transactional
    public Anvandare sattEgenTelefon(long id, String telefon) {
        Anvandare a = hamta(id);
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        telefon(telefon, fel);
        fel.kastaOmFel();
        String fore = a.telefon;
        a.telefon = telefonnummer(telefon);
        Map<String, Object> forr = new LinkedHashMap<>();
        forr.put("telefon", fore);
        Map<String, Object> efter = new LinkedHashMap<>();
        efter.put("telefon", a.telefon);
        granskning.logga(Handelse.av("TELEFON_ANDRAD", "Anvandare", a.id).beskrivning(a.anvandarnamn).fore(forr).efter(efter));
        return a;
    }

    /**
     * The administrator gives a user a new password (e.g. a forgotten one). The user's sessions end
     * and a lock-out from failed attempts is lifted. Administrators change their own password on
     * their account page, which asks for the current one.
     */
    @Transactional
    public void sattLosenord(long id, String losenord, String upprepat, long utforare) {
        Anvandare a = hamta(id);
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        losenord(losenord, upprepat, a.losenordHash, fel);
        fel.kastaOmFel();
        if (a.id == utforare) {
            throw new Konflikt("Ditt eget lösenord byter du under Mitt konto, med ditt nuvarande lösenord.");
        }
        a.losenordHash = kontoskydd.hasha(losenord);
        long avslutade = kontoskydd.avslutaSessioner(a, Instant.now());
        kontoskydd.glomMisslyckadeInloggningar(a.anvandarnamn);
        Anvandare.flush();
        // Never the password or its hash: only that it was set, and what that ended.
        granskning.logga(Handelse.av("LOSENORD_SATT", "Anvandare", a.id).beskrivning("Nytt lösenord satt av en"
                + " administratör för " + a.anvandarnamn + "; " + avslutade + " inloggningar avslutade."));
        LOG.infof("Nytt lösenord för användaren %s satt av användare %d; användarens sessioner är avslutade.",
                a.anvandarnamn, utforare);
    }

    /** What the audit trail records of a user: everything the administrator edits, never the hash. */
    static Map<String, Object> varden(Anvandare a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("anvandarnamn", a.anvandarnamn);
        v.put("namn", a.namn);
        v.put("titel", a.titel);
        v.put("epost", a.epost);
        v.put("telefon", a.telefon);
        v.put("organisation", a.organisation.kortnamn);
        v.put("roller", a.roller);
        v.put("aktiv", a.aktiv);
        return v;
    }

    /** Checks the fields shared by creating and changing; returns the chosen organisation. */
    private static Organisation uppgifter(Anvandare a, AnvandareUppgifter u, Valideringsfel.Samlare fel) {
        fel.text("namn", u.namn(), 200, "Namn");
        fel.valfriText("titel", u.titel(), 200, "Titeln");
        fel.valfriText("epost", u.epost(), 200, "E-postadressen");
        if (!fel.harFel("epost") && u.epost() != null && !u.epost().isBlank()
                && !EPOST.matcher(u.epost().strip()).matches()) {
            fel.fel("epost", "Ange en e-postadress som namn@exempel.se.");
        }
        telefon(u.telefon(), fel);
        Organisation organisation = null;
        if (u.organisation() == null) {
            fel.fel("organisation", "Välj organisation.");
        } else {
            organisation = Organisation.findById(u.organisation());
            if (organisation == null) {
                fel.fel("organisation", "Organisationen finns inte.");
            } else if (!organisation.aktiv
                    && (a.organisation == null || !organisation.id.equals(a.organisation.id))) {
                fel.fel("organisation", organisation.namn + " är inte aktiv.");
            }
        }
        List<String> roller = u.roller() == null ? List.of() : u.roller();
        List<String> okanda = roller.stream().filter(r -> !Roll.giltig(r)).toList();
        if (!okanda.isEmpty()) {
            fel.fel("roller", "Okänd roll: " + String.join(", ", okanda.stream().map(String::valueOf).toList())
                    + ". Tillåtna: " + String.join(", ", Roll.ALLA) + ".");
        } else if (roller.isEmpty()) {
            fel.fel("roller", "Välj minst en roll.");
        }
        return organisation;
    }

    /** A phone number: optional, at most 40 characters, digits with the usual separators. */
    private static void telefon(String telefon, Valideringsfel.Samlare fel) {
        fel.valfriText("telefon", telefon, 40, "Telefonnumret");
        if (!fel.harFel("telefon") && telefon != null && !telefon.isBlank() && !TELEFON.matcher(telefon.strip()).matches()) {
            fel.fel("telefon", "Ange ett telefonnummer med siffror, t.ex. 08-508 12 345 eller +46 8 508 12 345.");
        }
    }

    private static void losenord(String losenord, String upprepat, Valideringsfel.Samlare fel) {
        losenord(losenord, upprepat, null, fel);
    }

    /** The one password rule (Losenord.problem); {@code nuvarandeHash}: the user's current one, not to be reused. */
    private static void losenord(String losenord, String upprepat, String nuvarandeHash, Valideringsfel.Samlare fel) {
        String problem = Losenord.problem(losenord, nuvarandeHash);
        if (problem != null) {
            fel.fel("losenord", problem);
        } else if (upprepat != null && !upprepat.equals(losenord)) {
            fel.fel("upprepat", "Lösenorden är inte lika.");
        }
    }

    private static void tillampa(Anvandare a, AnvandareUppgifter u, Organisation organisation) {
        a.namn = u.namn().strip();
        a.titel = tomTillNull(u.titel());
        a.epost = tomTillNull(u.epost());
        if (u.telefon() != null) {
            a.telefon = telefonnummer(u.telefon());
        }
        a.organisation = organisation;
        a.roller = Roll.lagra(rollmangd(u.roller()));
    }

    private static Set<String> rollmangd(List<String> roller) {
        Set<String> mangd = new LinkedHashSet<>();
        if (roller != null) {
            roller.stream().filter(Roll::giltig).map(r -> r.strip().toLowerCase(Locale.ROOT)).forEach(mangd::add);
        }
        return mangd;
    }

    /** A phone number as stored: runs of spaces made one; blank → null. */
    private static String telefonnummer(String telefon) {
        return telefon == null ? null : tomTillNull(telefon.strip().replaceAll("\\s+", " "));
    }

    private static String tomTillNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
