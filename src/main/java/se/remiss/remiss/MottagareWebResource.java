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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inkomna(Sida<Remissmottagare> sida, Organisation vald,
                List<Organisation> organisationer, boolean avslutade, Listadress adress, LocalDate idag,
                boolean visaMottagare);

        static native TemplateInstance mina(Sida<Remissmottagare> sida, Anvandare vald, List<Anvandare> personer,
                boolean avslutade, Listadress adress, LocalDate idag);

        static native TemplateInstance mottagare(Remissmottagare m, List<Handling> handlingar,
                List<Anvandare> handlaggare, List<MottagarStatus> nasta, LocalDate idag, String meddelande,
                Map<String, String> fel, Map<String, String> varden, boolean beredning);
    }

    @GET
    public Response start() {
        return Response.seeOther(URI.create("/remisser")).build();
    }

    @GET
    @Path("inkomna")
    public TemplateInstance inkomna(@RestQuery Long organisation, @RestQuery Boolean avslutade,
            @RestQuery Integer sida) {
        // Only the user's own unit (the förvaltning and the nämnder it serves) can be chosen.
        Organisation vald = atkomst.egenOrganisation(organisation);
        Sida<Remissmottagare> rader = RemissSok.mottagarrader(atkomst.enhetsId(), vald.id, null,
                Boolean.TRUE.equals(avslutade), klocka.idag(), Sida.sidnummer(sida), config.sidstorlek());
        Listadress adress = new Listadress("/inkomna").med("organisation", organisation).med("avslutade", avslutade);
        // An office sees the cases of every committee it serves, so then the recipient column tells them apart.
        boolean visaMottagare = vald != null && Organisation.count("forvaltning", vald) > 0;
        return Templates.inkomna(rader, vald, Organisation.iEnhet(atkomst.enhet()), Boolean.TRUE.equals(avslutade), adress,
                klocka.idag(), visaMottagare);
    }

    @GET
    @Path("mina-arenden")
    public TemplateInstance mina(@RestQuery Long anvandare, @RestQuery Boolean avslutade, @RestQuery Integer sida) {
        // My own cases by default; a colleague's in the same unit on request (e.g. a manager's overview).
        Anvandare vald = anvandare == null ? inloggad.anvandare() : atkomst.kollega(anvandare);
        Sida<Remissmottagare> rader = RemissSok.mottagarrader(atkomst.enhetsId(), null, vald.id,
                Boolean.TRUE.equals(avslutade), klocka.idag(), Sida.sidnummer(sida), config.sidstorlek());
        Listadress adress = new Listadress("/mina-arenden").med("anvandare", anvandare).med("avslutade", avslutade);
        return Templates.mina(rader, vald, Anvandare.somKanHandlagga(atkomst.enhet()), Boolean.TRUE.equals(avslutade), adress,
                klocka.idag());
    }

    @GET
    @Path("mottagare/{id}")
    public Response mottagare(@RestPath long id, @RestQuery String klart) {
        return sida(id, bekraftelse(klart), Map.of(), Map.of(), 200);
    }

    /** The confirmation a redirect's key names; an unknown key shows none. */
    private String bekraftelse(String klart) {
        return switch (klart == null ? "" : klart) {
            case "mottagen" -> meddelanden.remissMottagen();
            case "tilldelad" -> meddelanden.handlaggareTilldelad();
            case "status" -> meddelanden.statusAndrad();
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

    @POST
    @Path("mottagare/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR, Roll.HANDLAGGARE, Roll.NAMNDSEKRETERARE})
    public Response status(@RestPath long id, @RestForm String status, @RestForm String version) {
        return utfor(id, "status", version,
                v -> service.andraStatus(id, Parametrar.enumVarde(MottagarStatus.class, status, "status"), v));
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
            return sida(id, null, e.perFalt(), varden, 400);
        }
    }

    private Response sida(long id, String meddelande, Map<String, String> fel, Map<String, String> varden, int status) {
        Remissmottagare m = remissatkomst.mottagare(id);
        // The recipient's ärende is its own diarium: the sender, who also sees this page, does not see into it.
        List<Handling> handlingar = m.arende == null || !atkomst.ager(m.organisation) ? List.of() : m.arende.handlingar;
        // Receipt and assignment have their own forms on the page; the rest are plain next steps.
        List<MottagarStatus> nasta = m.status.nasta().stream()
                .filter(s -> s != MottagarStatus.TILLDELAD && s != MottagarStatus.MOTTAGEN).toList();
        return Response.status(status).entity(Templates.mottagare(m, handlingar,
                Anvandare.somKanHandlagga(m.organisation), nasta, klocka.idag(), meddelande, fel, varden,
                beredning(m))).build();
    }

    /** May the user answer for the recipient (delegation decision, avstå)? Its own staff preparing cases. */
    private boolean beredning(Remissmottagare m) {
        return atkomst.ager(m.organisation) && (inloggad.harRoll(Roll.REGISTRATOR) || inloggad.harRoll(Roll.HANDLAGGARE)
                || inloggad.harRoll(Roll.NAMNDSEKRETERARE));
    }
}
