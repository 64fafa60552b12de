package se.remiss.remiss;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import se.remiss.anvandare.Anvandare;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.Valideringsfel;
import se.remiss.sakerhet.Inloggad;

/**
 * Anstånd: the recipient asks for later deadlines, the sender grants (possibly other dates) or
 * refuses. A grant is the only way a sent recipient's deadlines change; each change is kept as a
 * {@link Fristandring}. Who may call what is checked by the resources (recipient's side to ask,
 * sender's registrator to decide); these methods check the state.
 */
@ApplicationScoped
public class AnstandService {

    static final int MAX_MOTIVERING = 2000;
    static final String K = "sistaDagKontorsutlatande";
    static final String N = "sistaDagNamndprotokoll";

    @Inject
    Granskning granskning;

    @Inject
    Inloggad inloggad;

    @Inject
    Klocka klocka;

    @Inject
    jakarta.enterprise.event.Event<Mottagarhandelse> handelser;

    /** The recipient asks for a later date for one or both deadlines. */
    @Transactional
    public Anstand begar(long mottagareId, LocalDate kontorsutlatande, LocalDate namndprotokoll, String motivering) {
        Remissmottagare m = Remissmottagare.<Remissmottagare>findByIdOptional(mottagareId)
                .orElseThrow(() -> new HittasInte("Mottagaren finns inte."));
        if (m.status.avslutad() || m.status == MottagarStatus.EJ_SKICKAD) {
            throw new Konflikt("Anstånd kan inte begäras när status är \"" + m.status.etikett + "\".");
        }
        if (m.anstandBegart || Anstand.count("mottagare = ?1 and status = ?2", m, AnstandStatus.BEGART) > 0) {
            throw new Konflikt("En begäran om anstånd väntar redan på avsändarens beslut.");
        }
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        fel.text("motivering", motivering, MAX_MOTIVERING, "Motivering");
        if (kontorsutlatande == null && namndprotokoll == null) {
            fel.fel(K, "Ange en ny sista dag för kontorsutlåtande, nämndprotokoll eller båda.");
        }
        if (kontorsutlatande != null && m.status.utlatandeKlart()) {
            fel.fel(K, "Kontorsutlåtandet är redan inskickat.");
        }
        kontrolleraPar(m, kontorsutlatande, namndprotokoll, fel);
        fel.kastaOmFel();

        Anstand a = new Anstand();
        a.mottagare = m;
        a.begardKontorsutlatande = kontorsutlatande;
        a.begardNamndprotokoll = namndprotokoll;
        a.motivering = motivering.strip();
        a.begardAv = inloggad.anvandare();
        a.begard = klocka.nu();
        a.persist();
        m.anstandBegart = true;
        Map<String, Object> efter = datum(kontorsutlatande, namndprotokoll);
        efter.put("status", AnstandStatus.BEGART);
        efter.put("motivering", a.motivering);
        granskning.logga(Handelse.av("ANSTAND_BEGART", "Anstand", a.id).remiss(m.remiss.id)
                .beskrivning(m.organisation.namn).efter(efter));
        return a;
    }

    /**
     * The sender grants: the dates asked for, or others given here (null keeps what was asked for;
     * a deadline not asked for stays unless a date is given for it).
     */
    @Transactional
    public Anstand bevilja(long anstandId, LocalDate kontorsutlatande, LocalDate namndprotokoll, String motivering,
            Long version) {
        Anstand a = oppet(anstandId, version);
        Remissmottagare m = a.mottagare;
        LocalDate k = kontorsutlatande != null ? kontorsutlatande : a.begardKontorsutlatande;
        LocalDate n = namndprotokoll != null ? namndprotokoll : a.begardNamndprotokoll;
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        fel.valfriText("motivering", motivering, MAX_MOTIVERING, "Motivering");
        if (k != null && m.status.utlatandeKlart()) {
            fel.fel(K, "Kontorsutlåtandet är redan inskickat.");
        }
        kontrolleraPar(m, k, n, fel);
        fel.kastaOmFel();

        Map<String, Object> fore = datum(m.sistaDagKontorsutlatande, m.sistaDagNamndprotokoll);
        fore.put("status", AnstandStatus.BEGART);
        Anvandare av = inloggad.anvandare();
        String orsak = a.motivering + (blank(motivering) ? "" : " – Beslut: " + motivering.strip());
        flytta(m, a, Fristtyp.KONTORSUTLATANDE, k, av, orsak);
        flytta(m, a, Fristtyp.NAMNDPROTOKOLL, n, av, orsak);
        a.status = AnstandStatus.BEVILJAT;
        a.beviljadKontorsutlatande = k;
        a.beviljadNamndprotokoll = n;
        beslut(a, motivering, av);
        Map<String, Object> efter = datum(m.sistaDagKontorsutlatande, m.sistaDagNamndprotokoll);
        efter.put("status", AnstandStatus.BEVILJAT);
        if (a.beslutsmotivering != null) {
            efter.put("motivering", a.beslutsmotivering);
        }
        granskning.logga(Handelse.av("ANSTAND_BEVILJAT", "Anstand", a.id).remiss(m.remiss.id)
                .beskrivning(m.organisation.namn).fore(fore).efter(efter));
        handelser.fire(new Mottagarhandelse(Mottagarhandelse.Typ.FRIST_FLYTTAD, m));
        return a;
    }

