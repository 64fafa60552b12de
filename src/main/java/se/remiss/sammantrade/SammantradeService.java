package se.remiss.sammantrade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.remiss.anvandare.Anvandare;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.kalender.SvenskKalender;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Datumformat;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.InLista;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.Namndplanering;
import se.remiss.remiss.Remissmottagare;

/**
 * The meeting calendar's use cases: entering, changing, removing and importing a nämnd's meetings,
 * the nämnd's planning rule, and planning a received remiss from the calendar.
 */
@ApplicationScoped
@Named("namndplanering")
public class SammantradeService implements Namndplanering {

    private static final Pattern TID = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");

    @Inject
    Granskning granskning;

    @Inject
    Klocka klocka;

    @Inject
    RemissConfig config;

    @Inject
    SvenskKalender kalender;

    Sammantradesplanering planering() {
        return new Sammantradesplanering(kalender);
    }

    /** The nämnd's rule: its own row, or the defaults of {@code remiss.sammantrade.*}. */
    public Regel regel(Organisation namnd) {
        return Namndinstallning.medNamnd(namnd).map(i -> new Regel(i.arendedagar, i.godkannandedagar, true))
                .orElse(new Regel(config.sammantrade().arendedagar(), config.sammantrade().godkannandedagar(), false));
    }

    /** Working days before a meeting that items close, and before that that the statement must be approved. */
    public record Regel(int arendedagar, int godkannandedagar, boolean egen) {
    }

    @Transactional
    public Sammantrade skapa(Organisation namnd, Sammantradesuppgifter u) {
        Sammantrade s = new Sammantrade();
        s.namnd = Organisation.findById(namnd.id);
        s.skapad = klocka.nu();
        tillampa(s, u, true);
        s.persist();
        granskning.logga(Handelse.av("SAMMANTRADE_SKAPAT", "Sammantrade", s.id).beskrivning(s.namnd.namn)
                .efter(varden(s)));
        return s;
    }

    @Transactional
    public Sammantrade andra(long id, Sammantradesuppgifter u) {
        Sammantrade s = hamta(id, u.version());
        Map<String, Object> fore = varden(s);
        tillampa(s, u, false);
        granskning.logga(Handelse.av("SAMMANTRADE_ANDRAT", "Sammantrade", s.id).beskrivning(s.namnd.namn)
                .fore(fore).efter(varden(s)));
        return s;
    }

    /** Removes a meeting from the calendar; a held one stays (its protokoll refers to it). */
    @Transactional
    public void taBort(long id, Long version) {
        Sammantrade s = hamta(id, version);
        if (s.status == SammantradeStatus.GENOMFORT) {
            throw new Konflikt("Ett genomfört sammanträde kan inte tas bort.");
        }
        Map<String, Object> fore = varden(s);
        s.delete();
        granskning.logga(Handelse.av("SAMMANTRADE_BORTTAGET", "Sammantrade", id).beskrivning(s.namnd.namn).fore(fore));
    }

    /** What an import did. */
    public record Importresultat(int tillagda, int redanIKalendern, List<Sammantrade> sammantraden) {
    }

    /**
     * Imports a file of meetings: all or nothing – one faulty row and nothing is stored, every fault
     * named. A day already in the calendar is left as it is (an import can be run again).
     */
    @Transactional
    public Importresultat importera(Organisation namnd, String filnamn, byte[] innehall) {
        Kalenderimport.Resultat r = Kalenderimport.tolka(filnamn, innehall);
        if (!r.fel().isEmpty()) {
            throw new Valideringsfel(r.fel());
        }
        Organisation n = Organisation.findById(namnd.id);
        Regel regel = regel(n);
        List<Sammantrade> nya = new ArrayList<>();
        int fanns = 0;
        for (Kalenderimport.Rad rad : r.rader()) {
            if (Sammantrade.pa(n, rad.datum()).isPresent()) {
                fanns++;
                continue;
            }
            Sammantrade s = new Sammantrade();
            s.namnd = n;
            s.datum = rad.datum();
            s.starttid = rad.tid();
            s.plats = rad.plats();
            s.sistaDagArenden = rad.sistaDagArenden() != null ? rad.sistaDagArenden()
                    : planering().sistaDagForArenden(rad.datum(), regel.arendedagar());
            s.skapad = klocka.nu();
            s.persist();
            nya.add(s);
        }
        granskning.logga(Handelse.av("SAMMANTRADEN_IMPORTERADE", "Organisation", n.id).beskrivning(n.namn + ": " + filnamn)
                .efter(Map.of("tillagda", nya.stream().map(s -> s.datum.toString()).toList(), "redanIKalendern", fanns)));
        return new Importresultat(nya.size(), fanns, nya);
    }

