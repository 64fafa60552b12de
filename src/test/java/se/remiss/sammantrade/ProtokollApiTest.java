package se.remiss.sammantrade;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.remiss.dokument.Dokumentpipeline;
import se.remiss.dokument.Verifieringsrapport;
import se.remiss.remiss.Remissmottagare;
import se.remiss.testhjalp.Api;

/** The committee's steps through the API: agenda, §, justering, protokollsutdrag and sending it. */
@QuarkusTest
class ProtokollApiTest {

    @Inject
    Dokumentpipeline pipeline;

    @Test
    void godkantUtlatandeBlirParagrafJusteratUtdragOchBesvaradRemiss() {
        Protokollmiljo m = new Protokollmiljo();
        long s = m.sammantrade(Protokollmiljo.MOTESDAG);
        Protokollmiljo.Godkant g = m.godkantUtlatande("AVSTAR");
        String bas = "/api/sammantraden/" + s;

        // The agenda: the item's decision proposal is the statement's förslag till beslut.
        long punkt = m.punkt(s, g.utlatande());
        JsonPath lista = Protokollmiljo.som(m.ledamot).get(bas + "/foredragningslista").then().statusCode(200)
                .extract().jsonPath();
        String forslag = lista.getString("punkter[0].beslutsforslag");
        assertTrue(forslag.startsWith(m.bNamn + " beslutar att åberopa förvaltningens tjänsteutlåtande daterat "), forslag);
        assertTrue(forslag.endsWith("som sitt svar på remissen om " + amne(g) + "."), forslag);
        // Publishing locks it; a change needs a new version.
        Protokollmiljo.som(m.sekreterare).post(bas + "/foredragningslista/publicera").then().statusCode(200);
        Api.problem(Protokollmiljo.som(m.sekreterare).body(Map.of("punkter", List.of(punkt)))
                .put(bas + "/foredragningslista/ordning"), 409);
        Api.problem(Protokollmiljo.som(m.sekreterare).delete(bas + "/foredragningslista/punkter/" + punkt), 409);
        byte[] agenda = given().auth().preemptive().basic(m.ledamot, Api.LOSENORD)
                .get(bas + "/foredragningslista/1/pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertTrue(text(agenda).contains("Föredragningslista"), text(agenda));

        // The §: numbered, decision pre-filled; a reservation added.
        long paragraf = m.paragraf(s, punkt);
        JsonPath p = Protokollmiljo.som(m.sekreterare).body(Map.of("reservationer", "Anna Andersson (m) reserverar sig."))
                .patch(bas + "/paragrafer/" + paragraf).then().statusCode(200).extract().jsonPath();
        assertEquals(1, p.getInt("nummer"));
        assertEquals(forslag, p.getString("beslutstext"));
        assertEquals(g.mottagare(), p.getLong("mottagare"));

        // Justering: ordförande first, then justerare; nobody else; after it nothing changes.
        Protokollmiljo.som(m.sekreterare).body(Map.of("justerare", Api.anvandare(m.justerare)))
                .patch(bas + "/protokoll").then().statusCode(200);
        JsonPath protokoll = Protokollmiljo.som(m.sekreterare).post(bas + "/protokoll/till-justering").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("JUSTERAS", protokoll.getString("status"));
        assertEquals(m.ordforande, protokoll.getString("nastaJusterare.anvandarnamn"));
        Api.problem(Protokollmiljo.som(m.sekreterare).body(Map.of("beslutstext", "Annat beslut."))
                .patch(bas + "/paragrafer/" + paragraf), 409);
        Protokollmiljo.som(m.justerare).post(bas + "/protokoll/justera").then().statusCode(403);
        Protokollmiljo.som(m.ledamot).post(bas + "/protokoll/justera").then().statusCode(403);
        Protokollmiljo.som(m.ordforande).post(bas + "/protokoll/justera").then().statusCode(200);
        protokoll = Protokollmiljo.som(m.justerare).post(bas + "/protokoll/justera").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("JUSTERAT", protokoll.getString("status"));
        assertEquals("2026-11-23", protokoll.getString("justerat"));
        assertEquals("2026-11-23", protokoll.getString("anslag"));
        assertEquals("2026-12-14", protokoll.getString("overklagandeTill"));
        assertEquals("2026-12-15", protokoll.getString("anslagNed"));
        Protokollmiljo.som(m.justerare).post(bas + "/protokoll/justera").then().statusCode(409);
        Api.problem(Protokollmiljo.som(m.sekreterare).body(Map.of("beslutstext", "Annat beslut."))
                .patch(bas + "/paragrafer/" + paragraf), 409);
        Api.problem(Protokollmiljo.som(m.sekreterare).body(Map.of("ovrigaNarvarande", "Någon"))
                .patch(bas + "/protokoll"), 409);
        Api.problem(Protokollmiljo.som(m.sekreterare).body(Map.of("rubrik", "Ny", "beslutstext", "Nytt"))
                .post(bas + "/paragrafer"), 409);
        Api.problem(Protokollmiljo.som(m.sekreterare).post(bas + "/protokoll/till-justering"), 409);

        byte[] signerat = given().auth().preemptive().basic(m.ordforande, Api.LOSENORD).get(bas + "/protokoll/pdf")
                .then().statusCode(200).extract().asByteArray();
        Verifieringsrapport rapport = pipeline.verifiera(signerat);
        assertEquals(2, rapport.signaturer().size());
        assertTrue(rapport.giltig(), rapport.toString());

        // The extract: certified by the secretary, then sent; the sender sees "besvarad".
        Protokollmiljo.som(m.sekreterare).post(bas + "/paragrafer/" + paragraf + "/skicka").then().statusCode(409);
        JsonPath utdrag = Protokollmiljo.som(m.sekreterare).post(bas + "/paragrafer/" + paragraf + "/utdrag").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(utdrag.getBoolean("utdrag"));
        byte[] pdf = given().auth().preemptive().basic(m.sekreterare, Api.LOSENORD).get(bas + "/paragrafer/" + paragraf + "/utdrag")
                .then().statusCode(200).extract().asByteArray();
        String text = text(pdf);
        assertTrue(text.contains("§ 1"), text);
        assertTrue(text.contains("Justerat 2026-11-23"), text);
        assertTrue(text.contains("Rätt utdraget intygar"), text);
        assertEquals(1, pipeline.verifiera(pdf).signaturer().size());
        assertTrue(pipeline.verifiera(pdf).giltig());

        Protokollmiljo.som(m.sekreterare).post(bas + "/paragrafer/" + paragraf + "/skicka").then().statusCode(200);
        Protokollmiljo.som(m.sekreterare).post(bas + "/paragrafer/" + paragraf + "/skicka").then().statusCode(409);
        JsonPath remiss = Protokollmiljo.som(m.registratorA).get("/api/remisser/" + g.remiss()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("BESVARAD", remiss.getString("mottagare[0].status"));
        QuarkusTransaction.requiringNew().run(() -> {
            Remissmottagare r = Remissmottagare.findById(g.mottagare());
            assertNotNull(r.protokollHandling);
            assertEquals(java.time.LocalDate.of(2026, 11, 23), r.besvarad);
            assertEquals(java.time.LocalDate.of(2026, 12, 14), r.overklagandeTill);
        });

        // The anslagstavla, without login.
        List<Map<String, Object>> anslag = given().get("/api/anslagstavla").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.namnd == '" + m.bNamn + "' }");
        assertEquals(1, anslag.size());
        assertEquals("§ 1", anslag.get(0).get("paragrafer"));
        String sida = given().get("/anslagstavla").then().statusCode(200).extract().asString();
        assertTrue(sida.contains(m.bNamn), sida);
    }

    @Test
    void felaktigaAnropSvararProblemMedFalt() {
        Protokollmiljo m = new Protokollmiljo();
        long s = m.sammantrade(Protokollmiljo.MOTESDAG.minusDays(7));
        String bas = "/api/sammantraden/" + s;
        Api.problem(Protokollmiljo.som(m.sekreterare).body("{}").post(bas + "/foredragningslista/punkter"), 400, "utlatande");
        Api.problem(Protokollmiljo.som(m.sekreterare).body(Map.of("utlatande", "finns-inte"))
                .post(bas + "/foredragningslista/punkter"), 400, "utlatande");
        Api.problem(Protokollmiljo.som(m.sekreterare).body("{}").post(bas + "/paragrafer"), 400, "rubrik", "beslutstext");
        Api.problem(Protokollmiljo.som(m.sekreterare).body(Map.of("punkter", List.of(1, 2)))
                .put(bas + "/foredragningslista/ordning"), 400, "punkter");
        Api.problem(Protokollmiljo.som(m.sekreterare).body(Map.of("justerare", Api.anvandare(m.ledamot)))
                .patch(bas + "/protokoll"), 400, "justerare");
        Api.problem(Protokollmiljo.som(m.sekreterare).post(bas + "/protokoll/till-justering"), 400, "paragrafer");
        Api.problem(Protokollmiljo.som(m.sekreterare).body(Map.of("okant", 1)).post(bas + "/paragrafer"), 400);
        // A draft not yet approved cannot be put on the agenda.
        Protokollmiljo.Godkant g = m.godkantUtlatande("TILLSTYRKER");
        // Another organisation's secretary: the meeting does not exist.
        String annan = Api.nyAnvandare(Api.skapaMottagare(), se.remiss.plattform.Roll.NAMNDSEKRETERARE);
        Api.problem(Protokollmiljo.som(annan).body(Map.of("utlatande", g.utlatande()))
                .post(bas + "/foredragningslista/punkter"), 404);
        Protokollmiljo.som(annan).get(bas + "/foredragningslista").then().statusCode(404);
        // A meeting ahead of "today" has no protokoll yet.
        long framtida = m.sammantrade(java.time.LocalDate.of(2026, 12, 10));
        Api.problem(Protokollmiljo.som(m.sekreterare).body(Map.of("rubrik", "Ny", "beslutstext", "Nytt"))
                .post("/api/sammantraden/" + framtida + "/paragrafer"), 409);
    }

    private static String amne(Protokollmiljo.Godkant g) {
        return QuarkusTransaction.requiringNew().call(() -> se.remiss.utlatande.Utlatande.medUid(g.utlatande()).orElseThrow().amne);
    }

    static String text(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper t = new PDFTextStripper();
            t.setSortByPosition(true);
            return t.getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
