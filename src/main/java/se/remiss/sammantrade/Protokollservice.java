package se.remiss.sammantrade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.remiss.anvandare.Anvandare;
import se.remiss.diarium.Arende;
import se.remiss.diarium.DiariumService;
import se.remiss.diarium.Fil;
import se.remiss.diarium.Handling;
import se.remiss.diarium.HandlingTyp;
import se.remiss.diarium.Riktning;
import se.remiss.dokument.Dokumentpipeline;
import se.remiss.dokument.Undertecknare;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.plattform.Innehallsdisposition;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.Remissmottagare;
import se.remiss.sakerhet.Atkomst;
import se.remiss.utlatande.Utlatande;
import se.remiss.utlatande.UtlatandeService;
import se.remiss.utlatande.UtlatandeStatus;

/**
 * The committee secretary's work after the calendar: the agenda (föredragningslista) and its
 * publication, the protokoll with its §§, justering by ordförande and justerare (PAdES, in turn),
 * and the protokollsutdrag certified by the secretary and sent to the remiss's sender. Every step
 * writes one audit event with the values before and after. A published agenda and a justerat
 * protokoll are never changed: every change goes through {@link #utkastlista} or {@link #forAndring},
 * which refuse.
 */
@ApplicationScoped
public class Protokollservice {

    public static final int MAX_RUBRIK = 500;
    public static final int MAX_BESLUT = 4000;
    public static final int MAX_TEXT = 2000;

    /** The turn to sign passes on (to the ordförande, then the justerare): they hear of it by mail. */
    @Inject
    jakarta.enterprise.event.Event<Justeringstur> justeringstur;

    @Inject
    Sammantradeatkomst atkomst;

    @Inject
    Atkomst allmanAtkomst;

    @Inject
    se.remiss.sakerhet.Inloggad inloggad;

    @Inject
    se.remiss.remiss.RemissService remisser;

    @Inject
    Paragrafnummer nummer;

    @Inject
    Protokolldokument dokument;

    @Inject
    Dokumentpipeline pipeline;

    @Inject
    UtlatandeService utlatanden;

    @Inject
    DiariumService diarium;

    @Inject
    Granskning granskning;

    @Inject
    Klocka klocka;

    @Inject
    se.remiss.kalender.SvenskKalender kalender;

    // ---------------------------------------------------------------- Föredragningslista

    public record NyPunkt(String utlatande, Long arende, String rubrik, String beslutsforslag) {
    }

