package se.remiss.utlatande;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import se.remiss.anvandare.Anvandare;
import se.remiss.diarium.Arende;
import se.remiss.diarium.ArendeTyp;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.plattform.Faltfel;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.Mallhjalp;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.MottagarStatus;
import se.remiss.remiss.Remissmottagare;
import se.remiss.remiss.Utlatandeskede;

/**
 * Drafting a tjänsteutlåtande: create it pre-filled from the case, save explicitly (each save a new
 * version, a save from an older version refused), and mark it ready once it is complete.
 */
@ApplicationScoped
public class UtlatandeService {

    public static final int MAX_TEXT = 100_000;
    public static final int MAX_AMNE = 1000;

    @Inject
    Underlag underlag;

    @Inject
    UtlatandeRenderer renderer;

    @Inject
    Klocka klocka;

    @Inject
    Utlatandeatkomst atkomst;

    @Inject
    Granskning granskning;

    @Inject
    jakarta.enterprise.event.Event<Godkannandetur> godkannandetur;

    /** A new draft: for a remiss recipient ({@code mottagare}) or another case ({@code arende}). */
    public record Ny(Long mottagare, Long arende, String mall, Stallningstagande stallningstagande, LocalDate datum,
            List<Long> underskrifter) {
    }

    /** A save; null fields stay as they are. {@code version}: the version the change starts from. */
    public record Andring(Integer version, Stallningstagande stallningstagande, LocalDate datum, String amne,
            List<Long> underskrifter, Map<String, String> texter) {
    }

    @Transactional
    public Utlatande skapa(Ny ny) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        Underlag.Fall fall = fall(ny, fel);
        fel.kastaOmFel();
        Mallkatalog.Mall mall = mall(ny.mall(), fall, fel);
        List<Anvandare> underskrifter = underskrifter(ny.underskrifter(), fall, fel);
        fel.kastaOmFel();

