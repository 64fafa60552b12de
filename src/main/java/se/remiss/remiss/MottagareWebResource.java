package se.remiss.remiss;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import se.remiss.anvandare.Anvandare;
import se.remiss.diarium.Handling;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Formular;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Listadress;
import se.remiss.plattform.Meddelanden;
import se.remiss.plattform.Parametrar;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Sida;
import se.remiss.plattform.Tabellexport;
import se.remiss.plattform.Valideringsfel;
import se.remiss.sakerhet.Atkomst;
import se.remiss.sakerhet.Inloggad;

/** The recipient's pages: received remisser, "Mina ärenden", and one received remiss. */
@Authenticated
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MottagareWebResource {

    @Inject
    RemissService service;

    @Inject
    AnstandService anstandService;

    @Inject
    Klocka klocka;

    @Inject
    RemissConfig config;

    @Inject
    Atkomst atkomst;

    @Inject
    Remissatkomst remissatkomst;

    @Inject
    Inloggad inloggad;

    @Inject
    Meddelanden meddelanden;

    @Inject
    Avsandarvy avsandarvy;

    @Inject
    Namndplanering namndplanering;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inkomna(Sida<Remissmottagare> sida, Organisation vald,
                List<Organisation> organisationer, boolean avslutade, Listadress adress, List<Mottagarrad> rader,
                boolean visaMottagare, long nya);

        static native TemplateInstance mina(Sida<Remissmottagare> sida, Anvandare vald, List<Anvandare> personer,
                boolean avslutade, Listadress adress, List<Mottagarrad> rader);

        static native TemplateInstance mottagare(Remissmottagare m, List<Handling> handlingar,
                List<Anvandare> handlaggare, List<MottagarStatus> nasta, LocalDate idag, String meddelande,
                Map<String, String> fel, Fristhistorik historik, boolean kanBegara, boolean kanBesluta,
                Map<String, String> varden, boolean beredning);

        static native TemplateInstance bekrafta(Remissmottagare m, MottagarStatus status, String orsak,
                Map<String, String> fel);
    }

    @GET
    @Path("inkomna")
    public TemplateInstance inkomna(@RestQuery Long organisation, @RestQuery Boolean avslutade,
            @RestQuery Integer sida) {
        // Only the user's own unit (the förvaltning and the nämnder it serves) can be chosen.
        Organisation vald = atkomst.egenOrganisation(organisation);
        Sida<Remissmottagare> rader = inkomna(vald, avslutade, Sida.sidnummer(sida), config.sidstorlek());
        Listadress adress = new Listadress("/inkomna").med("organisation", organisation).med("avslutade", avslutade);
        List<Organisation> enhetens = Organisation.iEnhet(atkomst.enhet());
        // An office sees the cases of every committee it serves, so then the recipient column tells them apart.
        boolean visaMottagare = enhetens.stream().anyMatch(o -> o.forvaltning != null && o.forvaltning.id.equals(vald.id));
        // New ones, not yet acknowledged, are counted for the whole unit and marked in the list.
        long nya = RemissSok.antalMedStatus(atkomst.enhetsId(), MottagarStatus.SKICKAD);
        return Templates.inkomna(rader, vald, enhetens, Boolean.TRUE.equals(avslutade), adress, tabellrader(rader),
                visaMottagare, nya);
    }

    /** Inkomna remisser with the same filters, every page, as XLSX or CSV ({@code format}, XLSX when absent). */
    @GET
    @Path("inkomna/export")
    @Produces(MediaType.WILDCARD)
    public Response inkomnaExport(@RestQuery String format, @RestQuery Long organisation,
            @RestQuery Boolean avslutade) {
        Tabellexport.Format f = Tabellexport.Format.av(format);
        Organisation vald = atkomst.egenOrganisation(organisation);
        List<Remissmottagare> rader = inkomna(vald, avslutade, 1, Tabellexport.MAX_RADER).rader();
        return Tabellexport.svar(f, "Inkomna-remisser-" + klocka.idag(),
                List.of(Listexport.mottagarrader("Inkomna remisser", rader, klocka.idag())));
    }

    private List<Mottagarrad> tabellrader(Sida<Remissmottagare> sida) {
        return Mottagarrad.av(sida.rader(), klocka.idag(), namndplanering.planer(sida.rader()));
    }

    private Sida<Remissmottagare> inkomna(Organisation vald, Boolean avslutade, int sida, int storlek) {
        return RemissSok.mottagarrader(atkomst.enhetsId(), vald.id, null, Boolean.TRUE.equals(avslutade), klocka.idag(),
                sida, storlek);
    }

    @GET
    @Path("mina-arenden")
    public TemplateInstance mina(@RestQuery Long anvandare, @RestQuery Boolean avslutade, @RestQuery Integer sida) {
        // My own cases by default; a colleague's in the same unit on request (e.g. a manager's overview).
        Anvandare vald = person(anvandare);
        Sida<Remissmottagare> rader = mina(vald, avslutade, Sida.sidnummer(sida), config.sidstorlek());
        Listadress adress = new Listadress("/mina-arenden").med("anvandare", anvandare).med("avslutade", avslutade);
        return Templates.mina(rader, vald, Anvandare.somKanHandlagga(atkomst.enhet()), Boolean.TRUE.equals(avslutade), adress,
                tabellrader(rader));
    }

    /** Mina ärenden (or the chosen colleague's) with the same filters, every page, as XLSX or CSV. */
    @GET
    @Path("mina-arenden/export")
    @Produces(MediaType.WILDCARD)
    public Response minaExport(@RestQuery String format, @RestQuery Long anvandare, @RestQuery Boolean avslutade) {
        Tabellexport.Format f = Tabellexport.Format.av(format);
        Anvandare vald = person(anvandare);
        List<Remissmottagare> rader = mina(vald, avslutade, 1, Tabellexport.MAX_RADER).rader();
        return Tabellexport.svar(f, "Arenden-" + vald.anvandarnamn + "-" + klocka.idag(),
                List.of(Listexport.mottagarrader("Ärenden " + vald.namn, rader, klocka.idag())));
    }

    private Anvandare person(Long anvandare) {
        return anvandare == null ? inloggad.anvandare() : atkomst.kollega(anvandare);
    }

    private Sida<Remissmottagare> mina(Anvandare vald, Boolean avslutade, int sida, int storlek) {
        return RemissSok.mottagarrader(atkomst.enhetsId(), null, vald.id, Boolean.TRUE.equals(avslutade), klocka.idag(),
                sida, storlek);
    }

    @GET
    @Path("mottagare/{id}")
    public Response mottagare(@RestPath long id, @RestQuery String klart) {
        return sida(id, bekraftelse(klart), Map.of(), 200, Map.of());
    }

    /** The confirmation a redirect's key names; an unknown key shows none. */
    private String bekraftelse(String klart) {
        return switch (klart == null ? "" : klart) {
            case "mottagen" -> meddelanden.remissMottagen();
            case "tilldelad" -> meddelanden.handlaggareTilldelad();
            case "status" -> meddelanden.statusAndrad();
            case "anstand-begart" -> meddelanden.anstandBegart();
            case "anstand-beviljat" -> meddelanden.anstandBeviljat();
            case "anstand-avslaget" -> meddelanden.anstandAvslaget();
            case "delegationsbeslut" -> meddelanden.delegationsbeslutRegistrerat();
            case "avstar" -> meddelanden.mottagareAvstar();
            default -> null;
        };
    }

    @POST
    @Path("mottagare/{id}/mottag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR})
    public Response taEmot(@RestPath long id, @RestForm String version) {
        return utfor(id, "mottagen", version, v -> service.taEmot(id, v));
    }

    @POST
    @Path("mottagare/{id}/tilldela")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR})
    public Response tilldela(@RestPath long id, @RestForm String handlaggare, @RestForm String version) {
        return utfor(id, "tilldelad", version, v -> {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            Long person = Formular.id(handlaggare, "handlaggare", fel);
            fel.kastaOmFel();
            service.tilldela(id, person, v);
        });
    }

    /**
     * Declining and marking answered close the case for good: their buttons lead to this page, which
     * says so and holds the form that really does it (no script needed). Any other move goes back.
     */
    @GET
    @Path("mottagare/{id}/status")
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE, Roll.NAMNDSEKRETERARE})
    public Response bekraftaStatus(@RestPath long id, @RestQuery String status, @RestQuery String orsak) {
        remissatkomst.kontrolleraEgenMottagare(id);
        Remissmottagare m = remissatkomst.mottagare(id);
        MottagarStatus ny = Parametrar.enumVarde(MottagarStatus.class, status, "status");
        if (ny == null || !ny.avslutad() || !m.status.kanBliTill(ny)) {
            return Response.seeOther(URI.create("/mottagare/" + id)).build();
        }
        return Response.ok(Templates.bekrafta(m, ny, orsak == null ? "" : orsak, Map.of())).build();
    }

    @POST
    @Path("mottagare/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE, Roll.NAMNDSEKRETERARE})
    public Response status(@RestPath long id, @RestForm String status, @RestForm String version) {
        return utfor(id, "status", version,
                v -> service.andraStatus(id, Parametrar.enumVarde(MottagarStatus.class, status, "status"), v));
    }

    @POST
    @Path("mottagare/{id}/anstand")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE})
    public Response begarAnstand(@RestPath long id, @RestForm String sistaDagKontorsutlatande,
            @RestForm String sistaDagNamndprotokoll, @RestForm String motivering) {
        remissatkomst.kontrolleraEgenMottagare(id);
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            LocalDate k = Formular.datum(sistaDagKontorsutlatande, AnstandService.K, fel);
            LocalDate n = Formular.datum(sistaDagNamndprotokoll, AnstandService.N, fel);
            fel.kastaOmFel();
            anstandService.begar(id, k, n, motivering);
            return Response.seeOther(URI.create("/mottagare/" + id + "?klart=anstand-begart")).build();
        } catch (Valideringsfel e) {
            return sida(id, null, e.perFalt(), 400, varden(sistaDagKontorsutlatande, sistaDagNamndprotokoll, motivering));
        }
    }

    @POST
    @Path("anstand/{id}/bevilja")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR})
    public Response beviljaAnstand(@RestPath long id, @RestForm String sistaDagKontorsutlatande,
            @RestForm String sistaDagNamndprotokoll, @RestForm String motivering, @RestForm String version) {
        return beslut(id, "anstand-beviljat", varden(sistaDagKontorsutlatande, sistaDagNamndprotokoll, motivering), fel -> {
            LocalDate k = Formular.datum(sistaDagKontorsutlatande, AnstandService.K, fel);
            LocalDate n = Formular.datum(sistaDagNamndprotokoll, AnstandService.N, fel);
            Long v = Formular.id(version, "version", fel);
            fel.kastaOmFel();
            anstandService.bevilja(id, k, n, motivering, v);
        });
    }

    @POST
    @Path("anstand/{id}/avsla")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR})
    public Response avslaAnstand(@RestPath long id, @RestForm String motivering, @RestForm String version) {
        return beslut(id, "anstand-avslaget", Map.of("avslag", motivering == null ? "" : motivering), fel -> {
            Long v = Formular.id(version, "version", fel);
            fel.kastaOmFel();
            try {
                anstandService.avsla(id, motivering, v);
            } catch (Valideringsfel e) {
                // The refusal's reason has its own field beside the grant's optional note.
                throw Valideringsfel.av("avslag", e.perFalt().getOrDefault("motivering", e.getMessage()));
            }
        });
    }

    private interface Beslut {
        void utfor(Valideringsfel.Samlare fel);
    }

    /** The sender's registrator decides a request; errors show on the recipient's page, where the forms are. */
    private Response beslut(long anstandId, String klart, Map<String, String> varden, Beslut beslut) {
        remissatkomst.kontrolleraAnstandTillEgenRemiss(anstandId);
        long mottagareId = Anstand.mottagareId(anstandId);
        try {
            beslut.utfor(new Valideringsfel.Samlare());
            return Response.seeOther(URI.create("/mottagare/" + mottagareId + "?klart=" + klart)).build();
        } catch (Valideringsfel e) {
            return sida(mottagareId, null, e.perFalt(), 400, varden);
        }
    }

    private static String iso(LocalDate datum) {
        return datum == null ? null : datum.toString();
    }

    private static Map<String, String> varden(String k, String n, String motivering) {
        Map<String, String> varden = new java.util.HashMap<>();
        varden.put(AnstandService.K, k == null ? "" : k);
        varden.put(AnstandService.N, n == null ? "" : n);
        varden.put("motivering", motivering == null ? "" : motivering);
        return varden;
    }

    @POST
    @Path("mottagare/{id}/delegationsbeslut")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE, Roll.NAMNDSEKRETERARE})
    public Response delegationsbeslut(@RestPath long id, @RestForm String beslutadAv, @RestForm String delegation,
            @RestForm String datum, @RestForm String version) {
        return utfor(id, "delegationsbeslut", version, v -> service.delegationsbeslut(id, beslutadAv, delegation, datum, v),
                Map.of("beslutadAv", String.valueOf(beslutadAv == null ? "" : beslutadAv),
                        "delegation", delegation == null ? "" : delegation, "datum", datum == null ? "" : datum));
    }

    @POST
    @Path("mottagare/{id}/avsta")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE, Roll.NAMNDSEKRETERARE})
    public Response avsta(@RestPath long id, @RestForm String orsak, @RestForm String version) {
        return utfor(id, "avstar", version, v -> service.avsta(id, orsak, v), Map.of("orsak", orsak == null ? "" : orsak));
    }

    private interface Atgard {
        void utfor(Long version);
    }

    private Response utfor(long id, String klart, String version, Atgard atgard) {
        return utfor(id, klart, version, atgard, Map.of());
    }

    private Response utfor(long id, String klart, String version, Atgard atgard, Map<String, String> varden) {
        remissatkomst.kontrolleraEgenMottagare(id);
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            Long v = Formular.id(version, "version", fel);
            fel.kastaOmFel();
            atgard.utfor(v);
            return Response.seeOther(URI.create("/mottagare/" + id + "?klart=" + klart)).build();
        } catch (Valideringsfel e) {
            return sida(id, null, e.perFalt(), 400, varden);
        }
    }

    private Response sida(long id, String meddelande, Map<String, String> fel, int status) {
        return sida(id, meddelande, fel, status, null);
    }

    private Response sida(long id, String meddelande, Map<String, String> fel, int status, Map<String, String> varden) {
        Remissmottagare m = remissatkomst.mottagare(id);
        if (!remissatkomst.arMottagarensEgen(m)) {
            // The sender (the only other who sees the record) gets its own view: no "Vårt diarienummer",
            // no links into the recipient's lists (issue 14.9).
            return Response.status(status).entity(avsandarvy.sida(m, meddelande, fel, varden)).build();
        }
        // The recipient's ärende is its own diarium: the sender, who also sees this page, does not see into it.
        List<Handling> handlingar = m.arende == null || !atkomst.ager(m.organisation) ? List.of() : m.arende.handlingar;
        // Receipt and assignment have their own forms on the page; the rest are plain next steps.
        Fristhistorik historik = Fristhistorik.av(m);
        if (varden == null) {
            // The grant form offers the dates asked for; the request form starts empty.
            Anstand oppet = historik.oppet();
            varden = varden(oppet == null ? null : iso(oppet.begardKontorsutlatande),
                    oppet == null ? null : iso(oppet.begardNamndprotokoll), null);
        }
        Map<String, String> alla = new java.util.HashMap<>(varden(null, null, null));
        alla.put("avslag", "");
        alla.putAll(varden);
        // The recipient's registrator or handläggare asks; the sender's registrator decides.
        boolean kanBegara = remissatkomst.arMottagarensEgen(m) && !m.status.avslutad() && historik.oppet() == null
                && (inloggad.harRoll(Roll.REGISTRATOR) || inloggad.harRoll(Roll.HANDLAGGARE));
        boolean kanBesluta = remissatkomst.arAvsandare(m.remiss) && inloggad.harRoll(Roll.REGISTRATOR)
                && !m.status.avslutad();
        List<MottagarStatus> nasta = m.status.nasta().stream()
                .filter(s -> s != MottagarStatus.TILLDELAD && s != MottagarStatus.MOTTAGEN).toList();
        return Response.status(status).entity(Templates.mottagare(m, handlingar,
                Anvandare.somKanHandlagga(m.organisation), nasta, klocka.idag(), meddelande, fel, historik,
                kanBegara, kanBesluta, alla, beredning(m))).build();
    }

    /** May the user answer for the recipient (delegation decision, avstå)? Its own staff preparing cases. */
    private boolean beredning(Remissmottagare m) {
        return atkomst.ager(m.organisation) && (inloggad.harRoll(Roll.REGISTRATOR) || inloggad.harRoll(Roll.HANDLAGGARE)
                || inloggad.harRoll(Roll.NAMNDSEKRETERARE));
    }
}
