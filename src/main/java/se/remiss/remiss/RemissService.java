package se.remiss.remiss;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import se.remiss.anvandare.Anvandare;
import se.remiss.diarium.Arende;
import se.remiss.diarium.ArendeTyp;
import se.remiss.diarium.DiariumService;
import se.remiss.diarium.DiariumService.Bilaga;
import se.remiss.diarium.DiariumService.NyHandling;
import se.remiss.diarium.DiariumService.NyttArende;
import se.remiss.diarium.Fil;
import se.remiss.diarium.Filnamn;
import se.remiss.diarium.Handling;
import se.remiss.diarium.HandlingTyp;
import se.remiss.diarium.Riktning;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.kalender.SvenskKalender;
import se.remiss.organisation.Diarieserie;
import se.remiss.organisation.Grupp;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.Valideringsfel;
import se.remiss.sakerhet.Atkomst;

/**
 * Registering and sending remisser: the use cases that span the remiss, its recipients and the
 * diaria of sender and recipients.
 */
@ApplicationScoped
public class RemissService {

    @Inject
    Granskning granskning;

    @Inject
    Atkomst atkomst;

    @Inject
    DiariumService diarium;

    @Inject
    SvenskKalender kalender;

    @Inject
    Klocka klocka;

    @Inject
    jakarta.enterprise.event.Event<Mottagarhandelse> handelser;

    /** A registered remiss and the warnings its deadlines raised. */
    public record Registrerad(Remiss remiss, List<Fristkontroll.Varning> varningar) {
    }

    /** Validates and registers a remiss as a draft; {@code datum} is the registration day. */
    @Transactional
    public Registrerad registrera(RemissRegistrering r, LocalDate datum) {
        Registrerad registrerad = registreraUtkast(r, datum);
        granskning.logga(registrerad(registrerad.remiss(), null));
        return registrerad;
    }

    private Registrerad registreraUtkast(RemissRegistrering r, LocalDate datum) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        fel.text("titel", r.titel(), 500, "Titel");
        fel.valfriText("beskrivning", r.beskrivning(), 10000, "Beskrivning");
        fel.valfriText("avsandarensDnr", r.avsandarensDnr(), 80, "Avsändarens diarienummer");
        fel.valfriText("kod", r.kod(), 40, "Klassificeringskod");
        Organisation avsandare = null;
        if (r.avsandare() == null) {
            fel.fel("avsandare", "Välj avsändare.");
        } else {
            avsandare = Organisation.findById(r.avsandare());
            if (avsandare == null) {
                fel.fel("avsandare", "Okänd organisation: " + r.avsandare() + ".");
            } else if (!avsandare.aktiv) {
                fel.fel("avsandare", avsandare.namn + " är inaktiverad.");
            } else if (blank(r.avsandarensDnr()) && Diarieserie.somRegistrerarFor(avsandare).isEmpty()) {
                fel.fel("avsandare", avsandare.namn + " har ingen diarieserie – ange avsändarens diarienummer.");
            }
        }
        Fristkontroll.kontrollera(r.sistaDagKontorsutlatande(), r.sistaDagNamndprotokoll(), datum, "", fel);
        List<Organisation> mottagare = mottagare(r.mottagare(), avsandare, fel);
        fel.kastaOmFel();

        NyttArende nytt = new NyttArende(ArendeTyp.REMISS_UT, r.titel().strip(), null, null, r.kod(), datum);
        Arende arende = blank(r.avsandarensDnr())
                ? diarium.registrera(avsandare, nytt)
                : diarium.registreraMedDnr(avsandare, r.avsandarensDnr(), nytt, "avsandarensDnr");