    /** Sets the nämnd's own planning rule. */
    @Transactional
    public Regel andraRegel(Organisation namnd, Integer arendedagar, Integer godkannandedagar) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        dagar(fel, "arendedagar", arendedagar, "Sista dag för ärenden");
        dagar(fel, "godkannandedagar", godkannandedagar, "Godkännandet");
        fel.kastaOmFel();
        Organisation n = Organisation.findById(namnd.id);
        Regel fore = regel(n);
        Namndinstallning i = Namndinstallning.medNamnd(n).orElseGet(() -> {
            Namndinstallning ny = new Namndinstallning();
            ny.namnd = n;
            return ny;
        });
        i.arendedagar = arendedagar;
        i.godkannandedagar = godkannandedagar;
        i.persist();
        Regel efter = new Regel(arendedagar, godkannandedagar, true);
        granskning.logga(Handelse.av("NAMNDREGEL_ANDRAD", "Organisation", n.id).beskrivning(n.namn)
                .fore(Map.of("arendedagar", fore.arendedagar(), "godkannandedagar", fore.godkannandedagar()))
                .efter(Map.of("arendedagar", arendedagar, "godkannandedagar", godkannandedagar)));
        return efter;
    }

    /**
     * Makes {@code person} (a user of the nämnd's unit holding the role ledamot) a member of the
     * nämnd with {@code uppdrag}.
     */
    @Transactional
    public Namndledamot laggTillLedamot(Organisation namnd, Long person, String uppdrag, boolean kanJustera,
            String parti) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        Organisation n = Organisation.findById(namnd.id);
        Anvandare a = person == null ? null : Anvandare.findById(person);
        if (a == null || !a.aktiv || !a.harRoll(Roll.LEDAMOT)
                || !java.util.Objects.equals(a.organisation.kansli().id, n.kansli().id)) {
            // Names nobody: an id of another unit's person must not tell who that is.
            fel.fel("anvandare", "Välj en aktiv användare med rollen nämndledamot i nämndens organisation.");
        } else if (Namndledamot.medlem(n, a).isPresent()) {
            fel.fel("anvandare", a.namn + " är redan ledamot i " + n.namn + ".");
        }
        Uppdrag u = null;
        try {
            u = uppdrag == null ? null : Uppdrag.valueOf(uppdrag.strip());
        } catch (IllegalArgumentException e) {
            u = null;
        }
        if (u == null) {
            fel.fel("uppdrag", "Välj uppdrag: ORDFORANDE, VICE_ORDFORANDE, LEDAMOT eller ERSATTARE.");
        }
        fel.valfriText("parti", parti, 100, "Partiet");
        fel.kastaOmFel();
        Namndledamot l = new Namndledamot();
        l.namnd = n;
        l.anvandare = a;
        l.uppdrag = u;
        l.kanJustera = kanJustera;
        l.parti = parti == null || parti.isBlank() ? null : parti.strip();
        l.persist();
        granskning.logga(Handelse.av("NAMNDLEDAMOT_TILLAGD", "Namndledamot", l.id).beskrivning(n.namn)
                .efter(Map.of("anvandare", a.anvandarnamn, "uppdrag", u, "kanJustera", kanJustera)));
        return l;
    }

    @Transactional
    public void taBortLedamot(long id, Long version) {
        Namndledamot l = Namndledamot.<Namndledamot>findByIdOptional(id)
                .orElseThrow(() -> new HittasInte("Ledamoten finns inte."));
        if (version == null || version != l.version) {
            throw new Konflikt("Ledamoten har ändrats av någon annan. Ladda om och försök igen.");
        }
        Map<String, Object> fore = Map.of("anvandare", l.anvandare.anvandarnamn, "uppdrag", l.uppdrag);
        l.delete();
        granskning.logga(Handelse.av("NAMNDLEDAMOT_BORTTAGEN", "Namndledamot", id).beskrivning(l.namnd.namn).fore(fore));
    }

    private static void dagar(Valideringsfel.Samlare fel, String falt, Integer varde, String namn) {
        if (varde == null) {
            fel.fel(falt, namn + ": ange ett antal arbetsdagar.");
        } else if (varde < 0 || varde > 60) {
            fel.fel(falt, namn + ": ange 0–60 arbetsdagar.");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Planning a received remiss (Namndplanering)

    @Override
    @Transactional
    public Optional<Plan> plan(Organisation mottagare, LocalDate kontorsfrist, LocalDate protokollfrist) {
        if (protokollfrist == null) {
            return Optional.empty();
        }
        List<Sammantrade> moten = Sammantrade.mellan(mottagare, protokollfrist.minusYears(1), protokollfrist.plusYears(1));
        if (moten.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(plan(mottagare, kontorsfrist, protokollfrist, moten, regel(mottagare).godkannandedagar()));
    }

    @Override
    @Transactional
    public Map<Long, Plan> planer(java.util.Collection<Remissmottagare> mottagare) {
        List<Remissmottagare> medFrist = mottagare.stream().filter(m -> m.sistaDagNamndprotokoll != null).toList();
        Map<Long, Plan> planer = new java.util.HashMap<>();
        if (medFrist.isEmpty()) {
            return planer;
        }
        java.util.Set<Long> namnder = new java.util.HashSet<>();
        LocalDate fran = null;
        LocalDate till = null;
        for (Remissmottagare m : medFrist) {
            namnder.add(m.organisation.id);
            LocalDate f = m.sistaDagNamndprotokoll.minusYears(1);
            LocalDate t = m.sistaDagNamndprotokoll.plusYears(1);
            fran = fran == null || f.isBefore(fran) ? f : fran;
            till = till == null || t.isAfter(till) ? t : till;
        }
        // The meetings of every nämnd on the page over the span of all their deadlines, and their
        // rules: two queries, then each row takes its own year either side as plan() does.
        // The nämnder as one parameter each (InLista): Inkomna asks on every request.
        String iNamnder = "namnd.id in " + InLista.platser("namnd", namnder.size());
        Map<String, Object> parametrar = new java.util.HashMap<>(InLista.parametrar("namnd", namnder));
        Map<Long, Integer> godkannandedagar = new java.util.HashMap<>();
        Namndinstallning.<Namndinstallning>list(iNamnder, parametrar)
                .forEach(i -> godkannandedagar.put(i.namnd.id, i.godkannandedagar));
        Map<Long, List<Sammantrade>> moten = new java.util.HashMap<>();
        parametrar.put("fran", fran);
        parametrar.put("till", till);
        parametrar.put("installt", SammantradeStatus.INSTALLT);
        Sammantrade.<Sammantrade>list(iNamnder + " and datum >= :fran and datum <= :till and status <> :installt"
                + " order by datum, starttid", parametrar)
                .forEach(s -> moten.computeIfAbsent(s.namnd.id, k -> new ArrayList<>()).add(s));
        for (Remissmottagare m : medFrist) {
            LocalDate f = m.sistaDagNamndprotokoll.minusYears(1);
            LocalDate t = m.sistaDagNamndprotokoll.plusYears(1);
            List<Sammantrade> egna = moten.getOrDefault(m.organisation.id, List.of()).stream()
                    .filter(s -> !s.datum.isBefore(f) && !s.datum.isAfter(t)).toList();
            if (!egna.isEmpty()) {
                planer.put(m.id, plan(m.organisation, m.sistaDagKontorsutlatande, m.sistaDagNamndprotokoll, egna,
                        godkannandedagar.getOrDefault(m.organisation.id, config.sammantrade().godkannandedagar())));
            }
        }
        return planer;
    }

    private Plan plan(Organisation mottagare, LocalDate kontorsfrist, LocalDate protokollfrist, List<Sammantrade> moten,
            int godkannandedagar) {
        Sammantradesplanering.Plan p = planering().planera(mottagare.namn, kontorsfrist, protokollfrist,
                moten.stream().map(s -> new Sammantradesplanering.Mote(s.id, s.datum, s.sistaDagArenden)).toList(),
                godkannandedagar);
        Sammantrade valt = p.sammantrade().flatMap(m -> moten.stream().filter(s -> s.id == m.id()).findFirst())
                .orElse(null);
        return new Plan(valt == null ? null : valt.datum, valt == null ? null : valt.plats,
                p.sistaDagArenden(), p.godkannasSenast(), p.varning().orElse(null));
    }

    // ---------------------------------------------------------------------------------------------

    private Sammantrade hamta(long id, Long version) {
        Sammantrade s = Sammantrade.<Sammantrade>findByIdOptional(id)
                .orElseThrow(() -> new HittasInte("Sammanträdet finns inte."));
        if (version != null && version != s.version) {
            throw new Konflikt("Sammanträdet har ändrats av någon annan. Ladda om sidan och försök igen.");
        }
        return s;
    }

    private void tillampa(Sammantrade s, Sammantradesuppgifter u, boolean nytt) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        LocalDate datum = null;
        if (u.datum() == null || u.datum().isBlank()) {
            fel.fel("datum", "Ange sammanträdets datum.");
        } else {
            datum = Datumformat.tolka(u.datum()).orElse(null);
            if (datum == null) {
                fel.fel("datum", Datumformat.MEDDELANDE);
            }
        }
        LocalTime tid = null;
        if (u.starttid() != null && !u.starttid().isBlank()) {
            Matcher m = TID.matcher(u.starttid().strip());
            if (m.matches()) {
                tid = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } else {
                fel.fel("starttid", "Ogiltig tid – använd formatet TT:MM.");
            }
        }
        fel.valfriText("plats", u.plats(), 300, "Platsen");
        fel.valfriText("anteckning", u.anteckning(), 2000, "Anteckningen");
        LocalDate sista = null;
        if (u.sistaDagArenden() != null && !u.sistaDagArenden().isBlank()) {
            sista = Datumformat.tolka(u.sistaDagArenden()).orElse(null);
            if (sista == null) {
                fel.fel("sistaDagArenden", Datumformat.MEDDELANDE);
            } else if (datum != null && sista.isAfter(datum)) {
                fel.fel("sistaDagArenden", "Sista dag för ärenden kan inte ligga efter sammanträdet.");
            }
        }
        SammantradeStatus status = s.status;
        if (u.status() != null && !u.status().isBlank()) {
            try {
                status = SammantradeStatus.valueOf(u.status().strip());
            } catch (IllegalArgumentException e) {
                fel.fel("status", "Okänd status. Tillåtna: PLANERAT, GENOMFORT, INSTALLT.");
            }
        }
        if (datum != null && !datum.equals(s.datum)) {
            Optional<Sammantrade> samma = Sammantrade.pa(s.namnd, datum);
            if (samma.isPresent() && (nytt || !samma.get().id.equals(s.id))) {
                fel.fel("datum", s.namnd.namn + " har redan ett sammanträde den " + datum + ".");
            }
        }
        fel.kastaOmFel();
        boolean nyttDatum = !datum.equals(s.datum);
        s.datum = datum;
        s.starttid = tid;
        s.plats = tomTillNull(u.plats());
        s.anteckning = tomTillNull(u.anteckning());
        s.status = status;
        if (sista != null) {
            s.sistaDagArenden = sista;
        } else if (nyttDatum || s.sistaDagArenden == null) {
            s.sistaDagArenden = planering().sistaDagForArenden(datum, regel(s.namnd).arendedagar());
        }
    }

    private static String tomTillNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Map<String, Object> varden(Sammantrade s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("datum", s.datum);
        v.put("starttid", s.starttid);
        v.put("plats", s.plats);
        v.put("sistaDagArenden", s.sistaDagArenden);
        v.put("status", s.status);
        return v;
    }
}
