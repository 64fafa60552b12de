package se.remiss.granskning;

import static se.remiss.granskning.Granskningsmiljo.sistaId;
import static se.remiss.granskning.Granskningsmiljo.som;
import static se.remiss.granskning.Granskningsmiljo.utlatandeId;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import se.remiss.avisering.Epostkategori;
import se.remiss.granskning.Granskningsmiljo.Lage;
import se.remiss.plattform.Roll;
import se.remiss.sakerhet.Autentisering;
import se.remiss.testhjalp.Api;

/**
 * Every state-changing route once: how to prepare for it, one call that succeeds and what its
 * audit event must say, and one call the application refuses. A route added without a row fails
 * {@link GranskningEndpunktTest#varjeAndrandeRuttHarEnRad()}.
 */
final class Granskningsrader {

    private Granskningsrader() {
    }

    /**
     * Whose user (a fresh one per row) makes the call. A row whose {@code handling} is null changes
     * nothing (an unsafe method that only reads): its success must write no event.
     */
    enum Vem { REGISTRATOR_A, REGISTRATOR_B, ADMINISTRATOR_A, NY_ANVANDARE, SEKRETERARE_B, LEDAMOT_B }

    /** What the successful call answered and what its event must name; {@code fore} null: no before-values. */
    record Forvantat(Response svar, int status, Long objektId, Long remissId, Map<String, ?> fore,
            Map<String, ?> efter) {
    }

    interface Lyckat {
        Forvantat gor(Granskningsmiljo m, String anvandare, Lage l);
    }

    interface Misslyckat {
        Response gor(Granskningsmiljo m, String anvandare, Lage l);
    }

    record Rad(String metod, String mall, Vem vem, String handling, String objekttyp,
            BiFunction<Granskningsmiljo, String, Lage> forbered, Lyckat lyckat, Misslyckat misslyckat) {
        String nyckel() {
            return metod + " " + mall;
        }
    }

    static final String DATUM_K = "2026-12-22";
    static final String DATUM_N = "2026-12-29";
    static final String LOSENORD_NYTT = "Ett-helt-nytt-losenord-42";
    private static final long SAKNAS = 999_999_999L;

    static List<Rad> tabell() {
        return java.util.stream.Stream.concat(grund().stream(), Protokollrader.rader().stream()).toList();
    }

    private static List<Rad> grund() {
        return List.of(
                // ---- Login and the user's own account
                new Rad("POST", "/logga-in", Vem.NY_ANVANDARE, "INLOGGNING", "Anvandare", (m, u) -> new Lage(),
                        (m, u, l) -> new Forvantat(Granskningsmiljo.loggaIn(u, Api.LOSENORD), 303, Api.anvandare(u),
                                null, null, null),
                        (m, u, l) -> Granskningsmiljo.loggaIn(u, "fel-losenord")),
                new Rad("POST", "/logga-ut", Vem.NY_ANVANDARE, "UTLOGGNING", "Anvandare",
                        (m, u) -> Granskningsmiljo.session(u),
                        (m, u, l) -> new Forvantat(session(l).formParam("csrf-token", l.csrf).post("/logga-ut"), 303,
                                Api.anvandare(u), null, null, null),
                        (m, u, l) -> session(l).formParam("csrf-token", "fel-token").post("/logga-ut")),
                new Rad("POST", "/konto/losenord", Vem.NY_ANVANDARE, "LOSENORD_BYTT", "Anvandare", (m, u) -> new Lage(),
                        (m, u, l) -> new Forvantat(form(u).formParams(Map.of("nuvarande", Api.LOSENORD,
                                "nytt", LOSENORD_NYTT, "upprepat", LOSENORD_NYTT)).post("/konto/losenord"), 303,
                                Api.anvandare(u), null, null, null),
                        (m, u, l) -> form(u).formParams(Map.of("nuvarande", "fel-losenord", "nytt", LOSENORD_NYTT,
                                "upprepat", LOSENORD_NYTT)).post("/konto/losenord")),
                new Rad("POST", "/konto/telefon", Vem.NY_ANVANDARE, "TELEFON_ANDRAD", "Anvandare", (m, u) -> new Lage(),
                        (m, u, l) -> new Forvantat(form(u).formParam("telefon", "08-508 12 345").post("/konto/telefon"), 303,
                                Api.anvandare(u), null, Map.of("telefon", "null"), Map.of("telefon", "08-508 12 345")),
                        (m, u, l) -> form(u).formParam("telefon", "ring mig").post("/konto/telefon")),

                // ---- Users (administrators)
                new Rad("POST", "/api/anvandare", Vem.ADMINISTRATOR_A, "ANVANDARE_SKAPAD", "Anvandare",
                        (m, u) -> new Lage(),
                        (m, u, l) -> {
                            String namn = "ny-" + Api.unik();
                            Response svar = json(u).body(Map.of("anvandarnamn", namn, "namn", "Ny Person",
                                    "organisation", m.a, "roller", List.of("handlaggare"), "losenord", LOSENORD_NYTT))
                                    .post("/api/anvandare");
                            return new Forvantat(svar, 201, svar.jsonPath().getLong("id"), null, null,
                                    Map.of("anvandarnamn", namn, "roller", "handlaggare"));
                        },
                        (m, u, l) -> json(u).body("{}").post("/api/anvandare")),
                new Rad("POST", "/anvandare", Vem.ADMINISTRATOR_A, "ANVANDARE_SKAPAD", "Anvandare", (m, u) -> new Lage(),
                        (m, u, l) -> {
                            String namn = "ny-" + Api.unik();
                            Response svar = form(u).formParams(nyAnvandare(m, namn, LOSENORD_NYTT)).post("/anvandare");
                            return new Forvantat(svar, 303, Api.anvandare(namn), null, null,
                                    Map.of("anvandarnamn", namn, "roller", "handlaggare"));
                        },
                        (m, u, l) -> form(u).formParams(nyAnvandare(m, "ny-" + Api.unik(), "inte-samma-losenord"))
                                .post("/anvandare")),
                new Rad("PUT", "/api/anvandare/{id}", Vem.ADMINISTRATOR_A, "ANVANDARE_ANDRAD", "Anvandare",
                        (m, u) -> m.anvandare(),
                        (m, u, l) -> new Forvantat(json(u).body(anvandarandring(m, l, l.version))
                                .put("/api/anvandare/" + l.person), 200, l.person, null,
                                Map.of("namn", l.namn), Map.of("namn", l.namn + " (ändrad)")),
                        (m, u, l) -> json(u).body(anvandarandring(m, l, l.version + 7)).put("/api/anvandare/" + l.person)),
                new Rad("POST", "/anvandare/{id}", Vem.ADMINISTRATOR_A, "ANVANDARE_ANDRAD", "Anvandare",
                        (m, u) -> m.anvandare(),
                        (m, u, l) -> new Forvantat(form(u).formParams(anvandarandring(m, l, l.version)).formParam("aktiv", "on")
                                .post("/anvandare/" + l.person), 303, l.person, null,
                                Map.of("namn", l.namn), Map.of("namn", l.namn + " (ändrad)")),
                        (m, u, l) -> form(u).formParams(anvandarandring(m, l, l.version + 7)).formParam("aktiv", "on")
                                .post("/anvandare/" + l.person)),
                new Rad("POST", "/api/anvandare/{id}/losenord", Vem.ADMINISTRATOR_A, "LOSENORD_SATT", "Anvandare",
                        (m, u) -> m.anvandare(),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("losenord", LOSENORD_NYTT))
                                .post("/api/anvandare/" + l.person + "/losenord"), 204, l.person, null, null, null),
                        (m, u, l) -> json(u).body(Map.of("losenord", "kort")).post("/api/anvandare/" + l.person + "/losenord")),
                new Rad("POST", "/anvandare/{id}/losenord", Vem.ADMINISTRATOR_A, "LOSENORD_SATT", "Anvandare",
                        (m, u) -> m.anvandare(),
                        (m, u, l) -> new Forvantat(form(u).formParams(Map.of("losenord", LOSENORD_NYTT, "upprepat", LOSENORD_NYTT))
                                .post("/anvandare/" + l.person + "/losenord"), 303, l.person, null, null, null),
                        (m, u, l) -> form(u).formParams(Map.of("losenord", LOSENORD_NYTT, "upprepat", "något annat"))
                                .post("/anvandare/" + l.person + "/losenord")),

                // ---- The audit trail itself: verifying reads only, so it writes nothing; a refusal is recorded
                new Rad("POST", "/api/granskning/verifiering", Vem.ADMINISTRATOR_A, null, null,
                        (m, u) -> Lage.som(Api.nyAnvandare(m.a, Roll.REGISTRATOR)),
                        (m, u, l) -> new Forvantat(som(u).accept(ContentType.JSON).post("/api/granskning/verifiering"), 200,
                                null, null, null, null),
                        (m, u, l) -> som(l.anvandare).accept(ContentType.JSON).post("/api/granskning/verifiering")),

