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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.diarium.DiariumService;
import se.remiss.diarium.Filkvittering;
import se.remiss.diarium.Handling;
import se.remiss.diarium.HandlingTyp;
import se.remiss.diarium.Nedladdning;
import se.remiss.granskning.Granskningshandelse;
import se.remiss.kalender.SvenskKalender;
import se.remiss.organisation.Grupp;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Formular;
import se.remiss.plattform.HittasInte;
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

/** The sender's pages: the list of remisser, registration, and the remiss with its recipient matrix. */
@Authenticated
@Path("/remisser")
@Produces(MediaType.TEXT_HTML)
public class RemissWebResource {

    @Inject
    RemissService service;

    @Inject
    Namndplanering namndplanering;

    @Inject
    DiariumService diarium;

    @Inject
    SvenskKalender kalender;

    @Inject
    Klocka klocka;

    @Inject
    RemissConfig config;

    @Inject
    Atkomst atkomst;

    @Inject
    Remissatkomst remissatkomst;

    @Inject
    Meddelanden meddelanden;

    @Inject
    Inloggad inloggad;

    @Inject
    Filkvittering kvittering;

    @Inject
    Remisshistorik historik;

    @Inject
    Programinlasning programinlasning;

    @Inject
    Avsandarvy avsandarvy;