    /** The sender refuses, with a reason; the deadlines stay. */
    @Transactional
    public Anstand avsla(long anstandId, String motivering, Long version) {
        Anstand a = oppet(anstandId, version);
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        fel.text("motivering", motivering, MAX_MOTIVERING, "Motivering");
        fel.kastaOmFel();
        a.status = AnstandStatus.AVSLAGET;
        beslut(a, motivering, inloggad.anvandare());
        granskning.logga(Handelse.av("ANSTAND_AVSLAGET", "Anstand", a.id).remiss(a.mottagare.remiss.id)
                .beskrivning(a.mottagare.organisation.namn).fore(Map.of("status", AnstandStatus.BEGART))
                .efter(Map.of("status", AnstandStatus.AVSLAGET, "motivering", a.beslutsmotivering)));
        return a;
    }

    private Anstand oppet(long anstandId, Long version) {
        Anstand a = Anstand.hamta(anstandId).orElseThrow(() -> new HittasInte("Anståndet finns inte."));
        if (version != null && version != a.version) {
            throw new Konflikt("Begäran har ändrats av någon annan. Ladda om sidan och försök igen.");
        }
        if (!a.arOppet()) {
            throw new Konflikt("Begäran om anstånd är redan " + a.status.etikett.toLowerCase() + ".");
        }
        if (a.mottagare.status.avslutad()) {
            throw new Konflikt("Mottagaren har redan svarat (" + a.mottagare.status.etikett + ").");
        }
        return a;
    }

    private void beslut(Anstand a, String motivering, Anvandare av) {
        a.beslutsmotivering = blank(motivering) ? null : motivering.strip();
        a.beslutadAv = av;
        a.beslutad = klocka.nu();
        a.mottagare.anstandBegart = false;
    }

    /**
     * A new date must lie after the current deadline (an anstånd extends), not before today, and
     * the minutes' deadline not before the statement's.
     */
    private void kontrolleraPar(Remissmottagare m, LocalDate k, LocalDate n, Valideringsfel.Samlare fel) {
        LocalDate idag = klocka.idag();
        senare(K, k, m.sistaDagKontorsutlatande, idag, Fristtyp.KONTORSUTLATANDE, fel);
        senare(N, n, m.sistaDagNamndprotokoll, idag, Fristtyp.NAMNDPROTOKOLL, fel);
        LocalDate nyK = k != null ? k : m.sistaDagKontorsutlatande;
        LocalDate nyN = n != null ? n : m.sistaDagNamndprotokoll;
        if (!fel.harFel(K) && !fel.harFel(N) && nyN.isBefore(nyK)) {
            fel.fel(n != null ? N : K, "Sista dag för nämndprotokoll (" + nyN
                    + ") kan inte ligga före sista dag för kontorsutlåtande (" + nyK + ").");
        }
    }

    private static void senare(String falt, LocalDate ny, LocalDate nu, LocalDate idag, Fristtyp typ,
            Valideringsfel.Samlare fel) {
        if (ny == null) {
            return;
        }
        if (!ny.isAfter(nu)) {
            fel.fel(falt, "Ett anstånd ger en senare dag än nuvarande sista dag för " + typ.kort + " (" + nu + ").");
        } else if (ny.isBefore(idag)) {
            fel.fel(falt, "Sista dag för " + typ.kort + " kan inte ligga före " + idag + ".");
        }
    }

    private void flytta(Remissmottagare m, Anstand a, Fristtyp typ, LocalDate ny, Anvandare av, String orsak) {
        if (ny == null || ny.equals(m.sistaDag(typ))) {
            return;
        }
        Fristandring f = new Fristandring();
        f.mottagare = m;
        f.frist = typ;
        f.datumFore = m.sistaDag(typ);
        f.datumEfter = ny;
        f.anstand = a;
        f.andradAv = av;
        f.tidpunkt = klocka.nu();
        f.orsak = orsak;
        f.persist();
        m.flyttaFrist(typ, ny);
    }

    private static Map<String, Object> datum(LocalDate k, LocalDate n) {
        Map<String, Object> varden = new LinkedHashMap<>();
        if (k != null) {
            varden.put(K, k);
        }
        if (n != null) {
            varden.put(N, n);
        }
        return varden;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