                // ---- Verifying a signed PDF: a read (no event when it succeeds); a refused upload is recorded
                new Rad("POST", "/api/verifiering", Vem.REGISTRATOR_A, null, null, (m, u) -> new Lage(),
                        (m, u, l) -> new Forvantat(som(u).accept(ContentType.JSON)
                                .multiPart("fil", "dokument.pdf", enkelPdf(), "application/pdf").post("/api/verifiering"),
                                200, null, null, null, null),
                        (m, u, l) -> som(u).accept(ContentType.JSON)
                                .multiPart("fil", "dokument.pdf", "ingen pdf".getBytes(StandardCharsets.UTF_8), "application/pdf")
                                .post("/api/verifiering")),
                new Rad("POST", "/verifiering", Vem.REGISTRATOR_A, null, null, (m, u) -> new Lage(),
                        (m, u, l) -> new Forvantat(som(u).multiPart("fil", "dokument.pdf", enkelPdf(), "application/pdf")
                                .post("/verifiering"), 200, null, null, null, null),
                        (m, u, l) -> som(u).multiPart("fil", "dokument.pdf", "ingen pdf".getBytes(StandardCharsets.UTF_8),
                                "application/pdf").post("/verifiering")),

                // ---- Remisser: registration
                new Rad("POST", "/api/remisser", Vem.REGISTRATOR_A, "REMISS_REGISTRERAD", "Remiss", (m, u) -> new Lage(),
                        (m, u, l) -> {
                            String titel = "Ny remiss " + Api.unik();
                            Response svar = json(u).body(Api.remiss(m.a, titel, m.b)).post("/api/remisser");
                            long id = svar.jsonPath().getLong("id");
                            return new Forvantat(svar, 201, id, id, null,
                                    Map.of("titel", titel, "mottagare", List.of(m.bNamn)));
                        },
                        (m, u, l) -> json(u).body(Map.of("avsandare", m.a)).post("/api/remisser")),
                new Rad("POST", "/remisser", Vem.REGISTRATOR_A, "REMISS_REGISTRERAD", "Remiss", (m, u) -> new Lage(),
                        (m, u, l) -> {
                            String titel = "Ny remiss " + Api.unik();
                            Response svar = remissformular(m, u, titel).multiPart("fil", "remiss.txt",
                                    "Remisshandling".getBytes(StandardCharsets.UTF_8), "text/plain").post("/remisser");
                            long id = sistaId(svar.header("Location"));
                            return new Forvantat(svar, 303, id, id, null, Map.of("titel", titel,
                                    "mottagare", List.of(m.bNamn), "dokument", "Remiss"));
                        },
                        (m, u, l) -> remissformular(m, u, " ").post("/remisser")),