        Remiss remiss = new Remiss();
        remiss.titel = r.titel().strip();
        remiss.beskrivning = blank(r.beskrivning()) ? null : r.beskrivning().strip();
        remiss.avsandare = avsandare;
        remiss.arende = arende;
        remiss.sistaDagKontorsutlatande = r.sistaDagKontorsutlatande();
        remiss.sistaDagNamndprotokoll = r.sistaDagNamndprotokoll();
        remiss.registrerad = datum;
        remiss.skapad = klocka.nu();
        remiss.persist();
        for (Organisation organisation : mottagare) {
            laggTill(remiss, organisation);
        }
        Synlighet.uppdatera(remiss.id);
        return new Registrerad(remiss, Fristkontroll.varningar(kalender, remiss.sistaDagKontorsutlatande,
                remiss.sistaDagNamndprotokoll, ""));
    }

    /**
     * Registers a remiss together with its first document, both or neither; {@code dokument} is
     * read inside the transaction and may be null.
     */
    @Transactional
    public Remiss registreraMedDokument(RemissRegistrering r, LocalDate datum, Supplier<Bilaga> dokument,
            String dokumenttitel) {
        if (dokumenttitel != null && dokumenttitel.length() > 500) {
            throw Valideringsfel.av("dokumenttitel", "Dokumentets titel får vara högst 500 tecken.");
        }
        Remiss remiss = registreraUtkast(r, datum).remiss();
        Handling h = dokument == null ? null : lagraDokument(remiss, dokument.get(), dokumenttitel, datum);
        granskning.logga(registrerad(remiss, h));
        return remiss;
    }

    private static Handelse registrerad(Remiss remiss, Handling dokument) {
        Map<String, Object> efter = new LinkedHashMap<>();
        efter.put("titel", remiss.titel);
        efter.put("avsandare", remiss.avsandare.namn);
        efter.put("dnr", remiss.dnr());
        efter.put("sistaDagKontorsutlatande", remiss.sistaDagKontorsutlatande);
        efter.put("sistaDagNamndprotokoll", remiss.sistaDagNamndprotokoll);
        efter.put("mottagare", remiss.mottagare.stream().map(m -> m.organisation.namn).toList());
        if (dokument != null) {
            efter.put("dokument", dokument.titel);
        }
        return Handelse.av("REMISS_REGISTRERAD", "Remiss", remiss.id).remiss(remiss.id).efter(efter);
    }

    /** Adds recipients (organisations or groups) to a draft; ones already there are skipped. */
    @Transactional
    public int laggTillMottagare(long remissId, List<Long> ids) {
        Remiss remiss = utkast(remissId);
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        List<Organisation> nya = mottagare(ids, remiss.avsandare, fel);
        fel.kastaOmFel();
        Set<Long> befintliga = new LinkedHashSet<>();
        remiss.mottagare.forEach(m -> befintliga.add(m.organisation.id));
        List<String> tillagda = new ArrayList<>();
        for (Organisation organisation : nya) {
            if (befintliga.add(organisation.id)) {
                laggTill(remiss, organisation);
                tillagda.add(organisation.namn);
            }
        }
        granskning.logga(Handelse.av("MOTTAGARE_TILLAGDA", "Remiss", remiss.id).remiss(remiss.id)
                .efter(Map.of("tillagda", tillagda)));
        return tillagda.size();
    }

    @Transactional
    public void taBortMottagare(long remissId, long mottagareId) {
        Remiss remiss = utkast(remissId);
        Remissmottagare m = Remissmottagare.findById(mottagareId);
        if (m == null || !m.remiss.id.equals(remiss.id)) {
            throw new HittasInte("Mottagaren finns inte på remissen.");
        }
        granskning.logga(Handelse.av("MOTTAGARE_BORTTAGEN", "Remissmottagare", m.id).remiss(remiss.id)
                .fore(Map.of("organisation", m.organisation.namn, "sistaDagKontorsutlatande", m.sistaDagKontorsutlatande,
                        "sistaDagNamndprotokoll", m.sistaDagNamndprotokoll)));
        remiss.mottagare.remove(m);
        m.delete();
    }

    /** Overrides one recipient's deadlines before the remiss is sent. */
    @Transactional
    public List<Fristkontroll.Varning> andraFrister(long remissId, long mottagareId, LocalDate kontorsutlatande,
            LocalDate namndprotokoll, Long version) {
        Remiss remiss = utkast(remissId);
        Remissmottagare m = Remissmottagare.findById(mottagareId);
        if (m == null || !m.remiss.id.equals(remiss.id)) {
            throw new HittasInte("Mottagaren finns inte på remissen.");
        }
        if (version != null && version != m.version) {
            throw new Konflikt("Mottagarens frister har ändrats av någon annan. Ladda om sidan och försök igen.");
        }
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        Fristkontroll.kontrollera(kontorsutlatande, namndprotokoll, klocka.idag(), "", fel);
        fel.kastaOmFel();
        granskning.logga(Handelse.av("FRISTER_ANDRADE", "Remissmottagare", m.id).remiss(remiss.id)
                .beskrivning(m.organisation.namn)
                .fore(Map.of("sistaDagKontorsutlatande", m.sistaDagKontorsutlatande, "sistaDagNamndprotokoll", m.sistaDagNamndprotokoll))
                .efter(Map.of("sistaDagKontorsutlatande", kontorsutlatande, "sistaDagNamndprotokoll", namndprotokoll)));
        m.sistaDagKontorsutlatande = kontorsutlatande;
        m.sistaDagNamndprotokoll = namndprotokoll;
        return Fristkontroll.varningar(kalender, kontorsutlatande, namndprotokoll, "");
    }

    @Transactional
    public Handling laggTillDokument(long remissId, Bilaga bilaga, String titel, LocalDate datum) {
        return laggTillDokument(remissId, () -> bilaga, titel, datum);
    }

    /**
     * Stores the document and registers it in the remiss, both or neither: {@code dokument} is
     * read inside the transaction, after the remiss and the title have been checked.
     */
    @Transactional
    public Handling laggTillDokument(long remissId, Supplier<Bilaga> dokument, String titel, LocalDate datum) {
        Remiss remiss = Remiss.<Remiss>findByIdOptional(remissId)
                .orElseThrow(() -> new HittasInte("Remissen finns inte."));
        Handling h = lagraDokument(remiss, dokument, titel, datum);
        granskning.logga(Handelse.av("DOKUMENT_TILLAGT", "Handling", h.id).remiss(remiss.id)
                .efter(Map.of("titel", h.titel, "sha256", h.sha256 == null ? "" : h.sha256)));
        return h;
    }

    private Handling lagraDokument(Remiss remiss, Bilaga bilaga, String titel, LocalDate datum) {
        return lagraDokument(remiss, () -> bilaga, titel, datum);
    }

    private Handling lagraDokument(Remiss remiss, Supplier<Bilaga> dokument, String titel, LocalDate datum) {
        if (!remiss.arUtkast()) {
            // The recipients have received what was sent; a supplement would be a new sending.
            throw new Konflikt("Remissen är redan skickad; remisshandlingarna kan inte längre ändras.");
        }
        if (titel != null && titel.length() > 500) {
            throw Valideringsfel.av("titel", "Titel får vara högst 500 tecken.");
        }
        Bilaga bilaga = dokument.get();
        // No title given: the file's name made readable, never a storage name like "004_6ccf7e47d8c4a9f6.txt".
        String rubrik = blank(titel) ? Filnamn.titel(bilaga.filnamn()) : titel.strip();
        return diarium.registreraHandling(remiss.arende, new NyHandling(Riktning.UT, HandlingTyp.REMISSHANDLING,
                datum, null, rubrik), bilaga);
    }

    /**
     * Sends the remiss: registers it in every recipient's diarium as an incoming ärende with the
     * recipient's own dnr (the sender's dnr kept beside it) and the remitted documents as
     * incoming handlingar. All or nothing.
     */
    @Transactional
    public Remiss skicka(long remissId, LocalDate datum, Long version) {
        Remiss remiss = Remiss.<Remiss>findByIdOptional(remissId)
                .orElseThrow(() -> new HittasInte("Remissen finns inte."));
        if (version != null && version != remiss.version) {
            throw new Konflikt("Remissen har ändrats av någon annan. Ladda om sidan och försök igen.");
        }
        if (!remiss.arUtkast()) {
            throw new Konflikt("Remissen är redan skickad (" + remiss.skickad + ").");
        }
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        List<Remissmottagare> mottagare = new ArrayList<>(Remissmottagare.matris(remiss));
        if (mottagare.isEmpty()) {
            fel.fel("mottagare", "Lägg till minst en mottagare innan remissen skickas.");
        }
        List<Handling> dokument = remiss.dokument();
        if (dokument.isEmpty()) {
            fel.fel("dokument", "Bifoga remisshandlingen innan remissen skickas.");
        }
        // Each recipient's series is looked up once (one query each), not again inside the sort's comparator.
        Map<Remissmottagare, Long> serie = new HashMap<>();
        for (Remissmottagare m : mottagare) {
            if (m.sistaDagKontorsutlatande.isBefore(datum) || m.sistaDagNamndprotokoll.isBefore(datum)) {
                fel.fel("mottagare", "Fristen för " + m.organisation.namn + " har redan passerat. Ändra fristerna först.");
            }
            Diarieserie.somRegistrerarFor(m.organisation).ifPresentOrElse(d -> serie.put(m, d.id),
                    () -> fel.fel("mottagare", m.organisation.namn + " har ingen diarieserie."));
        }
        fel.kastaOmFel();

        // Number in series order, so that two sends never wait for each other's counters in a cycle.
        mottagare.sort(Comparator.comparing(serie::get));
        for (Remissmottagare m : mottagare) {
            m.arende = diarium.registrera(m.organisation, new NyttArende(ArendeTyp.REMISS_IN, remiss.titel,
                    remiss.avsandare.namn, remiss.dnr(), null, datum));
            for (Handling d : dokument) {
                Handling kopia = diarium.registreraHandling(m.arende, new NyHandling(Riktning.IN,
                        HandlingTyp.REMISSHANDLING, datum, remiss.avsandare.namn, d.titel),
                        d.harFil() ? new Bilaga(d.filnamn, d.mimetyp, Fil.findById(d.sha256)) : null);
                if (d.arSekretess()) {
                    // An unmarked copy would show the title and file to the recipient's läsare.
                    diarium.overforSekretess(d, kopia, datum);
                }
            }
            m.status = MottagarStatus.SKICKAD;
            m.statusAndrad = klocka.nu();
            handelser.fire(new Mottagarhandelse(Mottagarhandelse.Typ.ANKOMMEN, m));
        }
        diarium.registreraHandling(remiss.arende, new NyHandling(Riktning.UT, HandlingTyp.UTSKICK, datum,
                mottagare.size() + " mottagare", "Remissen skickad till " + mottagare.size() + " mottagare"), null);
        remiss.status = RemissStatus.SKICKAD;
        remiss.skickad = datum;
        // The recipients' units see it from now on, in the same transaction as the sending.
        Synlighet.uppdatera(remiss.id);
        granskning.logga(Handelse.av("REMISS_SKICKAD", "Remiss", remiss.id).remiss(remiss.id)
                .fore(Map.of("status", RemissStatus.UTKAST))
                .efter(Map.of("status", RemissStatus.SKICKAD, "skickad", datum,
                        "mottagare", mottagare.stream().map(m -> m.organisation.namn + " " + m.dnr()).toList())));
        return remiss;
    }

    /** The recipient's registrator acknowledges receipt. */
    @Transactional
    public Remissmottagare taEmot(long mottagareId, Long version) {
        Remissmottagare m = mottagare(mottagareId, version);
        MottagarStatus fore = m.status;
        m.bytStatus(MottagarStatus.MOTTAGEN, klocka.nu());
        granskning.logga(statusbyte("REMISS_MOTTAGEN", m, fore));
        return m;
    }

    /** The recipient's registrator gives the case to a handläggare of the recipient's office. */
    @Transactional
    public Remissmottagare tilldela(long mottagareId, Long handlaggareId, Long version) {
        Remissmottagare m = mottagare(mottagareId, version);
        if (handlaggareId == null) {
            throw Valideringsfel.av("handlaggare", "Välj en handläggare.");
        }
        Anvandare person = Anvandare.findById(handlaggareId);
        // One answer for an unknown id and another organisation's person, naming nobody: the id
        // must not tell who exists elsewhere. Trying someone of another organisation is recorded.
        if (person == null || !Objects.equals(person.organisation.kansli().id, m.organisation.kansli().id)) {
            if (person != null) {
                atkomst.registreraNekad("Anvandare", person.id);
            }
            throw Valideringsfel.av("handlaggare", Remissmottagare.EJ_HANDLAGGARE);
        }
        String tidigare = m.handlaggare == null ? "" : m.handlaggare.anvandarnamn;
        MottagarStatus fore = m.status;
        m.tilldela(person, klocka.nu());
        handelser.fire(new Mottagarhandelse(Mottagarhandelse.Typ.TILLDELAD, m));
        granskning.logga(Handelse.av("HANDLAGGARE_TILLDELAD", "Remissmottagare", m.id).remiss(m.remiss.id)
                .fore(Map.of("handlaggare", tidigare, "status", fore))
                .efter(Map.of("handlaggare", person.anvandarnamn, "status", m.status)));
        return m;
    }

    /** Moves a recipient along its workflow; closes the remiss when the last answer is in. */
    @Transactional
    public Remissmottagare andraStatus(long mottagareId, MottagarStatus ny, Long version) {
        if (ny == null) {
            throw Valideringsfel.av("status", "Välj en status.");
        }
        Remissmottagare m = mottagare(mottagareId, version);
        MottagarStatus fore = m.status;
        m.bytStatus(ny, klocka.nu());
        if (ny == MottagarStatus.BESVARAD) {
            m.protokollInkommet = klocka.idag();
        }
        uppdateraRemissstatus(m.remiss);
        granskning.logga(statusbyte("STATUS_ANDRAD", m, fore));
        return m;
    }

    /** Answered without a meeting, under delegation: who decided under which delegation, and when. */
    @Transactional
    public Remissmottagare delegationsbeslut(long mottagareId, String beslutadAv, String delegation, String datum,
            Long version) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        fel.text("beslutadAv", beslutadAv, 200, "Vem som beslutade");
        fel.text("delegation", delegation, 500, "Delegationen");
        LocalDate dag = beslutsdag(fel, datum);
        fel.kastaOmFel();
        Remissmottagare m = mottagare(mottagareId, version);
        MottagarStatus fore = m.status;
        m.besvaradPaDelegation(beslutadAv.strip(), delegation.strip(), dag, klocka.nu());
        uppdateraRemissstatus(m.remiss);
        granskning.logga(Handelse.av("DELEGATIONSBESLUT", "Remissmottagare", m.id).remiss(m.remiss.id)
                .beskrivning(m.organisation.namn).fore(Map.of("status", fore))
                .efter(Map.of("status", m.status, "svarsform", m.svarsform, "beslutadAv", m.beslutadAv,
                        "delegation", m.delegation, "besvarad", m.besvarad)));
        return m;
    }

    /** The recipient declines to answer, with its reason. */
    @Transactional
    public Remissmottagare avsta(long mottagareId, String orsak, Long version) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        fel.text("orsak", orsak, 2000, "Orsaken");
        fel.kastaOmFel();
        Remissmottagare m = mottagare(mottagareId, version);
        MottagarStatus fore = m.status;
        m.avstar(orsak.strip(), klocka.idag(), klocka.nu());
        uppdateraRemissstatus(m.remiss);
        granskning.logga(Handelse.av("MOTTAGARE_AVSTAR", "Remissmottagare", m.id).remiss(m.remiss.id)
                .beskrivning(m.organisation.namn).fore(Map.of("status", fore))
                .efter(Map.of("status", m.status, "svarsform", m.svarsform, "orsak", m.avstarOrsak,
                        "besvarad", m.besvarad)));
        return m;
    }

    private LocalDate beslutsdag(Valideringsfel.Samlare fel, String datum) {
        if (datum == null || datum.isBlank()) {
            return klocka.idag();
        }
        LocalDate dag = se.remiss.plattform.Datumformat.tolka(datum).orElse(null);
        if (dag == null) {
            fel.fel("datum", se.remiss.plattform.Datumformat.MEDDELANDE);
        } else if (dag.isAfter(klocka.idag())) {
            fel.fel("datum", "Beslutsdagen kan inte ligga i framtiden.");
        }
        return dag;
    }

    private static Handelse statusbyte(String handling, Remissmottagare m, MottagarStatus fore) {
        return Handelse.av(handling, "Remissmottagare", m.id).remiss(m.remiss.id).beskrivning(m.organisation.namn)
                .fore(Map.of("status", fore)).efter(Map.of("status", m.status));
    }

    private Remissmottagare mottagare(long mottagareId, Long version) {
        Remissmottagare m = Remissmottagare.<Remissmottagare>findByIdOptional(mottagareId)
                .orElseThrow(() -> new HittasInte("Mottagaren finns inte."));
        if (version != null && version != m.version) {
            throw new Konflikt("Ärendet har ändrats av någon annan. Ladda om sidan och försök igen.");
        }
        return m;
    }

    /**
     * The one closing rule: the remiss closes once every recipient has answered (nämndbeslut,
     * delegation) or declined. Call it after any change that may give a recipient its last answer.
     */
    @Transactional
    public void uppdateraRemissstatus(Remiss remiss) {
        if (remiss.status == RemissStatus.SKICKAD
                && Remissmottagare.count("remiss = ?1 and status not in ?2", remiss,
                        List.of(MottagarStatus.BESVARAD, MottagarStatus.AVSTAR)) == 0) {
            remiss.status = RemissStatus.AVSLUTAD;
        }
    }

    private Remiss utkast(long remissId) {
        Remiss remiss = Remiss.<Remiss>findByIdOptional(remissId)
                .orElseThrow(() -> new HittasInte("Remissen finns inte."));
        if (!remiss.arUtkast()) {
            throw new Konflikt("Remissen är skickad; mottagare och frister kan inte längre ändras.");
        }
        return remiss;
    }

    private void laggTill(Remiss remiss, Organisation organisation) {
        Remissmottagare m = new Remissmottagare();
        m.remiss = remiss;
        m.organisation = organisation;
        m.sistaDagKontorsutlatande = remiss.sistaDagKontorsutlatande;
        m.sistaDagNamndprotokoll = remiss.sistaDagNamndprotokoll;
        m.statusAndrad = klocka.nu();
        m.persist();
        remiss.mottagare.add(m);
    }

    /**
     * Resolves ids of organisations and groups into distinct active organisations, in order.
     * The sender is left out of groups it belongs to; naming it on its own is an error.
     */
    static List<Organisation> mottagare(List<Long> ids, Organisation avsandare, Valideringsfel.Samlare fel) {
        Set<Organisation> resultat = new LinkedHashSet<>();
        if (ids == null || ids.isEmpty()) {
            fel.fel("mottagare", "Välj minst en mottagare.");
            return List.of();
        }
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String falt = "mottagare[" + i + "]";
            if (id == null) {
                fel.fel(falt, "Tomt värde.");
                continue;
            }
            Organisation organisation = Organisation.findById(id);
            if (organisation != null) {
                if (!organisation.aktiv) {
                    fel.fel(falt, organisation.namn + " är inaktiverad.");
                } else if (organisation.equals(avsandare)) {
                    fel.fel(falt, "Avsändaren kan inte vara mottagare.");
                } else {
                    resultat.add(organisation);
                }
                continue;
            }
            Grupp grupp = Grupp.findById(id);
            if (grupp == null) {
                fel.fel(falt, "Okänd organisation eller grupp: " + id + ".");
                continue;
            }
            grupp.medlemmar.stream().filter(o -> o.aktiv && !o.equals(avsandare)).forEach(resultat::add);
        }
        return new ArrayList<>(resultat);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