    /** Adds an approved tjänsteutlåtande (by uid) or another ärende of the nämnd to the agenda. */
    @Transactional
    public Dagordningspunkt laggTill(long sammantradeId, NyPunkt ny) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        if (ny == null || (blank(ny.utlatande()) && ny.arende() == null)) {
            throw Valideringsfel.av("utlatande", "Välj ett godkänt tjänsteutlåtande eller ett ärende.");
        }
        Foredragningslista lista = utkastlista(s);
        Dagordningspunkt p = new Dagordningspunkt();
        p.lista = lista;
        if (!blank(ny.utlatande())) {
            Utlatande u = Utlatande.medUid(ny.utlatande().strip()).orElse(null);
            if (u == null || !allmanAtkomst.ager(u.organisation)) {
                if (u != null) {
                    allmanAtkomst.registreraNekad("Utlatande", u.id);
                }
                throw Valideringsfel.av("utlatande", "Utlåtandet finns inte.");
            }
            if (u.status != UtlatandeStatus.GODKAND && u.status != UtlatandeStatus.INSKICKAD) {
                throw Valideringsfel.av("utlatande", "Bara ett godkänt tjänsteutlåtande kan föras upp på föredragningslistan "
                        + "(status: " + u.status.etikett.toLowerCase() + ").");
            }
            if (lista.punkter().stream().anyMatch(q -> q.utlatande != null && q.utlatande.id.equals(u.id))) {
                throw new Konflikt("Utlåtandet står redan på föredragningslistan.");
            }
            p.utlatande = u;
            p.arende = u.arende;
            p.rubrik = blank(ny.rubrik()) ? rubrik(u) : ny.rubrik().strip();
            p.beslutsforslag = blank(ny.beslutsforslag()) ? utlatanden.forslagTillBeslut(u) : ny.beslutsforslag().strip();
        } else {
            Arende a = Arende.findById(ny.arende());
            if (a == null || !allmanAtkomst.ager(a.organisation)) {
                if (a != null) {
                    allmanAtkomst.registreraNekad("Arende", a.id);
                }
                throw Valideringsfel.av("arende", "Ärendet finns inte.");
            }
            p.arende = a;
            p.rubrik = blank(ny.rubrik()) ? a.rubrik : ny.rubrik().strip();
            p.beslutsforslag = blank(ny.beslutsforslag()) ? null : ny.beslutsforslag().strip();
        }
        kravLangd("rubrik", p.rubrik, MAX_RUBRIK);
        kravLangd("beslutsforslag", p.beslutsforslag, MAX_BESLUT);
        p.ordning = lista.punkter().size() + 1;
        p.persist();
        granskning.logga(handelse("FOREDRAGNINGSLISTA_PUNKT_TILLAGD", s, p.utlatande)
                .fore(Map.of("version", lista.versionsnummer, "punkter", p.ordning - 1))
                .efter(Map.of("version", lista.versionsnummer, "punkter", p.ordning, "punkt", p.id, "rubrik", p.rubrik,
                        "arende", p.arende == null ? "" : p.arende.dnr)));
        return p;
    }

    /** Removes an item from the unpublished agenda; the rest close up. */
    @Transactional
    public void taBort(long sammantradeId, long punktId) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        Foredragningslista lista = utkastlista(s);
        List<Dagordningspunkt> punkter = lista.punkter();
        Dagordningspunkt p = punkter.stream().filter(q -> q.id == punktId).findFirst()
                .orElseThrow(() -> new se.remiss.plattform.HittasInte("Punkten finns inte på föredragningslistan."));
        if (Paragraf.count("punkt", p) > 0) {
            throw new Konflikt("Punkten har redan en § i protokollet och kan inte tas bort.");
        }
        p.delete();
        int i = 1;
        for (Dagordningspunkt q : punkter) {
            if (q != p) {
                q.ordning = i++;
            }
        }
        granskning.logga(handelse("FOREDRAGNINGSLISTA_PUNKT_BORTTAGEN", s, p.utlatande)
                .fore(Map.of("punkter", punkter.size(), "punkt", punktId, "rubrik", p.rubrik))
                .efter(Map.of("punkter", punkter.size() - 1)));
    }

    /** Orders the unpublished agenda: {@code ordning} names every item once. */
    @Transactional
    public void ordna(long sammantradeId, List<Long> ordning) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        Foredragningslista lista = utkastlista(s);
        List<Dagordningspunkt> punkter = lista.punkter();
        Set<Long> finns = new HashSet<>();
        punkter.forEach(p -> finns.add(p.id));
        if (ordning == null || ordning.size() != punkter.size() || !new HashSet<>(ordning).equals(finns)) {
            throw Valideringsfel.av("punkter", "Ange varje punkt på föredragningslistan en gång, i den nya ordningen.");
        }
        List<Long> fore = punkter.stream().map(p -> p.id).toList();
        for (Dagordningspunkt p : punkter) {
            p.ordning = ordning.indexOf(p.id) + 1;
        }
        granskning.logga(handelse("FOREDRAGNINGSLISTA_ORDNAD", s, null)
                .fore(Map.of("ordning", fore.toString())).efter(Map.of("ordning", ordning.toString())));
    }

    /** Publishes the agenda as a PDF/A with the statements as attachments; it is locked from now on. */
    @Transactional
    public Foredragningslista publicera(long sammantradeId) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        Foredragningslista lista = utkastlista(s);
        List<Dagordningspunkt> punkter = lista.punkter();
        if (punkter.isEmpty()) {
            throw new Konflikt("Föredragningslistan har inga punkter.");
        }
        byte[] pdf = dokument.foredragningslista(s, lista, punkter);
        Fil fil = Fil.lagra(pdf);
        lista.pdfSha256 = fil.sha256;
        lista.publicerad = klocka.nu();
        lista.publiceradAv = inloggad.anvandare();
        granskning.logga(handelse("FOREDRAGNINGSLISTA_PUBLICERAD", s, null)
                .fore(Map.of("version", lista.versionsnummer, "publicerad", false))
                .efter(Map.of("version", lista.versionsnummer, "publicerad", true, "punkter", punkter.size(),
                        "pdfSha256", fil.sha256)));
        return lista;
    }

    /**
     * A new, unpublished version of a published agenda with the same items: changes go there.
     * {@code fran} names the published version it starts from, so that two secretaries do not both
     * make one.
     */
    @Transactional
    public Foredragningslista nyVersion(long sammantradeId, Integer fran) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        if (fran == null) {
            throw Valideringsfel.av("version", "Ange vilken publicerad version den nya utgår från.");
        }
        Foredragningslista senaste = Foredragningslista.senasteForAndring(s)
                .orElseThrow(() -> new Konflikt("Mötet har ingen föredragningslista ännu."));
        if (senaste.versionsnummer != fran) {
            throw new Konflikt("Den senaste versionen är " + senaste.versionsnummer + ", inte " + fran + ".");
        }
        if (!senaste.arPublicerad()) {
            throw new Konflikt("Version " + senaste.versionsnummer + " är inte publicerad: ändra i den.");
        }
        Foredragningslista ny = new Foredragningslista();
        ny.sammantrade = s;
        ny.versionsnummer = senaste.versionsnummer + 1;
        ny.persist();
        for (Dagordningspunkt p : senaste.punkter()) {
            Dagordningspunkt q = new Dagordningspunkt();
            q.lista = ny;
            q.ordning = p.ordning;
            q.rubrik = p.rubrik;
            q.utlatande = p.utlatande;
            q.arende = p.arende;
            q.beslutsforslag = p.beslutsforslag;
            q.persist();
        }
        granskning.logga(handelse("FOREDRAGNINGSLISTA_NY_VERSION", s, null)
                .fore(Map.of("version", senaste.versionsnummer, "publicerad", true))
                .efter(Map.of("version", ny.versionsnummer, "publicerad", false)));
        return ny;
    }

    /**
     * The agenda version changes go to: the newest, created as version 1 if there is none. A
     * published one is locked: the one place that refuses every change of a published agenda.
     */
    Foredragningslista utkastlista(Sammantrade s) {
        Foredragningslista lista = Foredragningslista.senasteForAndring(s).orElse(null);
        if (lista == null) {
            lista = new Foredragningslista();
            lista.sammantrade = s;
            lista.versionsnummer = 1;
            lista.persist();
            return lista;
        }
        if (lista.arPublicerad()) {
            throw new Konflikt("Föredragningslistan (version " + lista.versionsnummer + ") är publicerad och kan inte "
                    + "ändras. Skapa en ny version för ändringar.");
        }
        return lista;
    }

    // ---------------------------------------------------------------- Protokoll

    public record NyParagraf(Long punkt, Long arende, String rubrik, String beslutstext) {
    }

    public record ParagrafAndring(String rubrik, String beslutstext, String reservationer, String sarskildaUttalanden) {
    }

    public record ProtokollAndring(Long ordforande, Long justerare, List<Long> narvarande, String ovrigaNarvarande) {
    }

    /**
     * A new § with the next number of the nämnd's year: from an agenda item (its decision pre-filled
     * from the statement's förslag till beslut) or with a heading and decision of its own.
     */
    @Transactional
    public Paragraf nyParagraf(long sammantradeId, NyParagraf ny) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        if (ny == null) {
            throw Valideringsfel.av("punkt", "Välj en punkt på föredragningslistan eller skriv en rubrik och ett beslut.");
        }
        if (s.status == SammantradeStatus.INSTALLT || klocka.idag().isBefore(s.datum)) {
            throw new Konflikt(s.status == SammantradeStatus.INSTALLT ? "Sammanträdet är inställt."
                    : "Paragraferna skrivs vid eller efter sammanträdet (" + s.datum + ").");
        }
        Protokoll p = forAndring(s);
        Paragraf g = new Paragraf();
        g.protokoll = p;
        g.namnd = s.namnd;
        g.ar = s.datum.getYear();
        if (ny.punkt() != null) {
            Dagordningspunkt punkt = Dagordningspunkt.findById(ny.punkt());
            if (punkt == null || !punkt.lista.sammantrade.id.equals(s.id)) {
                throw Valideringsfel.av("punkt", "Punkten finns inte på mötets föredragningslista.");
            }
            if (p.paragrafer().stream().anyMatch(befintlig -> befintlig.beslutar(punkt))) {
                throw new Konflikt("Punkten har redan en § i protokollet.");
            }
            g.punkt = punkt;
            g.utlatande = punkt.utlatande;
            g.arende = punkt.arende;
            g.rubrik = blank(ny.rubrik()) ? punkt.rubrik : ny.rubrik().strip();
            g.beslutstext = blank(ny.beslutstext()) ? punkt.beslutsforslag : ny.beslutstext().strip();
        } else {
            if (ny.arende() != null) {
                Arende a = Arende.findById(ny.arende());
                if (a == null || !allmanAtkomst.ager(a.organisation)) {
                    throw Valideringsfel.av("arende", "Ärendet finns inte.");
                }
                g.arende = a;
            }
            g.rubrik = blank(ny.rubrik()) ? (g.arende == null ? null : g.arende.rubrik) : ny.rubrik().strip();
            g.beslutstext = blank(ny.beslutstext()) ? null : ny.beslutstext().strip();
        }
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        if (blank(g.rubrik)) {
            fel.fel("rubrik", "Skriv paragrafens rubrik.");
        }
        if (blank(g.beslutstext)) {
            fel.fel("beslutstext", "Skriv nämndens beslut.");
        }
        fel.kastaOmFel();
        kravLangd("rubrik", g.rubrik, MAX_RUBRIK);
        kravLangd("beslutstext", g.beslutstext, MAX_BESLUT);
        g.nummer = nummer.nasta(s.namnd.id, g.ar);
        g.persist();
        granskning.logga(handelse("PARAGRAF_SKAPAD", s, g.utlatande)
                .efter(Map.of("paragraf", g.beteckning(), "ar", g.ar, "rubrik", g.rubrik, "beslutstext", g.beslutstext)));
        return g;
    }

    /** Changes a § of a protokoll not yet sent for justering; absent fields are left as they are. */
    @Transactional
    public Paragraf andraParagraf(long sammantradeId, long paragrafId, ParagrafAndring a) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        Protokoll p = forAndring(s);
        Paragraf g = Paragraf.i(p, paragrafId).orElseThrow(() -> new se.remiss.plattform.HittasInte("Paragrafen finns inte."));
        if (a == null) {
            throw Valideringsfel.av("beslutstext", "Skicka det som ska ändras.");
        }
        Map<String, Object> fore = paragrafvarden(g);
        if (a.rubrik() != null) {
            kravIfyllt("rubrik", a.rubrik(), "Skriv paragrafens rubrik.");
            kravLangd("rubrik", a.rubrik(), MAX_RUBRIK);
            g.rubrik = a.rubrik().strip();
        }
        if (a.beslutstext() != null) {
            kravIfyllt("beslutstext", a.beslutstext(), "Skriv nämndens beslut.");
            kravLangd("beslutstext", a.beslutstext(), MAX_BESLUT);
            g.beslutstext = a.beslutstext().strip();
        }
        if (a.reservationer() != null) {
            kravLangd("reservationer", a.reservationer(), MAX_TEXT);
            g.reservationer = tomTillNull(a.reservationer());
        }
        if (a.sarskildaUttalanden() != null) {
            kravLangd("sarskildaUttalanden", a.sarskildaUttalanden(), MAX_TEXT);
            g.sarskildaUttalanden = tomTillNull(a.sarskildaUttalanden());
        }
        granskning.logga(handelse("PARAGRAF_ANDRAD", s, g.utlatande).fore(fore).efter(paragrafvarden(g)));
        return g;
    }

    /** Who chairs, who adjusts, who was present. */
    @Transactional
    public Protokoll andraProtokoll(long sammantradeId, ProtokollAndring a) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        Protokoll p = forAndring(s);
        if (a == null) {
            throw Valideringsfel.av("justerare", "Skicka det som ska ändras.");
        }
        Map<String, Object> fore = protokollvarden(p);
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        List<Namndledamot> ledamoter = Namndledamot.iNamnd(s.namnd);
        if (a.ordforande() != null) {
            Namndledamot l = ledamot(ledamoter, a.ordforande());
            if (l == null) {
                fel.fel("ordforande", "Välj ordförande bland nämndens ledamöter.");
            } else {
                p.ordforande = l.anvandare;
            }
        }
        if (a.justerare() != null) {
            Namndledamot l = ledamot(ledamoter, a.justerare());
            if (l == null || !l.kanJustera) {
                fel.fel("justerare", "Välj justerare bland nämndens ledamöter som kan justera.");
            } else {
                p.justerare = l.anvandare;
            }
        }
        if (a.narvarande() != null) {
            Set<Anvandare> narvarande = new LinkedHashSet<>();
            for (Long id : a.narvarande()) {
                Namndledamot l = id == null ? null : ledamot(ledamoter, id);
                if (l == null) {
                    fel.fel("narvarande", "Närvarande väljs bland nämndens ledamöter och ersättare.");
                    break;
                }
                narvarande.add(l.anvandare);
            }
            p.narvarande.clear();
            p.narvarande.addAll(narvarande);
        }
        if (a.ovrigaNarvarande() != null) {
            if (a.ovrigaNarvarande().length() > MAX_TEXT) {
                fel.fel("ovrigaNarvarande", "Högst " + MAX_TEXT + " tecken.");
            }
            p.ovrigaNarvarande = tomTillNull(a.ovrigaNarvarande());
        }
        fel.kastaOmFel();
        if (p.ordforande != null && p.justerare != null && p.ordforande.id.equals(p.justerare.id)) {
            throw Valideringsfel.av("justerare", "Ordföranden justerar redan; välj en annan ledamot som justerare.");
        }
        granskning.logga(handelse("PROTOKOLL_ANDRAT", s, null).fore(fore).efter(protokollvarden(p)));
        return p;
    }

    /** Renders the protokoll, locks it and hands it to ordförande and justerare for signing. */
    @Transactional
    public Protokoll tillJustering(long sammantradeId) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        Protokoll p = forAndring(s);
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        if (p.paragrafer().isEmpty()) {
            fel.fel("paragrafer", "Protokollet har inga paragrafer.");
        }
        if (p.ordforande == null) {
            fel.fel("ordforande", "Välj ordförande.");
        }
        if (p.justerare == null) {
            fel.fel("justerare", "Välj justerare.");
        }
        fel.kastaOmFel();
        byte[] pdf = dokument.protokoll(p);
        p.pdfSha256 = Fil.lagra(pdf).sha256;
        p.status = Protokollstatus.JUSTERAS;
        granskning.logga(handelse("PROTOKOLL_TILL_JUSTERING", s, null)
                .fore(Map.of("status", Protokollstatus.UTKAST.name()))
                .efter(Map.of("status", p.status.name(), "pdfSha256", p.pdfSha256, "paragrafer", p.paragrafer().size())));
        p.nastaJusterare().ifPresent(forste -> justeringstur.fire(new Justeringstur(p, forste)));
        return p;
    }

    /**
     * The signature of the one whose turn it is (ordförande, then justerare): one more PAdES
     * signature; after the last the protokoll is justerat – final – and its notice goes up.
     */
    @Transactional
    public Protokoll justera(long sammantradeId) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        Protokoll p = Protokoll.forAndring(s).orElseThrow(() -> new Konflikt("Mötet har inget protokoll ännu."));
        if (p.status != Protokollstatus.JUSTERAS) {
            throw new Konflikt(p.status == Protokollstatus.JUSTERAT ? "Protokollet är redan justerat."
                    : "Protokollet är inte lämnat för justering.");
        }
        Anvandare jag = inloggad.anvandare();
        Anvandare tur = p.nastaJusterare().orElseThrow(() -> new Konflikt("Alla har redan justerat."));
        if (!tur.id.equals(jag.id)) {
            throw new jakarta.ws.rs.ForbiddenException(p.justeringsordning().stream().anyMatch(a -> a.id.equals(jag.id))
                    ? "Det är inte din tur att justera: " + tur.namn + " undertecknar först."
                    : "Du är inte ordförande eller justerare för det här protokollet.");
        }
        List<Justering> fore = Justering.av(p);
        String roll = fore.isEmpty() ? Justering.ORDFORANDE : Justering.JUSTERARE;
        byte[] signerad = pipeline.signera(Fil.<Fil>findById(p.pdfSha256).innehall,
                new Undertecknare(jag.anvandarnamn, jag.namn, roll.equals(Justering.ORDFORANDE) ? "Ordförande" : "Justerare",
                        s.namnd.namn, s.namnd.kortnamn));
        Fil fil = Fil.lagra(signerad);
        Justering j = new Justering();
        j.protokoll = p;
        j.ordning = fore.size() + 1;
        j.anvandare = jag;
        j.roll = roll;
        j.pdfSha256 = fil.sha256;
        j.tidpunkt = klocka.nu();
        j.persist();
        String pdfFore = p.pdfSha256;
        p.pdfSha256 = fil.sha256;
        Map<String, Object> efter = new LinkedHashMap<>(Map.of("status", p.status.name(), "justeringar", j.ordning,
                "undertecknare", jag.anvandarnamn, "roll", roll, "pdfSha256", fil.sha256));
        if (j.ordning == p.justeringsordning().size()) {
            p.status = Protokollstatus.JUSTERAT;
            p.justerat = klocka.idag();
            // The notice goes up the day of justering (at the latest the second day after, KL 8:12).
            p.anslag = p.justerat;
            p.anslagNed = planering().anslagNedtas(p.anslag);
            efter.put("status", p.status.name());
            efter.put("justerat", p.justerat.toString());
            efter.put("anslag", p.anslag.toString());
            efter.put("anslagNed", p.anslagNed.toString());
        }
        granskning.logga(handelse("PROTOKOLL_JUSTERAT", s, null)
                .fore(Map.of("status", Protokollstatus.JUSTERAS.name(), "justeringar", fore.size(), "pdfSha256", pdfFore))
                .efter(efter));
        p.nastaJusterare().ifPresent(nasta -> justeringstur.fire(new Justeringstur(p, nasta)));
        return p;
    }

    /**
     * The protokoll of the meeting locked for a change, created on first use; the one place that
     * refuses every change once it has been sent for justering.
     */
    Protokoll forAndring(Sammantrade s) {
        Protokoll p = Protokoll.forAndring(s).orElse(null);
        if (p == null) {
            p = skapaProtokoll(s);
        }
        if (p.status != Protokollstatus.UTKAST) {
            throw new Konflikt(p.status == Protokollstatus.JUSTERAT ? "Protokollet är justerat och kan inte ändras."
                    : "Protokollet är lämnat för justering och kan inte ändras.");
        }
        return p;
    }

    /**
     * The meeting's protokoll on first use. Whoever creates it holds the meeting's row meanwhile, so
     * two secretaries writing the first § at once queue there and the second finds the first's.
     * Present: the nämnd's members on the day; ordförande: its ordförande.
     */
    private Protokoll skapaProtokoll(Sammantrade s) {
        // A JPA lock (PostgreSQL: FOR NO KEY UPDATE), so foreign-key checks on the meeting's row still pass.
        Sammantrade.getEntityManager().lock(s, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Protokoll finns = Protokoll.forAndring(s).orElse(null);
        if (finns != null) {
            return finns;
        }
        Protokoll ny = new Protokoll();
        ny.sammantrade = s;
        ny.skapad = klocka.nu();
        ny.sekreterare = inloggad.anvandare();
        for (Namndledamot l : Namndledamot.iNamnd(s.namnd)) {
            if (l.giltig(s.datum)) {
                ny.narvarande.add(l.anvandare);
                if (l.uppdrag == Uppdrag.ORDFORANDE && ny.ordforande == null) {
                    ny.ordforande = l.anvandare;
                }
            }
        }
        ny.persist();
        return ny;
    }

    // ---------------------------------------------------------------- Protokollsutdrag

    /** The secretary certifies the extract of one § ("Rätt utdraget intygar"): rendered and signed. */
    @Transactional
    public Paragraf intyga(long sammantradeId, long paragrafId) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        Protokoll p = Protokoll.forAndring(s).orElseThrow(() -> new se.remiss.plattform.HittasInte("Paragrafen finns inte."));
        Paragraf g = Paragraf.i(p, paragrafId).orElseThrow(() -> new se.remiss.plattform.HittasInte("Paragrafen finns inte."));
        if (p.status != Protokollstatus.JUSTERAT) {
            throw new Konflikt("Ett protokollsutdrag kan göras först när protokollet är justerat.");
        }
        if (g.utdragSha256 != null) {
            throw new Konflikt("Utdraget är redan intygat.");
        }
        Anvandare jag = inloggad.anvandare();
        byte[] pdf = dokument.utdrag(p, g, jag);
        byte[] signerad = pipeline.signera(pdf, new Undertecknare(jag.anvandarnamn, jag.namn, sekreterartitel(jag),
                s.namnd.namn, s.namnd.kortnamn));
        Fil fil = Fil.lagra(signerad);
        g.utdragSha256 = fil.sha256;
        g.utdragIntygatAv = jag;
        if (g.arende != null) {
            diarium.registreraHandling(g.arende, new DiariumService.NyHandling(Riktning.INTERN, HandlingTyp.PROTOKOLLSUTDRAG,
                    klocka.idag(), null, utdragstitel(p, g)), new DiariumService.Bilaga(utdragsfilnamn(g), "application/pdf", fil));
        }
        granskning.logga(handelse("PROTOKOLLSUTDRAG_INTYGAT", s, g.utlatande)
                .fore(Map.of("paragraf", g.beteckning(), "utdrag", false))
                .efter(Map.of("paragraf", g.beteckning(), "utdrag", true, "sha256", fil.sha256, "intygatAv", jag.anvandarnamn)));
        return g;
    }

    /**
     * Sends the certified extract to the remiss's sender: an inkommen handling in the sender's
     * ärende, and the recipient's answer "besvarad" with today's date and the appeal period's end.
     */
    @Transactional
    public Paragraf skicka(long sammantradeId, long paragrafId) {
        Sammantrade s = atkomst.sammantrade(sammantradeId);
        Protokoll p = Protokoll.forAndring(s).orElseThrow(() -> new se.remiss.plattform.HittasInte("Paragrafen finns inte."));
        Paragraf g = Paragraf.i(p, paragrafId).orElseThrow(() -> new se.remiss.plattform.HittasInte("Paragrafen finns inte."));
        if (g.utdragSha256 == null) {
            throw new Konflikt("Intyga protokollsutdraget först.");
        }
        if (g.utdragSkickat != null) {
            throw new Konflikt("Protokollsutdraget är redan skickat.");
        }
        Remissmottagare m = g.utlatande == null ? null : g.utlatande.mottagare;
        if (m == null || m.remiss.arende == null) {
            throw new Konflikt("Paragrafen svarar inte på en remiss och har ingen avsändare att skicka till.");
        }
        Fil fil = Fil.findById(g.utdragSha256);
        Handling hos = diarium.registreraHandling(m.remiss.arende, new DiariumService.NyHandling(Riktning.IN,
                HandlingTyp.PROTOKOLLSUTDRAG, klocka.idag(), m.organisation.namn,
                utdragstitel(p, g) + " (" + m.organisation.namn + ", dnr " + m.dnr() + ")"),
                new DiariumService.Bilaga(utdragsfilnamn(g), "application/pdf", fil));
        String statusFore = m.status.name();
        m.protokollInkommet(hos, klocka.idag(), planering().overklagandetidSlut(p.anslag), klocka.nu());
        remisser.uppdateraRemissstatus(m.remiss);
        g.utdragHandling = hos;
        g.utdragSkickat = klocka.nu();
        granskning.logga(handelse("PROTOKOLLSUTDRAG_SKICKAT", s, g.utlatande)
                .fore(Map.of("paragraf", g.beteckning(), "mottagarstatus", statusFore))
                .efter(Map.of("paragraf", g.beteckning(), "mottagarstatus", m.status.name(), "handling", hos.id,
                        "sha256", fil.sha256, "besvarad", klocka.idag().toString())));
        return g;
    }

    // ---------------------------------------------------------------- helpers

    static String rubrik(Utlatande u) {
        if (u.mottagare != null) {
            return "Remiss från " + u.mottagare.remiss.avsandare.namn + ": " + u.mottagare.remiss.titel;
        }
        return u.amne;
    }

    static String sekreterartitel(Anvandare a) {
        return a.titel == null || a.titel.isBlank() ? "Nämndsekreterare" : a.titel;
    }

    static String utdragstitel(Protokoll p, Paragraf g) {
        return "Protokollsutdrag " + g.beteckning() + " " + p.sammantrade.namnd.namn + " " + p.sammantrade.datum + " – "
                + g.rubrik;
    }

    /** Protokollsutdrag-2006-12.pdf (year and § number). */
    static String utdragsfilnamn(Paragraf g) {
        return Innehallsdisposition.filnamn("Protokollsutdrag", g.ar + "-" + g.nummer);
    }

    private static Namndledamot ledamot(List<Namndledamot> ledamoter, long anvandareId) {
        return ledamoter.stream().filter(l -> l.anvandare.id == anvandareId).findFirst().orElse(null);
    }

    private static Map<String, Object> paragrafvarden(Paragraf g) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("paragraf", g.beteckning());
        v.put("rubrik", g.rubrik);
        v.put("beslutstext", g.beslutstext);
        v.put("reservationer", g.reservationer == null ? "" : g.reservationer);
        v.put("sarskildaUttalanden", g.sarskildaUttalanden == null ? "" : g.sarskildaUttalanden);
        return v;
    }

    private static Map<String, Object> protokollvarden(Protokoll p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ordforande", p.ordforande == null ? "" : p.ordforande.anvandarnamn);
        v.put("justerare", p.justerare == null ? "" : p.justerare.anvandarnamn);
        List<String> narvarande = new ArrayList<>();
        p.narvarande.forEach(a -> narvarande.add(a.anvandarnamn));
        v.put("narvarande", String.join(", ", narvarande));
        v.put("ovrigaNarvarande", p.ovrigaNarvarande == null ? "" : p.ovrigaNarvarande);
        return v;
    }

    /** An audit event about a meeting, tied to the remiss its statement answers (if any) for the remiss's history. */
    static Handelse handelse(String handling, Sammantrade s, Utlatande u) {
        Long remiss = u == null || u.mottagare == null ? null : u.mottagare.remiss.id;
        return Handelse.av(handling, "Sammantrade", s.id).remiss(remiss)
                .beskrivning(s.namnd.namn + " " + s.datum);
    }

    private static void kravIfyllt(String falt, String varde, String meddelande) {
        if (blank(varde)) {
            throw Valideringsfel.av(falt, meddelande);
        }
    }

    private static void kravLangd(String falt, String varde, int max) {
        if (varde != null && varde.length() > max) {
            throw Valideringsfel.av(falt, "Högst " + max + " tecken.");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String tomTillNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Sammantradesplanering planering() {
        return new Sammantradesplanering(kalender);
    }

    /** Today for the views: the configured demonstration date or the Stockholm date. */
    LocalDate idag() {
        return klocka.idag();
    }

    Instant nu() {
        return klocka.nu();
    }
}