        Utlatande u = new Utlatande();
        u.uid = UUID.randomUUID().toString();
        u.arende = fall.arende();
        u.mottagare = fall.mottagare();
        u.organisation = fall.namnd();
        u.mall = mall.namn();
        u.stallningstagande = ny.stallningstagande();
        u.datum = ny.datum() != null ? ny.datum() : klocka.idag();
        u.amne = Sprak.amne(fall.arRemiss() ? fall.mottagare().remiss.titel : fall.arende().rubrik);
        if (u.amne.length() > MAX_AMNE) {
            u.amne = u.amne.substring(0, MAX_AMNE);
        }
        u.handlaggare = fall.arRemiss() ? fall.mottagare().handlaggare : fall.arende().handlaggare;
        satt(u, underskrifter);
        u.versionsnummer = 1;
        u.skapad = klocka.nu();
        u.andrad = u.skapad;
        u.persist();
        versionera(u);
        granskning.logga(foljSkede(u, handelse("UTLATANDE_SKAPAT", u).efter(Map.of("mall", u.mall,
                "stallningstagande", u.stallningstagande == null ? "" : u.stallningstagande.name(), "version", 1))));
        return u;
    }

    @Transactional
    public Utlatande spara(String uid, Andring a) {
        Utlatande u = atkomst.hamtaForAndring(uid);
        if (a == null || a.version() == null) {
            throw Valideringsfel.av("version", "Ange vilken version ändringen utgår från (versionsnummer).");
        }
        kravUtkast(u);
        kravVersion(u, a.version());
        Underlag.Fall fall = underlag.forUtlatande(u);
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        Innehall nytt = innehall(u, fall, a, fel);
        fel.kastaOmFel();
        Innehall fore = Innehall.av(u);
        if (lika(fore, nytt)) {
            return u;
        }
        Map<String, Object> vardenFore = granskningsvarden(fore);
        Map<String, Object> vardenEfter = granskningsvarden(nytt);
        Set<String> oforandrade = new LinkedHashSet<>(vardenFore.keySet());
        oforandrade.addAll(vardenEfter.keySet());
        oforandrade.removeIf(k -> !Objects.equals(vardenFore.get(k), vardenEfter.get(k)));
        vardenFore.keySet().removeAll(oforandrade);
        vardenEfter.keySet().removeAll(oforandrade);
        vardenFore.put("version", u.versionsnummer);
        vardenEfter.put("version", u.versionsnummer + 1);
        u.stallningstagande = nytt.stallningstagande();
        u.datum = nytt.datum();
        u.amne = nytt.amne();
        satt(u, nytt.underskrifter());
        u.texter.clear();
        nytt.texter().forEach((k, v) -> {
            if (!Textformat.tom(v)) {
                u.texter.put(k, v);
            }
        });
        u.versionsnummer++;
        u.andrad = klocka.nu();
        versionera(u);
        granskning.logga(handelse("UTLATANDE_SPARAT", u).fore(vardenFore).efter(vardenEfter));
        return u;
    }

    /** Marks the draft "klar för godkännande", or answers with everything still missing. */
    @Transactional
    public Utlatande klar(String uid, Integer version) {
        Utlatande u = atkomst.hamtaForAndring(uid);
        kravUtkast(u);
        if (version != null) {
            kravVersion(u, version);
        }
        Vy vy = vy(u);
        if (!vy.brister().isEmpty()) {
            throw new Valideringsfel(vy.brister());
        }
        u.status = UtlatandeStatus.KLAR_FOR_GODKANNANDE;
        u.returorsak = null;
        u.returneradAv = null;
        u.andrad = klocka.nu();
        granskning.logga(foljSkede(u, handelse("UTLATANDE_KLART", u).fore(Map.of("status", UtlatandeStatus.UTKAST.name()))
                .efter(Map.of("status", u.status.name(), "version", u.versionsnummer))));
        u.nastaUndertecknare().ifPresent(forste -> godkannandetur.fire(new Godkannandetur(u, forste)));
        return u;
    }

    /** Back to draft, e.g. when the approver sends it back. */
    @Transactional
    public Utlatande ateroppna(String uid) {
        Utlatande u = atkomst.hamtaForAndring(uid);
        if (u.status == UtlatandeStatus.UTKAST) {
            throw new Konflikt("Utlåtandet är redan ett utkast.");
        }
        // Once a signatory has approved, only a signatory's return reopens it: an approved version never changes.
        if (u.status != UtlatandeStatus.KLAR_FOR_GODKANNANDE || !Godkannande.giltiga(u).isEmpty()) {
            throw new Konflikt("Utlåtandet är godkänt av en undertecknare och kan inte längre ändras. "
                    + "Bara undertecknaren vars tur det är kan returnera det.");
        }
        UtlatandeStatus fore = u.status;
        u.status = UtlatandeStatus.UTKAST;
        u.andrad = klocka.nu();
        granskning.logga(foljSkede(u, handelse("UTLATANDE_ATEROPPNAT", u).fore(Map.of("status", fore.name()))
                .efter(Map.of("status", u.status.name()))));
        return u;
    }

    /**
     * Renders {@code mall} for a case without creating a draft: empty sections, no stance, today's
     * date. For an administrator trying a template against real cases of the own organisation, or,
     * with no case given, against a made-up one.
     */
    public UtlatandeRenderer.Renderat prov(String mall, Long mottagare, Long arende) {
        if (renderer.mallar().mall(mall).isEmpty()) {
            throw new se.remiss.plattform.HittasInte("Mallen " + mall + " finns inte.");
        }
        if (mottagare == null && arende == null) {
            // No case chosen: the made-up complete remiss that every template is checked against on loading.
            return renderer.rendera(mall, Dokumentdata.provfall().get(0), Map.of(), true);
        }
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        Underlag.Fall fall = fall(new Ny(mottagare, arende, mall, null, null, null), fel);
        fel.kastaOmFel();
        Anvandare handlaggare = fall.arRemiss() ? fall.mottagare().handlaggare : fall.arende().handlaggare;
        Innehall tomt = new Innehall(null, klocka.idag(),
                Sprak.amne(fall.arRemiss() ? fall.mottagare().remiss.titel : fall.arende().rubrik), List.of(), Map.of(),
                handlaggare, UtlatandeStatus.UTKAST.etikett, 0);
        return renderer.rendera(mall, underlag.data(fall, tomt), Map.of(), true);
    }

    /**
     * The statement's "Förslag till beslut" as plain text (the nämnd's decision starts from it); ""
     * when the template cannot be rendered or has no such section.
     */
    public String forslagTillBeslut(Utlatande u) {
        Vy vy = vy(u);
        return vy.renderat() == null ? "" : Beslutsforslag.ur(vy.renderat().html());
    }

    /** The saved draft as it renders now. */
    public Vy vy(Utlatande u) {
        return vy(u, underlag.forUtlatande(u), Innehall.av(u));
    }

    /**
     * The draft with a change from the form applied but not saved (the live preview and a form shown
     * again). Fields that cannot be read are left as saved.
     */
    public Vy forhandsvisning(Utlatande u, Andring a) {
        Underlag.Fall fall = underlag.forUtlatande(u);
        return vy(u, fall, innehall(u, fall, a, new Valideringsfel.Samlare()));
    }

    Vy vy(Utlatande u, Underlag.Fall fall, Innehall innehall) {
        Citatupplosare upplosare = fall.upplosare();
        Map<String, String> html = new LinkedHashMap<>();
        innehall.texter().forEach((nyckel, text) -> html.put(nyckel, dokumenttext(text, upplosare)));
        Dokumentdata data = underlag.data(fall, innehall);
        UtlatandeRenderer.Renderat renderat = null;
        String mallfel = null;
        try {
            renderat = renderer.rendera(u.mall, data, html, true);
        } catch (Konflikt e) {
            mallfel = e.getMessage();
        }
        List<String> ordning = new ArrayList<>();
        if (renderat != null) {
            renderat.avsnitt().forEach(a -> ordning.add(a.nyckel()));
        }
        new TreeMap<>(innehall.texter()).keySet().stream().filter(k -> !ordning.contains(k)).forEach(ordning::add);
        Set<Citathanvisning> hanvisningar = new LinkedHashSet<>();
        ordning.forEach(k -> hanvisningar.addAll(Citathanvisning.i(innehall.texter().get(k))));
        List<Citatlage> citat = Citatlage.stam(new ArrayList<>(hanvisningar), upplosare, u.citat);
        List<Faltfel> brister = new ArrayList<>();
        if (mallfel != null) {
            brister.add(new Faltfel("mall", mallfel));
        }
        brister.addAll(Fullstandighet.brister(new Fullstandighet.Underlag(
                renderat == null ? List.of() : renderat.avsnitt(), innehall.texter(), citat, fall.arRemiss(),
                innehall.stallningstagande(), innehall.underskrifter().size(), u.arende.dnr, fall.arRemiss(),
                u.arende.motpartensDnr)));
        Map<String, String> rubriker = new LinkedHashMap<>();
        if (renderat != null) {
            renderat.avsnitt().forEach(a -> rubriker.put(a.nyckel(), a.rubrik()));
        }
        List<Vy.Citatlasning> lasningar = new ArrayList<>();
        ordning.forEach(k -> lasningar.addAll(lasningar(rubriker.getOrDefault(k, k), innehall.texter().get(k), upplosare)));
        return new Vy(u, fall, innehall, data, renderat, mallfel, citat, brister, lasningar);
    }

    /** The handläggare's text as the document's XHTML, each citation worded where it stands. */
    static String dokumenttext(String text, Citatupplosare upplosare) {
        return Textformat.html(text, st -> Citatform.html(upplosare.upplos(st.hanvisning()), st));
    }

    /**
     * Each citation of {@code text} with the line it stands in, rendered as the document reads it
     * (plain text): what the editor shows under "Så läses hänvisningarna".
     */
    static List<Vy.Citatlasning> lasningar(String rubrik, String text, Citatupplosare upplosare) {
        List<Vy.Citatlasning> lasningar = new ArrayList<>();
        if (text == null) {
            return lasningar;
        }
        for (String rad : Textformat.rensa(text).split("\n")) {
            List<Citathanvisning> i = Citathanvisning.i(rad);
            if (i.isEmpty()) {
                continue;
            }
            String html = dokumenttext(rad, upplosare);
            String lases = html.replaceAll("</p>|<br/>|</li>", " ").replaceAll("<[^>]+>", "").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                    .replaceAll("\\s+", " ").strip();
            i.forEach(h -> lasningar.add(new Vy.Citatlasning(rubrik, h.kod(), lases)));
        }
        return lasningar;
    }

    /**
     * The recipient's case follows its drafts: its stage is the furthest any draft of it has come,
     * and a case not yet under beredning becomes so. Returns {@code h} with what changed on the
     * recipient (stage, status) added to its before and after, so that one action stays one event.
     */
    Handelse foljSkede(Utlatande u, Handelse h) {
        if (u.mottagare == null) {
            return h;
        }
        Remissmottagare m = u.mottagare;
        Utlatandeskede skede = Utlatande.<Utlatande>list("mottagare", m).stream()
                .map(x -> x.status.skede).max(java.util.Comparator.naturalOrder()).orElse(null);
        Utlatandeskede skedeFore = m.utlatandeskede;
        MottagarStatus statusFore = m.status;
        if (skede == skedeFore) {
            return h;
        }
        m.foljUtlatande(skede, klocka.nu());
        Map<String, Object> fore = new LinkedHashMap<>(h.fore() == null ? Map.of() : h.fore());
        Map<String, Object> efter = new LinkedHashMap<>(h.efter() == null ? Map.of() : h.efter());
        fore.put("utlatandeskede", skedeFore == null ? "" : skedeFore.name());
        efter.put("utlatandeskede", skede == null ? "" : skede.name());
        if (m.status != statusFore) {
            fore.put("mottagarstatus", statusFore.name());
            efter.put("mottagarstatus", m.status.name());
        }
        return h.fore(fore).efter(efter);
    }

    /** An audit event about the draft, tied to its remiss (if any) so that it shows in the remiss's history. */
    static Handelse handelse(String handling, Utlatande u) {
        return Handelse.av(handling, "Utlatande", u.id).remiss(u.mottagare == null ? null : u.mottagare.remiss.id)
                .beskrivning(u.arende.dnr + ", " + u.mall);
    }

    /**
     * What a save changed, for the audit trail: the stance, date, subject and signatories as values,
     * the written sections by length (the text itself is in the version history).
     */
    private static Map<String, Object> granskningsvarden(Innehall i) {
        Map<String, Object> v = new TreeMap<>();
        v.put("stallningstagande", i.stallningstagande() == null ? null : i.stallningstagande().name());
        v.put("datum", i.datum() == null ? null : i.datum().toString());
        v.put("amne", i.amne());
        v.put("underskrifter", i.underskrifter().stream().map(p -> p.id).toList());
        i.texter().forEach((k, t) -> v.put("avsnitt." + k, t.length() + " tecken"));
        return v;
    }

    // --- reading input -------------------------------------------------------------------------

    private Underlag.Fall fall(Ny ny, Valideringsfel.Samlare fel) {
        if (ny.mottagare() == null && ny.arende() == null) {
            fel.fel("mottagare", "Ange mottagaren (id från /api/remisser/{id}) eller ärendet som utlåtandet svarar på.");
            return null;
        }
        if (ny.mottagare() != null) {
            Remissmottagare m = Remissmottagare.hamta(ny.mottagare()).orElse(null);
            if (m == null || !atkomst.farFall(m.organisation, "Remissmottagare", m.id)) {
                fel.fel("mottagare", "Okänd mottagare: " + ny.mottagare() + ".");
                return null;
            }
            if (m.arende == null) {
                fel.fel("mottagare", "Remissen har inte skickats till " + m.organisation.namn
                        + " än; utlåtandet skrivs när den har kommit in och fått ett diarienummer.");
                return null;
            }
            return underlag.forMottagare(m);
        }
        Arende arende = Arende.findById(ny.arende());
        if (arende == null || !atkomst.farFall(arende.organisation, "Arende", arende.id)) {
            fel.fel("arende", "Okänt ärende: " + ny.arende() + ".");
            return null;
        }
        if (arende.typ == ArendeTyp.REMISS_IN) {
            Remissmottagare m = Remissmottagare.<Remissmottagare>find("arende", arende).firstResult();
            if (m != null) {
                return underlag.forMottagare(m);
            }
        }
        if (arende.typ == ArendeTyp.REMISS_UT) {
            fel.fel("arende", "Ärendet är en utgående remiss; utlåtanden skrivs av mottagarna.");
            return null;
        }
        return underlag.forArende(arende);
    }

    private Mallkatalog.Mall mall(String namn, Underlag.Fall fall, Valideringsfel.Samlare fel) {
        String tillgangliga = renderer.mallar().forArendetyp(fall.arende().typ.name()).stream()
                .map(Mallkatalog.Mall::namn).collect(Collectors.joining(", "));
        if (namn == null || namn.isBlank()) {
            fel.fel("mall", "Välj mall. Tillgängliga: " + tillgangliga + ".");
            return null;
        }
        Mallkatalog.Mall mall = renderer.mallar().mall(namn.strip()).orElse(null);
        if (mall == null) {
            fel.fel("mall", "Okänd mall \"" + namn + "\". Tillgängliga: " + tillgangliga + ".");
        } else if (!mall.fungerar()) {
            fel.fel("mall", "Mallen \"" + mall.rubrik() + "\" innehåller ett fel och kan inte användas just nu. "
                    + "Administratören ser felet under Mallar.");
        } else if (!mall.passar(fall.arende().typ.name())) {
            fel.fel("mall", "Mallen \"" + mall.rubrik() + "\" är inte gjord för ärenden av typen "
                    + fall.arende().typ.etikett.toLowerCase() + ". Tillgängliga: " + tillgangliga + ".");
        }
        return mall;
    }

    private static List<Anvandare> underskrifter(List<Long> idn, Underlag.Fall fall, Valideringsfel.Samlare fel) {
        List<Anvandare> personer = new ArrayList<>();
        if (idn == null) {
            return personer;
        }
        List<Long> valda = idn.stream().filter(Objects::nonNull).distinct().toList();
        if (valda.size() > 2) {
            fel.fel("underskrifter", "Välj högst två undertecknare.");
            return personer;
        }
        List<Anvandare> mojliga = Anvandare.somKanHandlagga(fall.namnd());
        for (Long id : valda) {
            Anvandare a = mojliga.stream().filter(p -> p.id.equals(id)).findFirst().orElse(null);
            if (a == null) {
                fel.fel("underskrifter", "Användare " + id + " kan inte skriva under för " + fall.namnd().namn + ".");
            } else {
                personer.add(a);
            }
        }
        return personer;
    }

    /** The saved content with {@code a} applied; errors go to {@code fel}. */
    private Innehall innehall(Utlatande u, Underlag.Fall fall, Andring a, Valideringsfel.Samlare fel) {
        Innehall sparat = Innehall.av(u);
        if (a == null) {
            return sparat;
        }
        String amne = sparat.amne();
        if (a.amne() != null) {
            String rensat = Textformat.rensa(a.amne()).replaceAll("\\s+", " ");
            if (rensat.isBlank()) {
                fel.fel("amne", "Ämnet måste anges (det som följer på \"remissen om\").");
            } else if (rensat.length() > MAX_AMNE) {
                fel.fel("amne", "Ämnet får vara högst " + MAX_AMNE + " tecken.");
            } else {
                amne = rensat;
            }
        }
        List<Anvandare> underskrifter = sparat.underskrifter();
        if (a.underskrifter() != null) {
            Valideringsfel.Samlare egna = new Valideringsfel.Samlare();
            List<Anvandare> valda = underskrifter(a.underskrifter(), fall, egna);
            if (egna.tom()) {
                underskrifter = valda;
            } else {
                fel.fel("underskrifter", "Undertecknarna måste arbeta för " + fall.namnd().namn + " (högst två).");
            }
        }
        Map<String, String> texter = new TreeMap<>(sparat.texter());
        if (a.texter() != null) {
            Set<String> skrivbara = skrivbaraNycklar(u, fall, sparat);
            for (Map.Entry<String, String> e : a.texter().entrySet()) {
                String text = Textformat.rensa(e.getValue());
                if (!skrivbara.contains(e.getKey())) {
                    fel.fel("avsnitt." + e.getKey(), "Mallen har inget avsnitt \"" + e.getKey()
                            + "\" som handläggaren skriver. Avsnitt att skriva: " + String.join(", ", skrivbara) + ".");
                } else if (text != null && text.length() > MAX_TEXT) {
                    fel.fel("avsnitt." + e.getKey(), "Texten får vara högst " + MAX_TEXT + " tecken.");
                } else if (Textformat.tom(text)) {
                    texter.remove(e.getKey());
                } else {
                    texter.put(e.getKey(), text);
                }
            }
        }
        return new Innehall(a.stallningstagande() != null ? a.stallningstagande() : sparat.stallningstagande(),
                a.datum() != null ? a.datum() : sparat.datum(), amne, underskrifter, texter, sparat.handlaggare(),
                sparat.status(), sparat.version());
    }

    /** The keys of the sections the handläggare writes, from the template as it renders now. */
    private Set<String> skrivbaraNycklar(Utlatande u, Underlag.Fall fall, Innehall innehall) {
        Vy vy = vy(u, fall, innehall);
        if (vy.renderat() == null) {
            throw new Konflikt(vy.mallfel());
        }
        Set<String> nycklar = new LinkedHashSet<>();
        vy.skrivbaraAvsnitt().forEach(a -> nycklar.add(a.nyckel()));
        return nycklar;
    }

    // --- state ----------------------------------------------------------------------------------

    private static void kravUtkast(Utlatande u) {
        if (!u.arUtkast()) {
            throw new Konflikt("Utlåtandet är markerat " + u.status.etikett.toLowerCase()
                    + ". Återöppna det för att ändra.");
        }
    }

    private void kravVersion(Utlatande u, int version) {
        if (version == u.versionsnummer) {
            return;
        }
        if (version > u.versionsnummer || version < 1) {
            throw Valideringsfel.av("version", "Utlåtandet har ingen version " + version + " (senaste är "
                    + u.versionsnummer + ").");
        }
        Utlatandeversion fore = Utlatandeversion.nummer(u, version).orElseThrow();
        Utlatandeversion senaste = Utlatandeversion.nummer(u, u.versionsnummer).orElseThrow();
        Map<String, String> rubriker = rubriker(u);
        String andrat = Versionsjamforelse.mellan(fore, senaste, rubriker).stream()
                .map(Versionsjamforelse.Faltandring::etikett).collect(Collectors.joining(", "));
        String vem = senaste.sparadAv == null ? "någon annan" : senaste.sparadAv;
        throw new Sparkonflikt(u.uid, version, u.versionsnummer, "Utkastet har sparats av " + vem + " "
                + Mallhjalp.lokal(senaste.sparad) + " (version " + u.versionsnummer + ") sedan du utgick från version "
                + version + ". Ändrat sedan dess: " + (andrat.isEmpty() ? "ingenting i texten" : andrat)
                + ". Det du skickade är inte sparat – utgå från version " + u.versionsnummer
                + " och för in dina ändringar igen.");
    }

    /** Section headings of the draft's template, for naming changed sections. */
    Map<String, String> rubriker(Utlatande u) {
        return vy(u).rubriker();
    }

    private static void satt(Utlatande u, List<Anvandare> underskrifter) {
        u.underskrift1 = underskrifter.size() > 0 ? underskrifter.get(0) : null;
        u.underskrift2 = underskrifter.size() > 1 ? underskrifter.get(1) : null;
    }

    private static boolean lika(Innehall a, Innehall b) {
        return Objects.equals(a.stallningstagande(), b.stallningstagande()) && Objects.equals(a.datum(), b.datum())
                && Objects.equals(a.amne(), b.amne())
                && a.underskrifter().stream().map(p -> p.id).toList().equals(b.underskrifter().stream().map(p -> p.id).toList())
                && new TreeMap<>(a.texter()).equals(new TreeMap<>(b.texter()));
    }

    /** Keeps the current state as version {@code versionsnummer} and notes what its citations say now. */
    private void versionera(Utlatande u) {
        Underlag.Fall fall = underlag.forUtlatande(u);
        List<Citathanvisning> hanvisningar = new ArrayList<>();
        u.texter.values().forEach(t -> Citathanvisning.i(t).stream().filter(h -> !hanvisningar.contains(h))
                .forEach(hanvisningar::add));
        u.citat.clear();
        u.citat.addAll(Citatlage.ogonblicksbild(hanvisningar, fall.upplosare()));

        Utlatandeversion v = new Utlatandeversion();
        v.utlatande = u;
        v.nummer = u.versionsnummer;
        v.sparad = u.andrad;
        Anvandare vem = atkomst.vem();
        v.sparadAv = vem == null ? null : vem.namn;
        v.stallningstagande = u.stallningstagande;
        v.datum = u.datum;
        v.amne = u.amne;
        v.underskrifter = u.underskrifter().stream().map(p -> p.namn + (p.titel == null ? "" : ", " + p.titel))
                .collect(Collectors.joining("\n"));
        v.texter.putAll(u.texter);
        v.persist();
    }
}