    /** The values a registration form shows again after an error. */
    public record Formvarden(String titel, String avsandare, String avsandarensDnr, String kod, String beskrivning,
            String sistaDagKontorsutlatande, String sistaDagNamndprotokoll, List<String> mottagare,
            String tidigareFil, String tidigareFilnamn, String dokumenttitel, boolean program) {

        static final Formvarden TOM = new Formvarden("", "", "", "", "", "", "", List.of(), null, null, "", true);

        /**
         * The same values, remembering an already stored file so the user need not choose it again:
         * by a receipt that only this session can redeem ({@code kvitto}), never by the file's hash.
         */
        Formvarden med(DiariumService.Bilaga bilaga, String kvitto) {
            return bilaga == null || kvitto == null ? this : new Formvarden(titel, avsandare, avsandarensDnr, kod,
                    beskrivning, sistaDagKontorsutlatande, sistaDagNamndprotokoll, mottagare, kvitto, bilaga.filnamn(),
                    dokumenttitel, program);
        }

        public boolean vald(Long id) {
            return mottagare != null && mottagare.contains(String.valueOf(id));
        }

        public boolean avsandareVald(Long id) {
            return String.valueOf(id).equals(avsandare);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lista(Sida<Remissrad> sida, Remissfilter filter, Listadress adress,
                List<Organisation> avsandare, List<Integer> ar, List<RemissStatus> statusar, LocalDate idag);

        static native TemplateInstance ny(Formvarden varden, Map<String, String> fel,
                List<Fristkontroll.Varning> varningar, List<Organisation> organisationer, List<Grupp> grupper,
                List<Organisation> egna);

        static native TemplateInstance remiss(Remiss remiss, List<Mottagarrad> mottagare, List<Handling> dokument,
                LocalDate idag, String meddelande, Map<String, String> fel, List<Fristkontroll.Varning> varningar,
                List<Organisation> organisationer, List<Grupp> grupper, long forsenade, long klara, Formvarden varden,
                List<String> motesvarningar);

        static native TemplateInstance historik(Remiss remiss, Sida<Granskningshandelse> sida, Listadress adress);

        static native TemplateInstance skicka(Remiss remiss, List<Remissmottagare> mottagare, List<Handling> dokument);
    }

    @GET
    public TemplateInstance lista(@RestQuery Integer sida, @RestQuery String status, @RestQuery Boolean forsenade,
            @RestQuery Integer ar, @RestQuery Long avsandare, @RestQuery String sok, @RestQuery String sortera,
            @RestQuery String ordning) {
        Remissfilter filter = filter(status, forsenade, ar, avsandare, sok, sortera, ordning);
        Sida<Remissrad> resultat = RemissSok.remisser(filter, klocka.idag(), Sida.sidnummer(sida), config.sidstorlek());
        Listadress adress = new Listadress("/remisser").med("status", status).med("forsenade", forsenade)
                .med("ar", ar).med("avsandare", avsandare).med("sok", sok).med("sortera", sortera)
                .med("ordning", ordning);
        // Senders and years of the rows the user may see, not of every remiss: another organisation's
        // unsent draft must not show up as a sender or a year.
        return Templates.lista(resultat, filter, adress, RemissSok.synligaAvsandare(atkomst.enhetsId()),
                RemissSok.registreringsar(atkomst.enhetsId()),
                List.of(RemissStatus.values()), klocka.idag());
    }

    /** The list with the same filters and order, every page, as XLSX or CSV ({@code format}, XLSX when absent). */
    @GET
    @Path("export")
    @Produces(MediaType.WILDCARD)
    public Response export(@RestQuery String format, @RestQuery String status, @RestQuery Boolean forsenade,
            @RestQuery Integer ar, @RestQuery Long avsandare, @RestQuery String sok, @RestQuery String sortera,
            @RestQuery String ordning) {
        Tabellexport.Format f = Tabellexport.Format.av(format);
        Remissfilter filter = filter(status, forsenade, ar, avsandare, sok, sortera, ordning);
        List<Remissrad> rader = RemissSok.remisser(filter, klocka.idag(), 1, Tabellexport.MAX_RADER).rader();
        return Tabellexport.svar(f, "Remisser-" + klocka.idag(), List.of(Listexport.remisser(rader)));
    }

    private Remissfilter filter(String status, Boolean forsenade, Integer ar, Long avsandare, String sok,
            String sortera, String ordning) {
        RemissStatus valdStatus = Parametrar.enumVarde(RemissStatus.class, status, "status");
        return new Remissfilter(avsandare, valdStatus, Boolean.TRUE.equals(forsenade), ar, sok,
                sortera, !"stigande".equals(ordning)).inom(atkomst.enhetsId());
    }

    /** The recipient matrix as the page shows it (all for the sender, its own row for a recipient), as XLSX or CSV. */
    @GET
    @Path("{id}/mottagare/export")
    @Produces(MediaType.WILDCARD)
    public Response mottagarexport(@RestPath long id, @RestQuery String format, @Context UriInfo uri) {
        Tabellexport.Format f = Tabellexport.Format.av(format);
        Remiss remiss = hamta(id);
        List<Remissmottagare> mottagare = remissatkomst.synligaMottagare(remiss, Remissmottagare.matris(remiss));
        return Tabellexport.svar(f, "Mottagare-" + remiss.dnr(),
                List.of(Listexport.matris(remiss, mottagare, klocka.idag(), Tabellexport.bas(uri))));
    }


    /**
     * The remiss's history from the audit trail: the sender sees every event, a recipient the
     * sender's and its own (the query is the audit trail's own).
     */
    @GET
    @Path("{id}/historik")
    public TemplateInstance historik(@RestPath long id, @RestQuery Integer sida) {
        Remiss remiss = remissatkomst.remiss(id);
        Sida<Granskningshandelse> rader = historik.sida(remiss, Sida.sidnummer(sida), config.sidstorlek());
        return Templates.historik(remiss, rader, new Listadress("/remisser/" + id + "/historik"));
    }

    @GET
    @Path("ny")
    @RolesAllowed({Roll.REGISTRATOR})
    public TemplateInstance ny() {
        LocalDate om30 = kalender.nastaArbetsdag(klocka.idag().plusDays(30));
        LocalDate om35 = kalender.nastaArbetsdag(om30.plusDays(3));
        return formular(new Formvarden("", String.valueOf(atkomst.enhetsId()), "", "", "", om30.toString(), om35.toString(),
                List.of(), null, null, "", true),
                Map.of(),
                List.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roll.REGISTRATOR})
    public Response registrera(@RestForm String titel, @RestForm String avsandare, @RestForm String avsandarensDnr,
            @RestForm String kod, @RestForm String beskrivning, @RestForm String sistaDagKontorsutlatande,
            @RestForm String sistaDagNamndprotokoll, @RestForm List<String> mottagare, @RestForm String frister,
            @RestForm("fil") FileUpload fil, @RestForm String tidigareFil, @RestForm String dokumenttitel,
            @RestForm String program) {
        Formvarden varden = new Formvarden(titel, avsandare, avsandarensDnr, kod, beskrivning,
                sistaDagKontorsutlatande, sistaDagNamndprotokoll, mottagare == null ? List.of() : mottagare, null,
                null, dokumenttitel, Formular.kryssad(program));
        Filkvittering.Bindning bindning = bindning();
        DiariumService.Bilaga bilaga = null;
        String kvitto = null;
        try {
            // The file is stored (by its hash) before anything else, so that a form shown again for a
            // correction keeps it – through a receipt bound to this session, never the hash; an
            // abandoned form leaves only unreferenced bytes, never a record.
            boolean valdFil = fil != null && fil.fileName() != null && !fil.fileName().isBlank();
            if (valdFil) {
                bilaga = diarium.lagraUppladdning(fil, "fil");
            } else if (tidigareFil != null && !tidigareFil.isBlank()) {
                bilaga = kvittering.inlos(tidigareFil, bindning).orElseThrow(() -> Valideringsfel.av("fil",
                        "Den tidigare valda filen kan inte användas längre. Välj filen igen."));
                kvitto = tidigareFil;
            }
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            LocalDate k = Formular.datum(sistaDagKontorsutlatande, "sistaDagKontorsutlatande", fel);
            LocalDate n = Formular.datum(sistaDagNamndprotokoll, "sistaDagNamndprotokoll", fel);
            Long avsandarId = Formular.id(avsandare, "avsandare", fel);
            List<Long> mottagarIdn = Formular.idn(mottagare, "mottagare", fel);
            fel.kastaOmFel();
            remissatkomst.kontrolleraAvsandare(avsandarId);
            // A deadline on a non-working day: ask once, offering the next working day.
            List<Fristkontroll.Varning> varningar = Fristkontroll.varningar(kalender, k, n, "");
            if ("foreslagna".equals(frister)) {
                k = k == null ? null : kalender.nastaArbetsdag(k);
                n = n == null ? null : kalender.nastaArbetsdag(n);
            } else if (!varningar.isEmpty() && !"behall".equals(frister)) {
                return Response.ok(formular(medFil(varden, bilaga, kvitto, bindning), Map.of(), varningar)).build();
            }
            RemissRegistrering registrering = new RemissRegistrering(titel, avsandarId, Formular.text(avsandarensDnr),
                    beskrivning, k, n, mottagarIdn, Formular.text(kod));
            DiariumService.Bilaga dokument = bilaga;
            Remiss remiss = service.registreraMedDokument(registrering, klocka.idag(),
                    dokument == null ? null : () -> dokument, Formular.text(dokumenttitel));
            String importerat = dokument != null && varden.program() ? importeraProgram(remiss.id) : "";
            return Response.seeOther(URI.create("/remisser/" + remiss.id + "?klart=registrerad" + importerat)).build();
        } catch (Valideringsfel e) {
            return Response.status(400).entity(formular(medFil(varden, bilaga, kvitto, bindning), e.perFalt(),
                    List.of())).build();
        }
    }

    /** The values of a form shown again, keeping its file by a receipt (a new one unless it came with one). */
    private Formvarden medFil(Formvarden varden, DiariumService.Bilaga bilaga, String kvitto,
            Filkvittering.Bindning bindning) {
        return varden.med(bilaga, kvitto != null ? kvitto : kvittering.kvittera(bilaga, bindning));
    }

    @GET
    @Path("{id}")
    public Response remiss(@RestPath long id, @RestQuery String klart, @RestQuery String program) {
        if ("fel".equals(program)) {
            // The message itself says the document is registered; no second confirmation above it.
            return sida(id, null, Map.of("program", meddelanden.programEjImporterat()), List.of(), 200);
        }
        String meddelande = bekraftelse(klart);
        if (meddelande != null && "importerat".equals(program)) {
            meddelande = meddelande + " " + meddelanden.programImporterat();
        }
        return sida(id, meddelande, Map.of(), List.of(), 200);
    }

    /**
     * Imports the remiss's first document as its programme (the registration form), after the
     * document has been stored in its own transaction; the answer's query part.
     */
    private String importeraProgram(long remissId) {
        List<Handling> dokument = Remiss.hamta(remissId).orElseThrow().dokument();
        return dokument.isEmpty() ? "" : importeraProgram(remissId, dokument.get(0).id);
    }

    /**
     * Imports a stored document as the programme. A file that cannot be read as one leaves the
     * document registered and says so on the page (a fixed text: the redirect carries only a key).
     */
    private String importeraProgram(long remissId, long handlingId) {
        try {
            programinlasning.importera(remissId, handlingId);
            return "&program=importerat";
        } catch (Valideringsfel e) {
            return "&program=fel";
        }
    }

    /**
     * The sender's view of one recipient: status, dates, what was sent and what came back. A
     * recipient who follows such a link is sent to its own page of the same record.
     */
    @GET
    @Path("{id}/mottagare/{mottagareId}")
    public Response mottagare(@RestPath long id, @RestPath long mottagareId) {
        Remissmottagare m = remissatkomst.mottagare(mottagareId);
        if (!m.remiss.id.equals(id)) {
            throw new HittasInte("Mottagaren finns inte på remissen.");
        }
        if (!remissatkomst.arAvsandare(m.remiss)) {
            return Response.seeOther(URI.create("/mottagare/" + mottagareId)).build();
        }
        return Response.ok(avsandarvy.sida(m)).build();
    }

    /** The confirmation a redirect's key names; an unknown key shows none. */
    private String bekraftelse(String klart) {
        return switch (klart == null ? "" : klart) {
            case "registrerad" -> meddelanden.remissRegistrerad();
            case "dokument" -> meddelanden.dokumentRegistrerat();
            case "mottagare" -> meddelanden.mottagareTillagda();
            case "borttagen" -> meddelanden.mottagareBorttagen();
            case "frister" -> meddelanden.fristerAndrade();
            case "skickad" -> meddelanden.remissSkickad();
            default -> null;
        };
    }

    @POST
    @Path("{id}/dokument")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roll.REGISTRATOR})
    public Response laddaUpp(@RestPath long id, @RestForm("fil") FileUpload fil, @RestForm String titel,
            @RestForm String program) {
        remissatkomst.kontrolleraEgenRemiss(id);
        try {
            Handling h = service.laggTillDokument(id, () -> diarium.lagraUppladdning(fil, "fil"),
                    Formular.text(titel), klocka.idag());
            String importerat = Formular.kryssad(program) ? importeraProgram(id, h.id) : "";
            return Response.seeOther(URI.create("/remisser/" + id + "?klart=dokument" + importerat)).build();
        } catch (Valideringsfel e) {
            return sida(id, null, e.perFalt(), List.of(), 400);
        }
    }

    @GET
    @Path("{id}/dokument/{dokumentId}")
    @Produces(MediaType.WILDCARD)
    public Response dokument(@RestPath long id, @RestPath long dokumentId) {
        return Nedladdning.av(remissatkomst.remissdokument(id, dokumentId));
    }

    @POST
    @Path("{id}/mottagare")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR})
    public Response laggTillMottagare(@RestPath long id, @RestForm List<String> mottagare) {
        remissatkomst.kontrolleraEgenRemiss(id);
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            List<Long> idn = Formular.idn(mottagare, "mottagare", fel);
            fel.kastaOmFel();
            service.laggTillMottagare(id, idn);
            return tillbaka(id, "mottagare");
        } catch (Valideringsfel e) {
            return sida(id, null, e.perFalt(), List.of(), 400);
        }
    }

    @POST
    @Path("{id}/mottagare/{mottagareId}/ta-bort")
    @RolesAllowed({Roll.REGISTRATOR})
    public Response taBortMottagare(@RestPath long id, @RestPath long mottagareId) {
        remissatkomst.kontrolleraEgenRemiss(id);
        service.taBortMottagare(id, mottagareId);
        return tillbaka(id, "borttagen");
    }

    @POST
    @Path("{id}/mottagare/{mottagareId}/frister")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR})
    public Response andraFrister(@RestPath long id, @RestPath long mottagareId,
            @RestForm String sistaDagKontorsutlatande, @RestForm String sistaDagNamndprotokoll,
            @RestForm String version) {
        remissatkomst.kontrolleraEgenRemiss(id);
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            LocalDate k = Formular.datum(sistaDagKontorsutlatande, "sistaDagKontorsutlatande", fel);
            LocalDate n = Formular.datum(sistaDagNamndprotokoll, "sistaDagNamndprotokoll", fel);
            Long v = Formular.id(version, "version", fel);
            fel.kastaOmFel();
            List<Fristkontroll.Varning> varningar = service.andraFrister(id, mottagareId, k, n, v);
            if (!varningar.isEmpty()) {
                return sida(id, "Fristerna är ändrade.", Map.of(), varningar, 200);
            }
            return tillbaka(id, "frister");
        } catch (Valideringsfel e) {
            return sida(id, null, e.perFalt(), List.of(), 400);
        }
    }

    /**
     * "Skicka till 20 mottagare?": sending cannot be undone, so the remiss page's button leads here, to
     * a page that names the recipients and holds the form that really sends (no script needed).
     */
    @GET
    @Path("{id}/skicka")
    @RolesAllowed({Roll.REGISTRATOR})
    public Response bekraftaSkicka(@RestPath long id) {
        Remiss remiss = remissatkomst.egenRemiss(id);
        List<Handling> dokument = remiss.dokument();
        if (!remiss.arUtkast() || dokument.isEmpty()) {
            return Response.seeOther(URI.create("/remisser/" + id)).build();
        }
        return Response.ok(Templates.skicka(remiss, Remissmottagare.matris(remiss), dokument)).build();
    }

    @POST
    @Path("{id}/skicka")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roll.REGISTRATOR})
    public Response skicka(@RestPath long id, @RestForm String version) {
        remissatkomst.kontrolleraEgenRemiss(id);
        try {
            Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
            Long v = Formular.id(version, "version", fel);
            fel.kastaOmFel();
            service.skicka(id, klocka.idag(), v);
            return tillbaka(id, "skickad");
        } catch (Valideringsfel e) {
            return sida(id, null, e.perFalt(), List.of(), 400);
        }
    }

    /** The login session a receipt for an uploaded file is bound to; none for API clients. */
    private Filkvittering.Bindning bindning() {
        String nyckel = inloggad.sessionsnyckel();
        return nyckel == null ? null : new Filkvittering.Bindning(nyckel, inloggad.anvandare().id);
    }

    private TemplateInstance formular(Formvarden varden, Map<String, String> fel,
            List<Fristkontroll.Varning> varningar) {
        return Templates.ny(varden, fel, varningar, Organisation.aktivaSorterade(), Grupp.allaSorterade(),
                Organisation.iEnhet(atkomst.enhet()));
    }

    private Response sida(long id, String meddelande, Map<String, String> fel, List<Fristkontroll.Varning> varningar,
            int status) {
        Remiss remiss = hamta(id);
        List<Remissmottagare> mottagare = remissatkomst.synligaMottagare(remiss, Remissmottagare.matris(remiss));
        LocalDate idag = klocka.idag();
        long klara = mottagare.stream().filter(m -> m.status.avslutad()).count();
        List<Organisation> organisationer = remiss.arUtkast() ? Organisation.aktivaSorterade() : List.of();
        List<Grupp> grupper = remiss.arUtkast() ? Grupp.allaSorterade() : List.of();
        if (varningar.isEmpty()) {
            varningar = Fristkontroll.varningar(kalender, remiss.sistaDagKontorsutlatande,
                    remiss.sistaDagNamndprotokoll, "");
        }
        // A draft warns of recipients whose nämnd meets no day between the two deadlines: the plans of
        // all recipients from their calendars at once, not a query per recipient.
        Map<Long, Namndplanering.Plan> planer = remiss.arUtkast() ? namndplanering.planer(mottagare) : Map.of();
        List<String> motesvarningar = mottagare.stream().map(m -> planer.get(m.id)).filter(p -> p != null && p.varning() != null)
                .map(Namndplanering.Plan::varning).toList();
        List<Mottagarrad> rader = Mottagarrad.av(mottagare, idag, planer);
        long forsenade = rader.stream().filter(r -> r.frist().forsenad()).count();
        return Response.status(status).entity(Templates.remiss(remiss, rader, remiss.dokument(), idag, meddelande,
                fel, varningar, organisationer, grupper, forsenade, klara, Formvarden.TOM, motesvarningar)).build();
    }

    private static Response tillbaka(long id, String klart) {
        return Response.seeOther(URI.create("/remisser/" + id + "?klart=" + klart)).build();
    }

    private Remiss hamta(long id) {
        return remissatkomst.remiss(id);
    }
}