                // ---- Remisser: documents, recipients and deadlines of a draft, sending
                new Rad("POST", "/api/remisser/{id}/dokument", Vem.REGISTRATOR_A, "DOKUMENT_TILLAGT", "Handling",
                        (m, u) -> m.utkast(),
                        (m, u, l) -> {
                            Response svar = som(u).multiPart("fil", "bilaga.txt", bytes("Bilaga"), "text/plain")
                                    .multiPart("titel", "Bilaga 1").post("/api/remisser/" + l.remiss + "/dokument");
                            return new Forvantat(svar, 201, svar.jsonPath().getLong("id"), l.remiss, null,
                                    Map.of("titel", "Bilaga 1"));
                        },
                        (m, u, l) -> som(u).multiPart("titel", "Ingen fil").post("/api/remisser/" + l.remiss + "/dokument")),
                new Rad("POST", "/remisser/{id}/dokument", Vem.REGISTRATOR_A, "DOKUMENT_TILLAGT", "Handling",
                        (m, u) -> m.utkast(),
                        (m, u, l) -> new Forvantat(som(u).multiPart("fil", "bilaga.txt", bytes("Bilaga"), "text/plain")
                                .multiPart("titel", "Bilaga 2").post("/remisser/" + l.remiss + "/dokument"), 303,
                                dokument(u, l.remiss, "Bilaga 2"), l.remiss, null, Map.of("titel", "Bilaga 2")),
                        (m, u, l) -> som(u).multiPart("titel", "Ingen fil").post("/remisser/" + l.remiss + "/dokument")),
                new Rad("POST", "/api/remisser/{id}/mottagare", Vem.REGISTRATOR_A, "MOTTAGARE_TILLAGDA", "Remiss",
                        (m, u) -> m.utkast(),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("mottagare", List.of(m.c)))
                                .post("/api/remisser/" + l.remiss + "/mottagare"), 200, l.remiss, l.remiss, null,
                                Map.of("tillagda", List.of(m.cNamn))),
                        (m, u, l) -> json(u).body(Map.of("mottagare", List.of())).post("/api/remisser/" + l.remiss + "/mottagare")),
                new Rad("POST", "/remisser/{id}/mottagare", Vem.REGISTRATOR_A, "MOTTAGARE_TILLAGDA", "Remiss",
                        (m, u) -> m.utkast(),
                        (m, u, l) -> new Forvantat(form(u).formParam("mottagare", m.c)
                                .post("/remisser/" + l.remiss + "/mottagare"), 303, l.remiss, l.remiss, null,
                                Map.of("tillagda", List.of(m.cNamn))),
                        (m, u, l) -> form(u).formParam("mottagare", "abc").post("/remisser/" + l.remiss + "/mottagare")),
                new Rad("DELETE", "/api/remisser/{id}/mottagare/{mottagareId}", Vem.REGISTRATOR_A, "MOTTAGARE_BORTTAGEN",
                        "Remissmottagare", (m, u) -> m.utkast(),
                        (m, u, l) -> new Forvantat(som(u).delete("/api/remisser/" + l.remiss + "/mottagare/" + l.mottagare),
                                204, l.mottagare, l.remiss, Map.of("organisation", m.bNamn), null),
                        (m, u, l) -> som(u).delete("/api/remisser/" + l.remiss + "/mottagare/" + SAKNAS)),
                new Rad("POST", "/remisser/{id}/mottagare/{mottagareId}/ta-bort", Vem.REGISTRATOR_A,
                        "MOTTAGARE_BORTTAGEN", "Remissmottagare", (m, u) -> m.utkast(),
                        (m, u, l) -> new Forvantat(form(u).post("/remisser/" + l.remiss + "/mottagare/" + l.mottagare
                                + "/ta-bort"), 303, l.mottagare, l.remiss, Map.of("organisation", m.bNamn), null),
                        (m, u, l) -> form(u).post("/remisser/" + l.remiss + "/mottagare/" + SAKNAS + "/ta-bort")),
                new Rad("PUT", "/api/remisser/{id}/mottagare/{mottagareId}/frister", Vem.REGISTRATOR_A,
                        "FRISTER_ANDRADE", "Remissmottagare", (m, u) -> m.utkast(),
                        (m, u, l) -> new Forvantat(json(u).body(frister(DATUM_K, DATUM_N))
                                .put("/api/remisser/" + l.remiss + "/mottagare/" + l.mottagare + "/frister"), 200,
                                l.mottagare, l.remiss, gamlaFrister(), frister(DATUM_K, DATUM_N)),
                        (m, u, l) -> json(u).body(frister(DATUM_N, DATUM_K))
                                .put("/api/remisser/" + l.remiss + "/mottagare/" + l.mottagare + "/frister")),
                new Rad("POST", "/remisser/{id}/mottagare/{mottagareId}/frister", Vem.REGISTRATOR_A,
                        "FRISTER_ANDRADE", "Remissmottagare", (m, u) -> m.utkast(),
                        (m, u, l) -> new Forvantat(form(u).formParams(frister(DATUM_K, DATUM_N))
                                .post("/remisser/" + l.remiss + "/mottagare/" + l.mottagare + "/frister"), 303,
                                l.mottagare, l.remiss, gamlaFrister(), frister(DATUM_K, DATUM_N)),
                        (m, u, l) -> form(u).formParams(frister("2026-13-45", DATUM_N))
                                .post("/remisser/" + l.remiss + "/mottagare/" + l.mottagare + "/frister")),
                new Rad("POST", "/api/remisser/{id}/skicka", Vem.REGISTRATOR_A, "REMISS_SKICKAD", "Remiss",
                        (m, u) -> m.utkast(),
                        (m, u, l) -> new Forvantat(json(u).body("{}").post("/api/remisser/" + l.remiss + "/skicka"), 200,
                                l.remiss, l.remiss, Map.of("status", "UTKAST"), Map.of("status", "SKICKAD")),
                        (m, u, l) -> json(u).body(Map.of("version", 999)).post("/api/remisser/" + l.remiss + "/skicka")),
                new Rad("POST", "/remisser/{id}/skicka", Vem.REGISTRATOR_A, "REMISS_SKICKAD", "Remiss",
                        (m, u) -> m.utkast(),
                        (m, u, l) -> new Forvantat(form(u).post("/remisser/" + l.remiss + "/skicka"), 303,
                                l.remiss, l.remiss, Map.of("status", "UTKAST"), Map.of("status", "SKICKAD")),
                        (m, u, l) -> form(u).formParam("version", "abc").post("/remisser/" + l.remiss + "/skicka")),

                // ---- The programme of a remiss
                new Rad("POST", "/api/remisser/{id}/program", Vem.REGISTRATOR_A, "PROGRAM_IMPORTERAT", "Program",
                        (m, u) -> m.utkast(),
                        (m, u, l) -> {
                            Response svar = som(u).multiPart("fil", "program.txt", Granskningsmiljo.programtext(),
                                    "text/plain").post("/api/remisser/" + l.remiss + "/program");
                            return new Forvantat(svar, 201, sistaId(svar.header("Location")), l.remiss, null,
                                    Map.of("version", 1, "filnamn", "program.txt"));
                        },
                        (m, u, l) -> som(u).multiPart("foregaende", "1").post("/api/remisser/" + l.remiss + "/program")),
                new Rad("POST", "/remisser/{id}/program", Vem.REGISTRATOR_A, "PROGRAM_IMPORTERAT", "Program",
                        (m, u) -> m.utkast(),
                        (m, u, l) -> {
                            Response svar = som(u).multiPart("fil", "program.txt", Granskningsmiljo.programtext(),
                                    "text/plain").post("/remisser/" + l.remiss + "/program");
                            return new Forvantat(svar, 303, sistaId(svar.header("Location")), l.remiss, null,
                                    Map.of("version", 1, "filnamn", "program.txt"));
                        },
                        (m, u, l) -> som(u).multiPart("foregaende", "1").post("/remisser/" + l.remiss + "/program")),

                // ---- The recipient's side
                new Rad("POST", "/api/mottagare/{id}/mottag", Vem.REGISTRATOR_B, "REMISS_MOTTAGEN", "Remissmottagare",
                        (m, u) -> m.skickad(),
                        (m, u, l) -> new Forvantat(som(u).post("/api/mottagare/" + l.mottagare + "/mottag"), 200,
                                l.mottagare, l.remiss, Map.of("status", "SKICKAD"), Map.of("status", "MOTTAGEN")),
                        (m, u, l) -> som(u).post("/api/mottagare/" + SAKNAS + "/mottag")),
                new Rad("POST", "/mottagare/{id}/mottag", Vem.REGISTRATOR_B, "REMISS_MOTTAGEN", "Remissmottagare",
                        (m, u) -> m.skickad(),
                        (m, u, l) -> new Forvantat(form(u).post("/mottagare/" + l.mottagare + "/mottag"), 303,
                                l.mottagare, l.remiss, Map.of("status", "SKICKAD"), Map.of("status", "MOTTAGEN")),
                        (m, u, l) -> form(u).formParam("version", "abc").post("/mottagare/" + l.mottagare + "/mottag")),
                new Rad("POST", "/api/mottagare/{id}/tilldela", Vem.REGISTRATOR_B, "HANDLAGGARE_TILLDELAD",
                        "Remissmottagare", (m, u) -> m.skickad(),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("handlaggare", m.handlaggareB))
                                .post("/api/mottagare/" + l.mottagare + "/tilldela"), 200, l.mottagare, l.remiss,
                                Map.of("status", "SKICKAD"),
                                Map.of("handlaggare", m.handlaggareBNamn, "status", "TILLDELAD")),
                        (m, u, l) -> json(u).body("{}").post("/api/mottagare/" + l.mottagare + "/tilldela")),
                new Rad("POST", "/mottagare/{id}/tilldela", Vem.REGISTRATOR_B, "HANDLAGGARE_TILLDELAD",
                        "Remissmottagare", (m, u) -> m.skickad(),
                        (m, u, l) -> new Forvantat(form(u).formParam("handlaggare", m.handlaggareB)
                                .post("/mottagare/" + l.mottagare + "/tilldela"), 303, l.mottagare, l.remiss,
                                Map.of("status", "SKICKAD"),
                                Map.of("handlaggare", m.handlaggareBNamn, "status", "TILLDELAD")),
                        (m, u, l) -> form(u).formParam("handlaggare", "abc").post("/mottagare/" + l.mottagare + "/tilldela")),
                new Rad("POST", "/api/mottagare/{id}/status", Vem.REGISTRATOR_B, "STATUS_ANDRAD", "Remissmottagare",
                        (m, u) -> m.skickad(),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("status", "AVSTAR"))
                                .post("/api/mottagare/" + l.mottagare + "/status"), 200, l.mottagare, l.remiss,
                                Map.of("status", "SKICKAD"), Map.of("status", "AVSTAR")),
                        (m, u, l) -> json(u).body(Map.of("status", "BESVARAD")).post("/api/mottagare/" + l.mottagare + "/status")),
                new Rad("POST", "/mottagare/{id}/status", Vem.REGISTRATOR_B, "STATUS_ANDRAD", "Remissmottagare",
                        (m, u) -> m.skickad(),
                        (m, u, l) -> new Forvantat(form(u).formParam("status", "AVSTAR")
                                .post("/mottagare/" + l.mottagare + "/status"), 303, l.mottagare, l.remiss,
                                Map.of("status", "SKICKAD"), Map.of("status", "AVSTAR")),
                        (m, u, l) -> form(u).formParam("status", "FINNS_INTE").post("/mottagare/" + l.mottagare + "/status")),

                // ---- Anstånd: the recipient asks, the sender decides
                new Rad("POST", "/api/mottagare/{id}/anstand", Vem.REGISTRATOR_B, "ANSTAND_BEGART", "Anstand",
                        (m, u) -> m.skickad(),
                        (m, u, l) -> {
                            Response svar = json(u).body(anstandsbegaran()).post("/api/mottagare/" + l.mottagare + "/anstand");
                            return new Forvantat(svar, 201, sistaId(svar.header("Location")), l.remiss, null,
                                    begart());
                        },
                        (m, u, l) -> json(u).body(Map.of("motivering", "Ingen dag")).post("/api/mottagare/" + l.mottagare + "/anstand")),
                new Rad("POST", "/mottagare/{id}/anstand", Vem.REGISTRATOR_B, "ANSTAND_BEGART", "Anstand",
                        (m, u) -> m.skickad(),
                        (m, u, l) -> {
                            Response svar = form(u).formParams(anstandsbegaran()).post("/mottagare/" + l.mottagare + "/anstand");
                            long id = som(u).accept(ContentType.JSON).get("/api/mottagare/" + l.mottagare + "/anstand")
                                    .then().statusCode(200).extract().jsonPath().getLong("anstand[0].id");
                            return new Forvantat(svar, 303, id, l.remiss, null, begart());
                        },
                        (m, u, l) -> form(u).formParam("sistaDagKontorsutlatande", "2026-13-40")
                                .post("/mottagare/" + l.mottagare + "/anstand")),
                new Rad("POST", "/api/anstand/{id}/bevilja", Vem.REGISTRATOR_A, "ANSTAND_BEVILJAT", "Anstand",
                        (m, u) -> m.anstand(),
                        (m, u, l) -> new Forvantat(json(u).body("{}").post("/api/anstand/" + l.anstand + "/bevilja"), 200,
                                l.anstand, l.remiss, beviljatFore(), beviljat()),
                        (m, u, l) -> json(u).body(Map.of("sistaDagKontorsutlatande", "2026-11-01"))
                                .post("/api/anstand/" + l.anstand + "/bevilja")),
                new Rad("POST", "/anstand/{id}/bevilja", Vem.REGISTRATOR_A, "ANSTAND_BEVILJAT", "Anstand",
                        (m, u) -> m.anstand(),
                        (m, u, l) -> new Forvantat(form(u).formParam("version", "0").post("/anstand/" + l.anstand + "/bevilja"),
                                303, l.anstand, l.remiss, beviljatFore(), beviljat()),
                        (m, u, l) -> form(u).formParam("sistaDagKontorsutlatande", "2026-11-01")
                                .post("/anstand/" + l.anstand + "/bevilja")),
                new Rad("POST", "/api/anstand/{id}/avsla", Vem.REGISTRATOR_A, "ANSTAND_AVSLAGET", "Anstand",
                        (m, u) -> m.anstand(),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("motivering", "Svaret behövs till kommunstyrelsen."))
                                .post("/api/anstand/" + l.anstand + "/avsla"), 200, l.anstand, l.remiss,
                                Map.of("status", "BEGART"),
                                Map.of("status", "AVSLAGET", "motivering", "Svaret behövs till kommunstyrelsen.")),
                        (m, u, l) -> json(u).body("{}").post("/api/anstand/" + l.anstand + "/avsla")),
                new Rad("POST", "/anstand/{id}/avsla", Vem.REGISTRATOR_A, "ANSTAND_AVSLAGET", "Anstand",
                        (m, u) -> m.anstand(),
                        (m, u, l) -> new Forvantat(form(u).formParam("motivering", "Svaret behövs till kommunstyrelsen.")
                                .post("/anstand/" + l.anstand + "/avsla"), 303, l.anstand, l.remiss,
                                Map.of("status", "BEGART"),
                                Map.of("status", "AVSLAGET", "motivering", "Svaret behövs till kommunstyrelsen.")),
                        (m, u, l) -> form(u).formParam("motivering", " ").post("/anstand/" + l.anstand + "/avsla")),

                // ---- Calendar feeds of the user's own
                new Rad("POST", "/api/konto/kalendrar", Vem.NY_ANVANDARE, "KALENDER_SKAPAD", "Kalenderprenumeration",
                        (m, u) -> new Lage(),
                        (m, u, l) -> {
                            Response svar = json(u).body(Map.of("typ", "MINA")).post("/api/konto/kalendrar");
                            return new Forvantat(svar, 201, sistaId(svar.header("Location")), null, null,
                                    Map.of("typ", "MINA", "namn", "Mina ärenden"));
                        },
                        (m, u, l) -> json(u).body("{}").post("/api/konto/kalendrar")),
                new Rad("POST", "/konto/kalendrar", Vem.NY_ANVANDARE, "KALENDER_SKAPAD", "Kalenderprenumeration",
                        (m, u) -> new Lage(),
                        (m, u, l) -> {
                            Response svar = form(u).formParams(Map.of("typ", "ORGANISATION", "namn", "Vår kalender"))
                                    .post("/konto/kalendrar");
                            long id = som(u).accept(ContentType.JSON).get("/api/konto/kalendrar").then().statusCode(200)
                                    .extract().jsonPath().getLong("[0].id");
                            return new Forvantat(svar, 200, id, null, null, Map.of("typ", "ORGANISATION", "namn", "Vår kalender"));
                        },
                        (m, u, l) -> form(u).formParam("typ", "VECKA").post("/konto/kalendrar")),
                new Rad("DELETE", "/api/konto/kalendrar/{id}", Vem.NY_ANVANDARE, "KALENDER_ATERKALLAD",
                        "Kalenderprenumeration", (m, u) -> Granskningsmiljo.kalender(u),
                        (m, u, l) -> new Forvantat(som(u).delete("/api/konto/kalendrar/" + l.kalender), 204, l.kalender,
                                null, Map.of("aterkallad", ""), Map.of()),
                        (m, u, l) -> som(u).delete("/api/konto/kalendrar/" + SAKNAS)),
                new Rad("POST", "/konto/kalendrar/{id}/aterkalla", Vem.NY_ANVANDARE, "KALENDER_ATERKALLAD",
                        "Kalenderprenumeration", (m, u) -> Granskningsmiljo.kalender(u),
                        (m, u, l) -> new Forvantat(form(u).post("/konto/kalendrar/" + l.kalender + "/aterkalla"), 303,
                                l.kalender, null, Map.of("aterkallad", ""), Map.of()),
                        (m, u, l) -> form(u).post("/konto/kalendrar/" + SAKNAS + "/aterkalla")),

                // ---- The account's choice of notification mails
                new Rad("POST", "/konto/epost", Vem.NY_ANVANDARE, "EPOSTVAL_ANDRAT", "Anvandare", (m, u) -> new Lage(),
                        (m, u, l) -> new Forvantat(form(u).formParam("pa", Arrays.stream(Epostkategori.values())
                                .filter(k -> k != Epostkategori.ANKOMST).map(Enum::name).toArray()).post("/konto/epost"), 303,
                                Api.anvandare(u), null, Map.of("avstangda", "[]"), Map.of("avstangda", "[ANKOMST]")),
                        (m, u, l) -> form(u).formParam("pa", "FINNS_INTE").post("/konto/epost")),

                // ---- Diarium
                new Rad("POST", "/api/diarium/{organisation}/arenden", Vem.REGISTRATOR_A, "ARENDE_REGISTRERAT", "Arende",
                        (m, u) -> new Lage(),
                        (m, u, l) -> {
                            Response svar = json(u).body(Map.of("rubrik", "Skrivelse om granskning"))
                                    .post("/api/diarium/" + m.a + "/arenden");
                            return new Forvantat(svar, 201, svar.jsonPath().getLong("id"), null, null,
                                    Map.of("rubrik", "Skrivelse om granskning"));
                        },
                        (m, u, l) -> json(u).body("{}").post("/api/diarium/" + m.a + "/arenden")),
                new Rad("POST", "/api/arenden/{id}/handlingar", Vem.REGISTRATOR_A, "HANDLING_REGISTRERAD", "Handling",
                        (m, u) -> m.handling(),
                        (m, u, l) -> {
                            Response svar = som(u).multiPart("riktning", "UT").multiPart("titel", "Svar om granskning")
                                    .post("/api/arenden/" + l.arende + "/handlingar");
                            return new Forvantat(svar, 201, svar.jsonPath().getLong("id"), null, null,
                                    Map.of("titel", "Svar om granskning", "riktning", "UT"));
                        },
                        (m, u, l) -> som(u).multiPart("titel", "Utan riktning").post("/api/arenden/" + l.arende + "/handlingar")),
                new Rad("POST", "/arenden/{id}/handlingar", Vem.REGISTRATOR_A, "HANDLING_REGISTRERAD", "Handling",
                        (m, u) -> m.handling(),
                        (m, u, l) -> new Forvantat(som(u).multiPart("riktning", "UT").multiPart("titel", "Svar 2")
                                .post("/arenden/" + l.arende + "/handlingar"), 303, handling(u, l.arende, "Svar 2"), null,
                                null, Map.of("titel", "Svar 2", "riktning", "UT")),
                        (m, u, l) -> som(u).multiPart("riktning", "UT").multiPart("titel", " ")
                                .post("/arenden/" + l.arende + "/handlingar")),
                new Rad("POST", "/api/arenden/{id}/handlingar/{handling}/sekretess", Vem.REGISTRATOR_A,
                        "SEKRETESS_MARKERAD", "Handling", (m, u) -> m.handling(),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("osl", "26 kap. 1 § OSL"))
                                .post("/api/arenden/" + l.arende + "/handlingar/" + l.handling + "/sekretess"), 200,
                                l.handling, null, null, Map.of("osl", "26 kap. 1 § OSL")),
                        (m, u, l) -> json(u).body(Map.of("osl", " "))
                                .post("/api/arenden/" + l.arende + "/handlingar/" + l.handling + "/sekretess")),
                new Rad("POST", "/arenden/{id}/handlingar/{handling}/sekretess", Vem.REGISTRATOR_A,
                        "SEKRETESS_MARKERAD", "Handling", (m, u) -> m.handling(),
                        (m, u, l) -> new Forvantat(form(u).formParam("osl", "26 kap. 1 § OSL")
                                .post("/arenden/" + l.arende + "/handlingar/" + l.handling + "/sekretess"), 303,
                                l.handling, null, null, Map.of("osl", "26 kap. 1 § OSL")),
                        (m, u, l) -> form(u).formParam("osl", " ")
                                .post("/arenden/" + l.arende + "/handlingar/" + l.handling + "/sekretess")),
                new Rad("DELETE", "/api/arenden/{id}/handlingar/{handling}/sekretess", Vem.ADMINISTRATOR_A,
                        "SEKRETESS_HAVD", "Handling", (m, u) -> m.markerad(),
                        (m, u, l) -> new Forvantat(som(u).delete("/api/arenden/" + l.arende + "/handlingar/" + l.handling
                                + "/sekretess"), 200, l.handling, null, Map.of("osl", "26 kap. 1 § OSL"), null),
                        (m, u, l) -> som(u).delete("/api/arenden/" + l.arende + "/handlingar/" + SAKNAS + "/sekretess")),
                new Rad("POST", "/arenden/{id}/handlingar/{handling}/sekretess/ta-bort", Vem.ADMINISTRATOR_A,
                        "SEKRETESS_HAVD", "Handling", (m, u) -> m.markerad(),
                        (m, u, l) -> new Forvantat(form(u).post("/arenden/" + l.arende + "/handlingar/" + l.handling
                                + "/sekretess/ta-bort"), 303, l.handling, null, Map.of("osl", "26 kap. 1 § OSL"), null),
                        (m, u, l) -> form(u).post("/arenden/" + l.arende + "/handlingar/" + SAKNAS + "/sekretess/ta-bort")),

                // ---- Organisations and groups
                new Rad("POST", "/api/organisationer", Vem.ADMINISTRATOR_A, "ORGANISATION_SKAPAD", "Organisation",
                        (m, u) -> new Lage(),
                        (m, u, l) -> {
                            String k = "ny-" + Api.unik();
                            Response svar = json(u).body(Map.of("kortnamn", k, "namn", "Ny " + k, "typ", "BOLAG"))
                                    .post("/api/organisationer");
                            return new Forvantat(svar, 201, svar.jsonPath().getLong("id"), null, null,
                                    Map.of("kortnamn", k, "namn", "Ny " + k, "typ", "BOLAG"));
                        },
                        (m, u, l) -> json(u).body(Map.of("kortnamn", "Ogiltigt namn!", "typ", "BOLAG")).post("/api/organisationer")),
                new Rad("POST", "/organisationer", Vem.ADMINISTRATOR_A, "ORGANISATION_SKAPAD", "Organisation",
                        (m, u) -> new Lage(),
                        (m, u, l) -> {
                            String k = "ny-" + Api.unik();
                            Response svar = form(u).formParams(Map.of("kortnamn", k, "namn", "Ny " + k, "typ", "BOLAG",
                                    "aktiv", "on")).post("/organisationer");
                            return new Forvantat(svar, 303, Api.id(k), null, null,
                                    Map.of("kortnamn", k, "namn", "Ny " + k, "typ", "BOLAG"));
                        },
                        (m, u, l) -> form(u).formParams(Map.of("kortnamn", "Ogiltigt namn!", "namn", "X", "typ", "BOLAG"))
                                .post("/organisationer")),
                new Rad("PUT", "/api/organisationer/{id}", Vem.ADMINISTRATOR_A, "ORGANISATION_ANDRAD", "Organisation",
                        (m, u) -> m.organisation(),
                        (m, u, l) -> new Forvantat(json(u).body(organisationsandring(l, l.version))
                                .put("/api/organisationer/" + l.organisation), 200, l.organisation, null,
                                Map.of("namn", l.namn), Map.of("namn", l.namn + " (ändrad)")),
                        (m, u, l) -> json(u).body(organisationsandring(l, l.version + 7)).put("/api/organisationer/" + l.organisation)),
                new Rad("POST", "/organisationer/{id}", Vem.ADMINISTRATOR_A, "ORGANISATION_ANDRAD", "Organisation",
                        (m, u) -> m.organisation(),
                        (m, u, l) -> new Forvantat(form(u).formParams(organisationsandring(l, l.version))
                                .formParam("aktiv", "on").post("/organisationer/" + l.organisation), 303, l.organisation,
                                null, Map.of("namn", l.namn), Map.of("namn", l.namn + " (ändrad)")),
                        (m, u, l) -> {
                            Map<String, Object> ogiltig = organisationsandring(l, l.version);
                            ogiltig.put("typ", "OKAND");
                            return form(u).formParams(ogiltig).post("/organisationer/" + l.organisation);
                        }),
                new Rad("POST", "/api/grupper", Vem.ADMINISTRATOR_A, "GRUPP_SKAPAD", "Grupp", (m, u) -> new Lage(),
                        (m, u, l) -> {
                            String k = "grp-" + Api.unik();
                            Response svar = json(u).body(Map.of("kortnamn", k, "namn", "Grupp " + k,
                                    "medlemmar", List.of(m.b))).post("/api/grupper");
                            return new Forvantat(svar, 201, svar.jsonPath().getLong("id"), null, null,
                                    Map.of("namn", "Grupp " + k));
                        },
                        (m, u, l) -> json(u).body("{}").post("/api/grupper")),
                new Rad("POST", "/grupper", Vem.ADMINISTRATOR_A, "GRUPP_SKAPAD", "Grupp", (m, u) -> new Lage(),
                        (m, u, l) -> {
                            String k = "grp-" + Api.unik();
                            Response svar = form(u).formParams(Map.of("kortnamn", k, "namn", "Grupp " + k,
                                    "medlemmar", m.b)).post("/grupper");
                            return new Forvantat(svar, 303, Api.id(k), null, null, Map.of("namn", "Grupp " + k));
                        },
                        (m, u, l) -> form(u).formParams(Map.of("kortnamn", "x", "namn", " ")).post("/grupper")),
                new Rad("PUT", "/api/grupper/{id}", Vem.ADMINISTRATOR_A, "GRUPP_ANDRAD", "Grupp", (m, u) -> m.grupp(),
                        (m, u, l) -> new Forvantat(json(u).body(gruppandring(m, l)).put("/api/grupper/" + l.grupp), 200,
                                l.grupp, null, Map.of("namn", l.namn), Map.of("namn", l.namn + " (ändrad)")),
                        (m, u, l) -> json(u).body(Map.of("kortnamn", "Ogiltigt!", "namn", "X")).put("/api/grupper/" + l.grupp)),
                new Rad("POST", "/grupper/{id}", Vem.ADMINISTRATOR_A, "GRUPP_ANDRAD", "Grupp", (m, u) -> m.grupp(),
                        (m, u, l) -> new Forvantat(form(u).formParams(gruppandring(m, l)).post("/grupper/" + l.grupp), 303,
                                l.grupp, null, Map.of("namn", l.namn), Map.of("namn", l.namn + " (ändrad)")),
                        (m, u, l) -> form(u).formParams(Map.of("kortnamn", "Ogiltigt!", "namn", "X")).post("/grupper/" + l.grupp)),

                // ---- The committee's meeting calendar (B's nämndsekreterare)
                new Rad("POST", "/api/sammantraden", Vem.SEKRETERARE_B, "SAMMANTRADE_SKAPAT", "Sammantrade",
                        (m, u) -> new Lage(),
                        (m, u, l) -> {
                            String dag = Granskningsmiljo.nyMotesdag();
                            Response svar = json(u).body(Map.of("datum", dag, "starttid", "18:00", "plats", "Rummet"))
                                    .post("/api/sammantraden");
                            return new Forvantat(svar, 201, svar.jsonPath().getLong("id"), null, null,
                                    Map.of("datum", dag, "plats", "Rummet", "status", "PLANERAT"));
                        },
                        (m, u, l) -> json(u).body(Map.of("datum", "2031-02-30")).post("/api/sammantraden")),
                new Rad("PUT", "/api/sammantraden/{id}", Vem.SEKRETERARE_B, "SAMMANTRADE_ANDRAT", "Sammantrade",
                        (m, u) -> m.sammantrade(u),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("datum", l.namn, "plats", "Nya rummet",
                                "version", l.version)).put("/api/sammantraden/" + l.sammantrade), 200, l.sammantrade,
                                null, Map.of("plats", "Sammanträdesrummet"), Map.of("plats", "Nya rummet")),
                        (m, u, l) -> json(u).body(Map.of("datum", l.namn, "version", l.version + 7))
                                .put("/api/sammantraden/" + l.sammantrade)),
                new Rad("DELETE", "/api/sammantraden/{id}", Vem.SEKRETERARE_B, "SAMMANTRADE_BORTTAGET", "Sammantrade",
                        (m, u) -> m.sammantrade(u),
                        (m, u, l) -> new Forvantat(som(u).delete("/api/sammantraden/" + l.sammantrade + "?version="
                                + l.version), 204, l.sammantrade, null, Map.of("datum", l.namn), null),
                        (m, u, l) -> som(u).delete("/api/sammantraden/" + l.sammantrade)),
                new Rad("POST", "/api/sammantraden/import", Vem.SEKRETERARE_B, "SAMMANTRADEN_IMPORTERADE", "Organisation",
                        (m, u) -> new Lage(),
                        (m, u, l) -> new Forvantat(som(u).multiPart("fil", "kalender.csv", bytes("datum;tid;plats\n"
                                + Granskningsmiljo.nyMotesdag() + ";18:00;Rummet\n"), "text/csv")
                                .post("/api/sammantraden/import"), 200, m.b, null, null, Map.of("redanIKalendern", 0)),
                        (m, u, l) -> som(u).multiPart("fil", "kalender.csv", bytes("datum;tid\n2031-13-01;18:00\n"),
                                "text/csv").post("/api/sammantraden/import")),
                new Rad("PUT", "/api/sammantraden/regel", Vem.SEKRETERARE_B, "NAMNDREGEL_ANDRAD", "Organisation",
                        (m, u) -> m.regel(u),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("arendedagar", l.version + 1, "godkannandedagar", 1))
                                .put("/api/sammantraden/regel"), 200, m.b, null, Map.of("arendedagar", l.version),
                                Map.of("arendedagar", l.version + 1, "godkannandedagar", 1)),
                        (m, u, l) -> json(u).body(Map.of("arendedagar", -1, "godkannandedagar", 1))
                                .put("/api/sammantraden/regel")),
                new Rad("POST", "/sammantraden", Vem.SEKRETERARE_B, "SAMMANTRADE_SKAPAT", "Sammantrade",
                        (m, u) -> new Lage(),
                        (m, u, l) -> {
                            String dag = Granskningsmiljo.nyMotesdag();
                            Response svar = form(u).formParams(Map.of("datum", dag, "starttid", "18:00", "plats", "Salen"))
                                    .post("/sammantraden");
                            long id = som(u).accept(ContentType.JSON).queryParam("sortera", "datum")
                                    .queryParam("ordning", "fallande").get("/api/sammantraden").then().statusCode(200)
                                    .extract().jsonPath().getLong("rader.find { it.datum == '" + dag + "' }.id");
                            return new Forvantat(svar, 303, id, null, null, Map.of("datum", dag, "plats", "Salen"));
                        },
                        (m, u, l) -> form(u).formParams(Map.of("datum", "i morgon")).post("/sammantraden")),
                new Rad("POST", "/sammantraden/{id}", Vem.SEKRETERARE_B, "SAMMANTRADE_ANDRAT", "Sammantrade",
                        (m, u) -> m.sammantrade(u),
                        (m, u, l) -> new Forvantat(form(u).formParams(Map.of("datum", l.namn, "plats", "Andra rummet",
                                "status", "INSTALLT", "version", l.version)).post("/sammantraden/" + l.sammantrade), 303,
                                l.sammantrade, null, Map.of("plats", "Sammanträdesrummet", "status", "PLANERAT"),
                                Map.of("plats", "Andra rummet", "status", "INSTALLT")),
                        (m, u, l) -> form(u).formParams(Map.of("datum", l.namn, "version", l.version + 7))
                                .post("/sammantraden/" + l.sammantrade)),
                new Rad("POST", "/sammantraden/{id}/ta-bort", Vem.SEKRETERARE_B, "SAMMANTRADE_BORTTAGET", "Sammantrade",
                        (m, u) -> m.sammantrade(u),
                        (m, u, l) -> new Forvantat(form(u).formParam("version", l.version)
                                .post("/sammantraden/" + l.sammantrade + "/ta-bort"), 303, l.sammantrade, null,
                                Map.of("datum", l.namn), null),
                        (m, u, l) -> form(u).formParam("version", l.version + 7)
                                .post("/sammantraden/" + l.sammantrade + "/ta-bort")),
                new Rad("POST", "/sammantraden/import", Vem.SEKRETERARE_B, "SAMMANTRADEN_IMPORTERADE", "Organisation",
                        (m, u) -> new Lage(),
                        (m, u, l) -> new Forvantat(som(u).multiPart("fil", "kalender.ics", bytes(String.join("\r\n",
                                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//SE", "BEGIN:VEVENT", "UID:1",
                                "DTSTAMP:20060101T000000Z", "DTSTART;VALUE=DATE:"
                                        + Granskningsmiljo.nyMotesdag().replace("-", ""), "END:VEVENT", "END:VCALENDAR")),
                                "text/calendar").post("/sammantraden/import"), 303, m.b, null, null,
                                Map.of("redanIKalendern", 0)),
                        (m, u, l) -> som(u).multiPart("fil", "kalender.ics", bytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR"),
                                "text/calendar").post("/sammantraden/import")),
                new Rad("POST", "/sammantraden/regel", Vem.SEKRETERARE_B, "NAMNDREGEL_ANDRAD", "Organisation",
                        (m, u) -> m.regel(u),
                        (m, u, l) -> new Forvantat(form(u).formParams(Map.of("arendedagar", l.version + 1,
                                "godkannandedagar", 2)).post("/sammantraden/regel"), 303, m.b, null,
                                Map.of("arendedagar", l.version), Map.of("arendedagar", l.version + 1)),
                        (m, u, l) -> form(u).formParams(Map.of("arendedagar", "många", "godkannandedagar", 2))
                                .post("/sammantraden/regel")),
                new Rad("POST", "/mottagare/{id}/delegationsbeslut", Vem.REGISTRATOR_B, "DELEGATIONSBESLUT",
                        "Remissmottagare", (m, u) -> m.skickad(),
                        (m, u, l) -> new Forvantat(form(u).formParams(Map.of("beslutadAv", "Eva Ek",
                                "delegation", "Punkt 2.1", "datum", "2026-11-20")).post("/mottagare/" + l.mottagare
                                + "/delegationsbeslut"), 303, l.mottagare, l.remiss, Map.of("status", "SKICKAD"),
                                Map.of("status", "BESVARAD", "beslutadAv", "Eva Ek", "besvarad", "2026-11-20")),
                        (m, u, l) -> form(u).formParams(Map.of("beslutadAv", "Eva Ek", "delegation", "Punkt 2.1",
                                "datum", "2099-01-01")).post("/mottagare/" + l.mottagare + "/delegationsbeslut")),
                new Rad("POST", "/mottagare/{id}/avsta", Vem.REGISTRATOR_B, "MOTTAGARE_AVSTAR", "Remissmottagare",
                        (m, u) -> m.skickad(),
                        (m, u, l) -> new Forvantat(form(u).formParam("orsak", "Inget att tillägga.")
                                .post("/mottagare/" + l.mottagare + "/avsta"), 303, l.mottagare, l.remiss,
                                Map.of("status", "SKICKAD"), Map.of("status", "AVSTAR", "svarsform", "AVSTAR")),
                        (m, u, l) -> form(u).post("/mottagare/" + l.mottagare + "/avsta")),
                new Rad("POST", "/api/sammantraden/ledamoter", Vem.SEKRETERARE_B, "NAMNDLEDAMOT_TILLAGD", "Namndledamot",
                        (m, u) -> {
                            Lage l = new Lage();
                            l.namn = Api.nyAnvandare(m.b, Roll.LEDAMOT);
                            return l;
                        },
                        (m, u, l) -> {
                            Response svar = json(u).body(Map.of("anvandare", Api.anvandare(l.namn), "uppdrag", "LEDAMOT",
                                    "kanJustera", true)).post("/api/sammantraden/ledamoter");
                            return new Forvantat(svar, 201, svar.jsonPath().getLong("id"), null, null,
                                    Map.of("anvandare", l.namn, "uppdrag", "LEDAMOT", "kanJustera", true));
                        },
                        (m, u, l) -> json(u).body(Map.of("anvandare", SAKNAS, "uppdrag", "LEDAMOT"))
                                .post("/api/sammantraden/ledamoter")),
                new Rad("DELETE", "/api/sammantraden/ledamoter/{lid}", Vem.SEKRETERARE_B, "NAMNDLEDAMOT_BORTTAGEN",
                        "Namndledamot",
                        (m, u) -> {
                            Lage l = new Lage();
                            l.namn = Api.nyAnvandare(m.b, Roll.LEDAMOT);
                            l.person = json(u).body(Map.of("anvandare", Api.anvandare(l.namn), "uppdrag", "ERSATTARE"))
                                    .post("/api/sammantraden/ledamoter").then().statusCode(201).extract().jsonPath()
                                    .getLong("id");
                            return l;
                        },
                        (m, u, l) -> new Forvantat(som(u).delete("/api/sammantraden/ledamoter/" + l.person + "?version=0"),
                                204, l.person, null, Map.of("anvandare", l.namn, "uppdrag", "ERSATTARE"), null),
                        (m, u, l) -> som(u).delete("/api/sammantraden/ledamoter/" + l.person + "?version=5")),
                // ---- The recipient answers without a meeting, or declines
                new Rad("POST", "/api/mottagare/{id}/delegationsbeslut", Vem.REGISTRATOR_B, "DELEGATIONSBESLUT",
                        "Remissmottagare", (m, u) -> m.skickad(),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("beslutadAv", "Eva Ek, stadsdelsdirektör",
                                "delegation", "Delegationsordningen punkt 1.3")).post("/api/mottagare/" + l.mottagare
                                + "/delegationsbeslut"), 200, l.mottagare, l.remiss, Map.of("status", "SKICKAD"),
                                Map.of("status", "BESVARAD", "svarsform", "DELEGATION",
                                        "delegation", "Delegationsordningen punkt 1.3")),
                        (m, u, l) -> json(u).body("{}").post("/api/mottagare/" + l.mottagare + "/delegationsbeslut")),
                new Rad("POST", "/api/mottagare/{id}/avsta", Vem.REGISTRATOR_B, "MOTTAGARE_AVSTAR", "Remissmottagare",
                        (m, u) -> m.skickad(),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("orsak", "Berör inte nämndens ansvar."))
                                .post("/api/mottagare/" + l.mottagare + "/avsta"), 200, l.mottagare, l.remiss,
                                Map.of("status", "SKICKAD"), Map.of("status", "AVSTAR", "orsak", "Berör inte nämndens ansvar.")),
                        (m, u, l) -> json(u).body(Map.of("orsak", " ")).post("/api/mottagare/" + l.mottagare + "/avsta")),

                // ---- Tjänsteutlåtanden (drafted by a handläggare of the recipient B)
                new Rad("POST", "/api/utlatanden", Vem.REGISTRATOR_B, "UTLATANDE_SKAPAT", "Utlatande",
                        (m, u) -> m.skickad(),
                        (m, u, l) -> {
                            Response svar = json(u).body(Map.of("mottagare", l.mottagare, "mall", "remissvar",
                                    "stallningstagande", "AVSTAR")).post("/api/utlatanden");
                            // The first draft puts the recipient's case under beredning: in the same event.
                            return new Forvantat(svar, 201, utlatandeId(svar.jsonPath().getString("uid")), l.remiss,
                                    Map.of("utlatandeskede", "", "mottagarstatus", "SKICKAD"),
                                    Map.of("mall", "remissvar", "stallningstagande", "AVSTAR", "version", 1,
                                            "utlatandeskede", "UNDER_BEREDNING", "mottagarstatus", "UNDER_BEREDNING"));
                        },
                        (m, u, l) -> json(u).body("{}").post("/api/utlatanden")),
                new Rad("POST", "/mottagare/{id}/utlatande", Vem.REGISTRATOR_B, "UTLATANDE_SKAPAT", "Utlatande",
                        (m, u) -> m.skickad(),
                        (m, u, l) -> {
                            Response svar = form(u).formParams(Map.of("mall", "remissvar", "stallningstagande", "AVSTAR"))
                                    .post("/mottagare/" + l.mottagare + "/utlatande");
                            return new Forvantat(svar, 303, utlatandeId(uidI(svar)), l.remiss,
                                    Map.of("utlatandeskede", "", "mottagarstatus", "SKICKAD"),
                                    Map.of("mall", "remissvar", "stallningstagande", "AVSTAR",
                                            "utlatandeskede", "UNDER_BEREDNING", "mottagarstatus", "UNDER_BEREDNING"));
                        },
                        (m, u, l) -> form(u).formParams(Map.of("mall", "finns-inte")).post("/mottagare/" + l.mottagare + "/utlatande")),
                new Rad("POST", "/arenden/{id}/utlatande", Vem.REGISTRATOR_B, "UTLATANDE_SKAPAT", "Utlatande",
                        (m, u) -> m.utlatande(u),
                        (m, u, l) -> {
                            Response svar = form(u).formParams(Map.of("mall", "remissvar", "stallningstagande", "AVSTYRKER"))
                                    .post("/arenden/" + l.arende + "/utlatande");
                            return new Forvantat(svar, 303, utlatandeId(uidI(svar)), l.remiss, null,
                                    Map.of("mall", "remissvar", "stallningstagande", "AVSTYRKER"));
                        },
                        (m, u, l) -> form(u).formParams(Map.of("mall", "")).post("/arenden/" + l.arende + "/utlatande")),
                new Rad("PATCH", "/api/utlatanden/{uid}", Vem.REGISTRATOR_B, "UTLATANDE_SPARAT", "Utlatande",
                        (m, u) -> m.utlatande(u),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("version", 1, "stallningstagande", "TILLSTYRKER"))
                                .patch("/api/utlatanden/" + l.utlatande), 200, l.utlatandeId, l.remiss,
                                Map.of("stallningstagande", "AVSTAR", "version", 1),
                                Map.of("stallningstagande", "TILLSTYRKER", "version", 2)),
                        (m, u, l) -> json(u).body(Map.of("version", 7)).patch("/api/utlatanden/" + l.utlatande)),
                new Rad("PUT", "/api/utlatanden/{uid}/avsnitt/{nyckel}", Vem.REGISTRATOR_B, "UTLATANDE_SPARAT",
                        "Utlatande", (m, u) -> m.utlatande(u),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("version", 1, "text", "Tolv tecken."))
                                .put("/api/utlatanden/" + l.utlatande + "/avsnitt/sammanfattning"), 200, l.utlatandeId,
                                l.remiss, Map.of("version", 1), Map.of("avsnitt.sammanfattning", "12 tecken", "version", 2)),
                        (m, u, l) -> json(u).body(Map.of("version", 1, "text", "Text"))
                                .put("/api/utlatanden/" + l.utlatande + "/avsnitt/finns-inte")),
                new Rad("PUT", "/api/utlatanden/{uid}/stallningstagande", Vem.REGISTRATOR_B, "UTLATANDE_SPARAT",
                        "Utlatande", (m, u) -> m.utlatande(u),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("version", 1, "stallningstagande", "AVSTYRKER"))
                                .put("/api/utlatanden/" + l.utlatande + "/stallningstagande"), 200, l.utlatandeId, l.remiss,
                                Map.of("stallningstagande", "AVSTAR"), Map.of("stallningstagande", "AVSTYRKER")),
                        (m, u, l) -> json(u).body(Map.of("version", 99, "stallningstagande", "AVSTYRKER"))
                                .put("/api/utlatanden/" + l.utlatande + "/stallningstagande")),
                new Rad("POST", "/api/utlatanden/{uid}/klar", Vem.REGISTRATOR_B, "UTLATANDE_KLART", "Utlatande",
                        (m, u) -> m.fardigtUtlatande(u),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("version", 2))
                                .post("/api/utlatanden/" + l.utlatande + "/klar"), 200, l.utlatandeId, l.remiss,
                                Map.of("status", "UTKAST"), Map.of("status", "KLAR_FOR_GODKANNANDE")),
                        (m, u, l) -> json(u).body(Map.of("version", 1)).post("/api/utlatanden/" + l.utlatande + "/klar")),
                new Rad("POST", "/api/utlatanden/{uid}/ateroppna", Vem.REGISTRATOR_B, "UTLATANDE_ATEROPPNAT", "Utlatande",
                        (m, u) -> m.klartUtlatande(u),
                        (m, u, l) -> new Forvantat(json(u).post("/api/utlatanden/" + l.utlatande + "/ateroppna"), 200,
                                l.utlatandeId, l.remiss, Map.of("status", "KLAR_FOR_GODKANNANDE"), Map.of("status", "UTKAST")),
                        (m, u, l) -> json(u).post("/api/utlatanden/" + SAKNAS + "/ateroppna")),
                new Rad("POST", "/utlatanden/{uid}", Vem.REGISTRATOR_B, "UTLATANDE_SPARAT", "Utlatande",
                        (m, u) -> m.utlatande(u),
                        (m, u, l) -> new Forvantat(form(u).formParams(Map.of("version", "1", "stallningstagande", "TILLSTYRKER"))
                                .post("/utlatanden/" + l.utlatande), 303, l.utlatandeId, l.remiss,
                                Map.of("stallningstagande", "AVSTAR"), Map.of("stallningstagande", "TILLSTYRKER")),
                        (m, u, l) -> form(u).formParams(Map.of("version", "7", "stallningstagande", "TILLSTYRKER"))
                                .post("/utlatanden/" + l.utlatande)),
                new Rad("POST", "/utlatanden/{uid}/forhandsvisning", Vem.REGISTRATOR_B, null, null,
                        (m, u) -> m.utlatande(u),
                        (m, u, l) -> new Forvantat(form(u).formParams(Map.of("version", "1", "stallningstagande", "TILLSTYRKER"))
                                .post("/utlatanden/" + l.utlatande + "/forhandsvisning"), 200, null, null, null, null),
                        (m, u, l) -> form(u).formParam("version", "1").post("/utlatanden/" + SAKNAS + "/forhandsvisning")),
                new Rad("POST", "/utlatanden/{uid}/klar", Vem.REGISTRATOR_B, "UTLATANDE_KLART", "Utlatande",
                        (m, u) -> m.fardigtUtlatande(u),
                        (m, u, l) -> new Forvantat(form(u).formParam("version", "2").post("/utlatanden/" + l.utlatande + "/klar"),
                                303, l.utlatandeId, l.remiss, Map.of("status", "UTKAST"), Map.of("status", "KLAR_FOR_GODKANNANDE")),
                        (m, u, l) -> form(u).formParam("version", "1").post("/utlatanden/" + l.utlatande + "/klar")),
                new Rad("POST", "/utlatanden/{uid}/ateroppna", Vem.REGISTRATOR_B, "UTLATANDE_ATEROPPNAT", "Utlatande",
                        (m, u) -> m.klartUtlatande(u),
                        (m, u, l) -> new Forvantat(form(u).post("/utlatanden/" + l.utlatande + "/ateroppna"), 303,
                                l.utlatandeId, l.remiss, Map.of("status", "KLAR_FOR_GODKANNANDE"), Map.of("status", "UTKAST")),
                        (m, u, l) -> form(u).post("/utlatanden/" + SAKNAS + "/ateroppna")),
                // Approval: the fresh user is named second on the document, so approves first.
                new Rad("POST", "/api/utlatanden/{uid}/godkann", Vem.REGISTRATOR_B, "UTLATANDE_GODKANT", "Utlatande",
                        (m, u) -> m.klartUtlatande(u),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("version", 2))
                                .post("/api/utlatanden/" + l.utlatande + "/godkann"), 200, l.utlatandeId, l.remiss,
                                Map.of("godkannanden", 0), Map.of("godkannanden", 1, "undertecknare", u)),
                        (m, u, l) -> json(u).body(Map.of("version", 1)).post("/api/utlatanden/" + l.utlatande + "/godkann")),
                new Rad("POST", "/utlatanden/{uid}/godkann", Vem.REGISTRATOR_B, "UTLATANDE_GODKANT", "Utlatande",
                        (m, u) -> m.klartUtlatande(u),
                        (m, u, l) -> new Forvantat(form(u).formParam("version", "2")
                                .post("/utlatanden/" + l.utlatande + "/godkann"), 303, l.utlatandeId, l.remiss,
                                Map.of("godkannanden", 0), Map.of("godkannanden", 1, "undertecknare", u)),
                        (m, u, l) -> form(u).formParam("version", "1").post("/utlatanden/" + l.utlatande + "/godkann")),
                new Rad("POST", "/api/utlatanden/{uid}/returnera", Vem.REGISTRATOR_B, "UTLATANDE_RETURNERAT", "Utlatande",
                        (m, u) -> m.klartUtlatande(u),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("version", 2, "orsak", "Förtydliga."))
                                .post("/api/utlatanden/" + l.utlatande + "/returnera"), 200, l.utlatandeId, l.remiss,
                                Map.of("status", "KLAR_FOR_GODKANNANDE"), Map.of("status", "UTKAST", "orsak", "Förtydliga.")),
                        (m, u, l) -> json(u).body(Map.of("version", 2, "orsak", ""))
                                .post("/api/utlatanden/" + l.utlatande + "/returnera")),
                new Rad("POST", "/utlatanden/{uid}/returnera", Vem.REGISTRATOR_B, "UTLATANDE_RETURNERAT", "Utlatande",
                        (m, u) -> m.klartUtlatande(u),
                        (m, u, l) -> new Forvantat(form(u).formParams(Map.of("version", "2", "orsak", "Förtydliga."))
                                .post("/utlatanden/" + l.utlatande + "/returnera"), 303, l.utlatandeId, l.remiss,
                                Map.of("status", "KLAR_FOR_GODKANNANDE"), Map.of("status", "UTKAST", "orsak", "Förtydliga.")),
                        (m, u, l) -> form(u).formParams(Map.of("version", "2", "orsak", ""))
                                .post("/utlatanden/" + l.utlatande + "/returnera")),
                new Rad("POST", "/api/utlatanden/{uid}/skicka", Vem.REGISTRATOR_B, "UTLATANDE_SKICKAT", "Utlatande",
                        (m, u) -> m.godkantUtlatande(u),
                        (m, u, l) -> new Forvantat(json(u).post("/api/utlatanden/" + l.utlatande + "/skicka"), 200,
                                l.utlatandeId, l.remiss, Map.of("status", "GODKAND"),
                                Map.of("status", "INSKICKAD", "mottagarstatus", "UTLATANDE_INSKICKAT")),
                        (m, u, l) -> json(u).post("/api/utlatanden/" + SAKNAS + "/skicka")),
                new Rad("POST", "/utlatanden/{uid}/skicka", Vem.REGISTRATOR_B, "UTLATANDE_SKICKAT", "Utlatande",
                        (m, u) -> m.godkantUtlatande(u),
                        (m, u, l) -> new Forvantat(form(u).post("/utlatanden/" + l.utlatande + "/skicka"), 303,
                                l.utlatandeId, l.remiss, Map.of("status", "GODKAND"),
                                Map.of("status", "INSKICKAD", "mottagarstatus", "UTLATANDE_INSKICKAT")),
                        (m, u, l) -> form(u).post("/utlatanden/" + SAKNAS + "/skicka")));
    }

    /** A one-page PDF without signatures: enough for the verifier to read. */
    private static byte[] enkelPdf() {
        try (PDDocument d = new PDDocument();
                ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            d.addPage(new PDPage());
            d.save(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The uid in a redirect to a draft (/utlatanden/{uid}?klart=skapat). */
    private static String uidI(Response svar) {
        String plats = svar.header("Location");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/utlatanden/([0-9a-f-]{36})").matcher(String.valueOf(plats));
        if (!m.find()) {
            throw new AssertionError("Ingen utkastadress i " + plats + " (" + svar.statusCode() + ")");
        }
        return m.group(1);
    }

    // ---------------------------------------------------------------------------------------------

    private static RequestSpecification json(String anvandare) {
        return som(anvandare).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSpecification form(String anvandare) {
        return som(anvandare).contentType(ContentType.URLENC);
    }

    private static RequestSpecification session(Lage l) {
        return io.restassured.RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie(Autentisering.SESSIONSKAKA, l.kaka);
    }

    private static RequestSpecification remissformular(Granskningsmiljo m, String anvandare, String titel) {
        return som(anvandare).multiPart("titel", titel).multiPart("avsandare", String.valueOf(m.a))
                .multiPart("sistaDagKontorsutlatande", Api.KONTORSUTLATANDE.toString())
                .multiPart("sistaDagNamndprotokoll", Api.NAMNDPROTOKOLL.toString())
                .multiPart("mottagare", String.valueOf(m.b));
    }

    private static Map<String, String> frister(String kontorsutlatande, String namndprotokoll) {
        return Map.of("sistaDagKontorsutlatande", kontorsutlatande, "sistaDagNamndprotokoll", namndprotokoll);
    }

    private static Map<String, String> anstandsbegaran() {
        return Map.of("sistaDagKontorsutlatande", DATUM_K, "sistaDagNamndprotokoll", DATUM_N,
                "motivering", "Nämnden sammanträder först i januari.");
    }

    private static Map<String, String> begart() {
        return Map.of("sistaDagKontorsutlatande", DATUM_K, "sistaDagNamndprotokoll", DATUM_N, "status", "BEGART",
                "motivering", "Nämnden sammanträder först i januari.");
    }

    private static Map<String, String> beviljatFore() {
        Map<String, String> fore = new LinkedHashMap<>(gamlaFrister());
        fore.put("status", "BEGART");
        return fore;
    }

    private static Map<String, String> beviljat() {
        return Map.of("sistaDagKontorsutlatande", DATUM_K, "sistaDagNamndprotokoll", DATUM_N, "status", "BEVILJAT");
    }

    private static Map<String, String> gamlaFrister() {
        return frister(Api.KONTORSUTLATANDE.toString(), Api.NAMNDPROTOKOLL.toString());
    }

    private static Map<String, Object> organisationsandring(Lage l, long version) {
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("kortnamn", Api.somAdmin().get("/api/organisationer/" + l.organisation).jsonPath().getString("kortnamn"));
        kropp.put("namn", l.namn + " (ändrad)");
        kropp.put("typ", "BOLAG");
        kropp.put("version", version);
        return kropp;
    }

    private static Map<String, Object> gruppandring(Granskningsmiljo m, Lage l) {
        return Map.of("kortnamn", Api.somAdmin().get("/api/grupper/" + l.grupp).jsonPath().getString("kortnamn"),
                "namn", l.namn + " (ändrad)", "medlemmar", List.of(m.b, m.c));
    }

    private static Map<String, Object> nyAnvandare(Granskningsmiljo m, String namn, String upprepat) {
        return Map.of("anvandarnamn", namn, "namn", "Ny Person", "organisation", m.a, "roller", "handlaggare",
                "losenord", LOSENORD_NYTT, "upprepat", upprepat);
    }

    /** A change of the user {@link Granskningsmiljo#anvandare()} made: a new name, all else kept. */
    private static Map<String, Object> anvandarandring(Granskningsmiljo m, Lage l, long version) {
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("namn", l.namn + " (ändrad)");
        kropp.put("organisation", m.a);
        kropp.put("roller", List.of("handlaggare"));
        kropp.put("version", version);
        return kropp;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The id of the remiss's document with this title (a form answers with a redirect, not the id). */
    private static long dokument(String anvandare, long remiss, String titel) {
        List<Map<String, Object>> dokument = som(anvandare).accept(ContentType.JSON).get("/api/remisser/" + remiss)
                .then().statusCode(200).extract().jsonPath().getList("dokument");
        return dokument.stream().filter(d -> titel.equals(d.get("titel")))
                .map(d -> ((Number) d.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static long handling(String anvandare, long arende, String titel) {
        List<Map<String, Object>> handlingar = som(anvandare).accept(ContentType.JSON).get("/api/arenden/" + arende)
                .then().statusCode(200).extract().jsonPath().getList("handlingar");
        return handlingar.stream().filter(h -> titel.equals(h.get("titel")))
                .map(h -> ((Number) h.get("id")).longValue()).findFirst().orElseThrow();
    }
}
