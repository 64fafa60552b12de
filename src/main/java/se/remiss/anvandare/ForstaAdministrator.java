package se.remiss.anvandare;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.remiss.granskning.Aktor;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.organisation.Organisation;
import se.remiss.organisation.OrganisationTyp;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;

/**
 * The first administrator of an installation without sample data: when
 * {@code remiss.sakerhet.forsta-administrator} and {@code …-losenord} are both set and no active
 * administrator exists, that user is created at start, with the administrator role, in the
 * organisation "Systemadministration" (kortnamn {@value #KORTNAMN}, created if missing). Nothing
 * else is ever changed: an existing user of that name is left alone. The password is never logged.
 */
@ApplicationScoped
public class ForstaAdministrator {

    private static final Logger LOG = Logger.getLogger(ForstaAdministrator.class);

    public static final String KORTNAMN = "system";
    public static final String ORGANISATIONSNAMN = "Systemadministration";

    /** What the start decided, given the settings and the database. */
    public enum Beslut {
        /** Neither setting is given (the normal case once an administrator exists). */
        INTE_BEGARD,
        /** Only one of the two settings is given. */
        OFULLSTANDIG,
        /** The user name breaks the rules for user names. */
        OGILTIGT_NAMN,
        /** The password is too short or too long. */
        OGILTIGT_LOSENORD,
        /** An active administrator exists: nothing to do. */
        ADMINISTRATOR_FINNS,
        /** A user of that name exists (perhaps inactive or without the role): left alone. */
        NAMNET_UPPTAGET,
        SKAPA
    }

    @Inject
    RemissConfig config;

    @Inject
    Kontoskydd kontoskydd;

    @Inject
    Granskning granskning;

    /** After Flyway and after the sample data (which observes with the default priority). */
    void vidStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent start) {
        RemissConfig.Sakerhet s = config.sakerhet();
        if (s.forstaAdministrator().isEmpty() && s.forstaAdministratorLosenord().isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> utfor(s.forstaAdministrator(), s.forstaAdministratorLosenord()));
    }

    /** Decides and, when due, creates the administrator. Runs in the caller's transaction. */
    Beslut utfor(Optional<String> anvandarnamn, Optional<String> losenord) {
        String namn = anvandarnamn.map(String::strip).orElse("");
        Beslut beslut = besluta(anvandarnamn, losenord, Anvandare.finnsAdministrator(),
                !namn.isEmpty() && Anvandare.medAnvandarnamn(namn).isPresent());
        switch (beslut) {
            case INTE_BEGARD, ADMINISTRATOR_FINNS -> LOG.debugf("Första administratör: %s.", beslut);
            case OFULLSTANDIG -> LOG.warn("Första administratör skapas inte: ange både remiss.sakerhet.forsta-administrator"
                    + " och remiss.sakerhet.forsta-administrator-losenord.");
            case OGILTIGT_NAMN -> LOG.errorf("Första administratör skapas inte: användarnamnet \"%s\" är ogiltigt"
                    + " (2–60 tecken a–z, 0–9, . _ -).", namn);
            case OGILTIGT_LOSENORD -> LOG.errorf("Första administratör skapas inte: lösenordet duger inte (%s)",
                    Losenord.problem(losenord.orElse(null)));
            case NAMNET_UPPTAGET -> LOG.warnf("Första administratör skapas inte: användaren %s finns redan och"
                    + " ändras inte här. Ingen aktiv administratör finns.", namn);
            case SKAPA -> {
                Anvandare a = skapa(namn, losenord.orElseThrow());
                LOG.infof("Första administratören %s är skapad i %s. Logga in och byt lösenordet under Mitt konto;"
                        + " ta sedan bort lösenordet ur konfigurationen.", a.anvandarnamn, a.organisation.namn);
            }
        }
        return beslut;
    }

    /** The decision alone, without the database: what {@link #utfor} does for these facts. */
    static Beslut besluta(Optional<String> anvandarnamn, Optional<String> losenord, boolean administratorFinns,
            boolean namnetFinns) {
        boolean harNamn = anvandarnamn.filter(n -> !n.isBlank()).isPresent();
        boolean harLosenord = losenord.filter(l -> !l.isEmpty()).isPresent();
        if (!harNamn && !harLosenord) {
            return Beslut.INTE_BEGARD;
        }
        if (!harNamn || !harLosenord) {
            return Beslut.OFULLSTANDIG;
        }
        if (administratorFinns) {
            return Beslut.ADMINISTRATOR_FINNS;
        }
        if (!AnvandareService.ANVANDARNAMN.matcher(anvandarnamn.get().strip()).matches()) {
            return Beslut.OGILTIGT_NAMN;
        }
        if (Losenord.problem(losenord.get()) != null) {
            return Beslut.OGILTIGT_LOSENORD;
        }
        return namnetFinns ? Beslut.NAMNET_UPPTAGET : Beslut.SKAPA;
    }

    /** Creates the administrator in "Systemadministration", creating that organisation if needed. */
    Anvandare skapa(String anvandarnamn, String losenord) {
        // By its key; by its name too, since names are unique and someone may have made it by hand.
        Organisation organisation = Organisation.medKortnamn(KORTNAMN)
                .or(() -> Organisation.medNamn(ORGANISATIONSNAMN)).orElseGet(() -> {
            Organisation o = new Organisation();
            o.kortnamn = KORTNAMN;
            o.namn = ORGANISATIONSNAMN;
            o.typ = OrganisationTyp.KONTOR;
            o.persist();
            granskning.logga(Handelse.av("ORGANISATION_SKAPAD", "Organisation", o.id)
                    .beskrivning("För den första administratören").efter(Map.of("kortnamn", o.kortnamn, "namn", o.namn)),
                    Aktor.SYSTEM);
            LOG.infof("Organisationen %s (%s) är skapad för den första administratören.", o.namn, o.kortnamn);
            return o;
        });
        Anvandare a = new Anvandare();
        a.anvandarnamn = anvandarnamn;
        a.namn = "Administratör";
        a.titel = "Systemadministratör";
        a.organisation = organisation;
        a.roller = Roll.ADMINISTRATOR;
        a.losenordHash = kontoskydd.hasha(losenord);
        a.persist();
        // Done by the installation's configuration, not by a person: recorded as "system".
        granskning.logga(Handelse.av("ANVANDARE_SKAPAD", "Anvandare", a.id)
                .beskrivning("Första administratören, ur konfigurationen").efter(AnvandareService.varden(a)),
                Aktor.SYSTEM);
        return a;
    }
}
