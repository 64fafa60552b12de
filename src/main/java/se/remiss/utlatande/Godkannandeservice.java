package se.remiss.utlatande;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.remiss.anvandare.Anvandare;
import se.remiss.diarium.DiariumService;
import se.remiss.diarium.Fil;
import se.remiss.diarium.Handling;
import se.remiss.diarium.HandlingTyp;
import se.remiss.diarium.Riktning;
import se.remiss.dokument.Dokumentpipeline;
import se.remiss.dokument.Undertecknare;
import se.remiss.granskning.Granskning;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.Nekad;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.Remissmottagare;

/**
 * After "klar för godkännande": the signatories approve in order, each approval a PAdES signature
 * over the previous bytes; the last makes the document final and files it in the recipient's
 * ärende; sending files it in the sender's ärende and moves the recipient to "utlåtande inskickat".
 */
@ApplicationScoped
public class Godkannandeservice {

    public static final int MAX_ORSAK = 2000;

    private final Utlatandeatkomst atkomst;
    private final UtlatandeService utlatanden;
    private final PdfRenderer pdf;
    private final Dokumentpipeline pipeline;
    private final DiariumService diarium;
    private final Granskning granskning;
    private final Klocka klocka;
    private final jakarta.enterprise.event.Event<Godkannandetur> godkannandetur;

    Godkannandeservice(Utlatandeatkomst atkomst, UtlatandeService utlatanden, PdfRenderer pdf, Dokumentpipeline pipeline,
            DiariumService diarium, Granskning granskning, Klocka klocka,
            jakarta.enterprise.event.Event<Godkannandetur> godkannandetur) {
        this.godkannandetur = godkannandetur;
        this.atkomst = atkomst;
        this.utlatanden = utlatanden;
        this.pdf = pdf;
        this.pipeline = pipeline;
        this.diarium = diarium;
        this.granskning = granskning;
        this.klocka = klocka;
    }

    /** Approves version {@code version} as the signatory whose turn it is, and signs it. */
    @Transactional
    public Utlatande godkann(String uid, Integer version) {
        Utlatande u = atkomst.hamtaForAndring(uid);
        Anvandare jag = kravTur(u, version);
        Vy vy = utlatanden.vy(u);
        if (vy.renderat() == null) {
            throw new Konflikt(vy.mallfel());
        }
        String innehall = Fil.sha256(vy.renderat().html().getBytes(StandardCharsets.UTF_8));
        List<Godkannande> fore = Godkannande.giltiga(u);
        if (!fore.isEmpty() && !fore.get(0).innehallSha256.equals(innehall)) {
            // The rendering changed under the first approval (e.g. a new programme version behind a citation).
            throw new Konflikt("Dokumentet ser inte längre ut som när det första godkännandet gavs. "
                    + "Returnera det till handläggaren.");
        }
        byte[] underlag = fore.isEmpty() ? pdf.pdf(vy, false)
                : Fil.<Fil>findById(fore.get(fore.size() - 1).pdfSha256).innehall;
        byte[] signerad = pipeline.signera(underlag, undertecknare(jag, u));
        Fil fil = Fil.lagra(signerad);

        Godkannande g = new Godkannande();
        g.utlatande = u;
        g.versionsnummer = u.versionsnummer;
        g.innehallSha256 = innehall;
        g.ordning = fore.size() + 1;
        g.undertecknare = jag;
        g.pdfSha256 = fil.sha256;
        g.tidpunkt = klocka.nu();
        g.persist();

        UtlatandeStatus statusFore = u.status;
        boolean sista = g.ordning == u.godkannandeordning().size();
        if (sista) {
            u.status = UtlatandeStatus.GODKAND;
            u.slutligHandling = diarium.registreraHandling(u.arende, new DiariumService.NyHandling(Riktning.INTERN,
                    HandlingTyp.UTLATANDE, klocka.idag(), null, titel(u)),
                    new DiariumService.Bilaga(PdfRenderer.filnamn(vy), "application/pdf", fil));
        }
        u.andrad = klocka.nu();
        // One event for approving and signing: they happen together or not at all.
        granskning.logga(utlatanden.foljSkede(u, UtlatandeService.handelse("UTLATANDE_GODKANT", u)
                .fore(Map.of("status", statusFore.name(), "godkannanden", fore.size(),
                        "pdfSha256", fore.isEmpty() ? "" : fore.get(fore.size() - 1).pdfSha256))
                .efter(Map.of("status", u.status.name(), "godkannanden", g.ordning, "version", g.versionsnummer,
                        "innehallSha256", innehall, "pdfSha256", fil.sha256, "undertecknare", jag.anvandarnamn))));
        if (!sista) {
            u.nastaUndertecknare().ifPresent(nasta -> godkannandetur.fire(new Godkannandetur(u, nasta)));
        }
        return u;
    }

    /** Returns it to the handläggare with a reason; the approvals given so far lapse. */
    @Transactional
    public Utlatande returnera(String uid, Integer version, String orsak) {
        Utlatande u = atkomst.hamtaForAndring(uid);
        if (orsak == null || orsak.isBlank()) {
            throw Valideringsfel.av("orsak", "Skriv varför utlåtandet returneras.");
        }
        if (orsak.length() > MAX_ORSAK) {
            throw Valideringsfel.av("orsak", "Orsaken får vara högst " + MAX_ORSAK + " tecken.");
        }
        Anvandare jag = kravTur(u, version);
        List<Godkannande> giltiga = Godkannande.giltiga(u);
        Instant nu = klocka.nu();
        giltiga.forEach(g -> g.upphavd = nu);
        u.status = UtlatandeStatus.UTKAST;
        u.returorsak = orsak.strip();
        u.returneradAv = jag.namn;
        u.andrad = nu;
        granskning.logga(utlatanden.foljSkede(u, UtlatandeService.handelse("UTLATANDE_RETURNERAT", u)
                .fore(Map.of("status", UtlatandeStatus.KLAR_FOR_GODKANNANDE.name(), "godkannanden", giltiga.size()))
                .efter(Map.of("status", u.status.name(), "godkannanden", 0, "orsak", u.returorsak))));
        return u;
    }

    /**
     * Sends the signed final to the remiss's sender: an inkommen handling in the sender's ärende
     * with the recipient's dnr beside it, and the recipient's status "utlåtande inskickat".
     */
    @Transactional
    public Utlatande skicka(String uid) {
        Utlatande u = atkomst.hamtaForAndring(uid);
        if (u.status != UtlatandeStatus.GODKAND || u.slutligHandling == null) {
            throw new Konflikt(u.status == UtlatandeStatus.INSKICKAD ? "Utlåtandet är redan inskickat."
                    : "Bara ett utlåtande som alla undertecknare har godkänt kan skickas.");
        }
        Remissmottagare m = u.mottagare;
        if (m == null || m.remiss.arende == null) {
            throw new Konflikt("Utlåtandet svarar inte på en remiss och har ingen avsändare att skicka till.");
        }
        Handling egen = u.slutligHandling;
        Fil fil = Fil.findById(egen.sha256);
        Handling hos = diarium.registreraHandling(m.remiss.arende, new DiariumService.NyHandling(Riktning.IN,
                HandlingTyp.UTLATANDE, klocka.idag(), m.organisation.namn,
                titel(u) + " (" + m.organisation.namn + ", dnr " + m.dnr() + ")"),
                new DiariumService.Bilaga(egen.filnamn, egen.mimetyp, fil));
        String statusFore = m.status.name();
        m.utlatandeInskickat(hos, klocka.idag(), klocka.nu());
        u.status = UtlatandeStatus.INSKICKAD;
        u.inskickad = klocka.nu();
        u.andrad = u.inskickad;
        granskning.logga(utlatanden.foljSkede(u, UtlatandeService.handelse("UTLATANDE_SKICKAT", u)
                .fore(Map.of("status", UtlatandeStatus.GODKAND.name(), "mottagarstatus", statusFore))
                .efter(Map.of("status", u.status.name(), "mottagarstatus", m.status.name(),
                        "handling", hos.id, "sha256", fil.sha256))));
        return u;
    }

    /**
     * What "the PDF" of a draft is: the signed final once every signatory approved (the bytes filed,
     * never rendered again), until then the current rendering stamped "Utkast – ej godkänt".
     */
    public byte[] dokument(Vy vy) {
        Utlatande u = vy.utlatande();
        if (u.slutligHandling != null) {
            return Fil.<Fil>findById(u.slutligHandling.sha256).innehall;
        }
        UtlatandeApiResource.kravRenderat(vy);
        return pdf.pdf(vy, true);
    }

    private Anvandare kravTur(Utlatande u, Integer version) {
        if (version == null) {
            throw Valideringsfel.av("version", "Ange vilken version du godkänner (versionsnummer).");
        }
        if (u.status != UtlatandeStatus.KLAR_FOR_GODKANNANDE) {
            throw new Konflikt("Utlåtandet väntar inte på godkännande (status: " + u.status.etikett.toLowerCase() + ").");
        }
        Anvandare jag = atkomst.vem();
        Anvandare tur = u.nastaUndertecknare().orElseThrow(() -> new Konflikt("Alla har redan godkänt."));
        if (!tur.id.equals(jag.id)) {
            throw new Nekad(u.inteDinTur(jag));
        }
        if (version != u.versionsnummer) {
            throw new Konflikt("Du godkänner version " + version + " men utlåtandet är version " + u.versionsnummer
                    + ". Läs den senaste versionen först.");
        }
        return jag;
    }

    private static Undertecknare undertecknare(Anvandare p, Utlatande u) {
        return new Undertecknare(p.anvandarnamn, p.namn, p.titel, u.organisation.namn, u.organisation.kortnamn);
    }

    private static String titel(Utlatande u) {
        return PdfRenderer.DOKUMENTTYP + " – " + u.amne;
    }
}
