package se.remiss.remiss;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.testhjalp.Api.KONTORSUTLATANDE;
import static se.remiss.testhjalp.Api.NAMNDPROTOKOLL;
import static se.remiss.testhjalp.Api.hamtaRemiss;
import static se.remiss.testhjalp.Api.location;
import static se.remiss.testhjalp.Api.multipart;
import static se.remiss.testhjalp.Api.problem;
import static se.remiss.testhjalp.Api.registrera;
import static se.remiss.testhjalp.Api.remiss;
import static se.remiss.testhjalp.Api.skapaAvsandare;
import static se.remiss.testhjalp.Api.skapaMottagare;
import static se.remiss.testhjalp.Api.skickadRemiss;
import static se.remiss.testhjalp.Api.slumpbytes;
import static se.remiss.testhjalp.Api.som;
import static se.remiss.testhjalp.Api.unik;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, items 1, 2, 3 and 9 through real HTTP: a remiss document imported as the programme
 * from the stored file (API and both forms), its title, the sender's description on the
 * recipient's page, and the sender's own view of a recipient.
 */
@QuarkusTest
class RemissdokumentTest {

    /** The sample programme, under the storage name the seeds give it. */
    static byte[] program() throws IOException {
        return Files.readAllBytes(Path.of(
                "sample-remisser/remisser/2006-socialt-program-prostitution/socialt-program-reviderat.txt"));
    }

    private static List<Object> versioner(long remiss) {
        return given().accept(ContentType.JSON).get("/api/remisser/" + remiss + "/program").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static RequestSpecification webb() {
        return multipart().accept(ContentType.HTML).redirects().follow(false);
    }

    // ---- 1 and 2: the API ----

    @Test
    void ettDokumentSomArProgrammetImporterasUrDenLagradeFilenOchFarEnLasbarTitel() throws IOException {
        long id = registrera(remiss(skapaAvsandare(), "Program " + unik(), skapaMottagare())).getLong("id");
        Response svar = multipart().multiPart("fil", "004_6ccf7e47d8c4a9f6.txt", program(), "text/plain")
                .multiPart("program", "true").post("/api/remisser/" + id + "/dokument");
        location(svar);
        JsonPath dokument = svar.jsonPath();
        assertEquals("Dokument 004", dokument.getString("titel"));
        assertEquals("004_6ccf7e47d8c4a9f6.txt", dokument.getString("filnamn"));
        assertNull(dokument.getString("programfel"));
        JsonPath program = given().accept(ContentType.JSON).get(dokument.getString("program")).then().statusCode(200)
                .extract().jsonPath();
        // The programme version is the stored document's bytes, split into sections with commitments.
        assertEquals(dokument.getString("sha256"), program.getString("sha256"));
        assertEquals(id, program.getLong("remiss"));
        assertTrue(program.getList("avsnitt").size() > 5, program.prettify());
        assertEquals(1, versioner(id).size());
        // Reading the document back names no programme: that answer belongs to the upload only.
        JsonPath hamtad = given().accept(ContentType.JSON).get("/api/remisser/" + id + "/dokument/" + dokument.getLong("id"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Dokument 004", hamtad.getString("titel"));
        assertNull(hamtad.getString("program"));
    }

    @Test
    void ettDokumentSomInteKanLasasSomProgramRegistrerasAndaMedEttSvensktBesked() {
        long id = registrera(remiss(skapaAvsandare(), "Bild " + unik(), skapaMottagare())).getLong("id");
        Response svar = multipart().multiPart("fil", "karta.png", slumpbytes(2000), "image/png")
                .multiPart("titel", "Karta med stadsdelarna").multiPart("program", "true")
                .post("/api/remisser/" + id + "/dokument");
        location(svar);
        assertNull(svar.jsonPath().getString("program"));
        String fel = svar.jsonPath().getString("programfel");
        assertTrue(fel.startsWith("Dokumentet är registrerat, men det kunde inte importeras som program: "), fel);
        assertTrue(fel.contains("Filtypen stöds inte"), fel);
        assertEquals(List.of("Karta med stadsdelarna"), hamtaRemiss(id).getList("dokument.titel"));
        assertEquals(0, versioner(id).size());
    }

    @Test
    void utanProgramValImporterasIngentingOchEttOgiltigtValGerProblem() throws IOException {
        long id = registrera(remiss(skapaAvsandare(), "Bilaga " + unik(), skapaMottagare())).getLong("id");
        // Bad input: a problem+json naming the field, and nothing stored.
        problem(multipart().multiPart("fil", "program.txt", program(), "text/plain").multiPart("program", "kanske")
                .post("/api/remisser/" + id + "/dokument"), 400, "program");
        assertEquals(List.of(), hamtaRemiss(id).getList("dokument"));
        // Without the part (as before) the document is only registered.
        Response svar = multipart().multiPart("fil", "program_reviderat.txt", program(), "text/plain")
                .post("/api/remisser/" + id + "/dokument");
        location(svar);
        assertNull(svar.jsonPath().getString("program"));
        assertEquals("Program reviderat", svar.jsonPath().getString("titel"));
        assertEquals(0, versioner(id).size());
        // A title longer than the database holds is a field error too.
        problem(multipart().multiPart("fil", "a.txt", program(), "text/plain").multiPart("titel", "x".repeat(501))
                .post("/api/remisser/" + id + "/dokument"), 400, "titel");
    }

    // ---- 1 and 2: the forms ----

    @Test
    void registreringsformularetImporterarForstaDokumentetSomProgrammet() throws IOException {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        som(avs);
        String titel = "Formulär " + unik();
        Response svar = webb().multiPart("titel", titel).multiPart("avsandare", String.valueOf(avs))
                .multiPart("sistaDagKontorsutlatande", KONTORSUTLATANDE.toString())
                .multiPart("sistaDagNamndprotokoll", NAMNDPROTOKOLL.toString())
                .multiPart("mottagare", String.valueOf(mott))
                .multiPart("fil", "socialt-program-reviderat.txt", program(), "text/plain")
                .multiPart("dokumenttitel", "Socialt program (remissversion)").multiPart("program", "ja")
                .post("/remisser");
        assertEquals(303, svar.statusCode(), svar.asString());
        String plats = svar.header("Location");
        assertTrue(plats.endsWith("?klart=registrerad&program=importerat"), plats);
        long id = Long.parseLong(plats.replaceAll(".*/remisser/(\\d+)\\?.*", "$1"));
        assertEquals(List.of("Socialt program (remissversion)"), hamtaRemiss(id).getList("dokument.titel"));
        assertEquals(1, versioner(id).size());
        String sida = webb().get(plats).then().statusCode(200).extract().asString();
        assertTrue(sida.contains("Dokumentet är också importerat som remissens program"), sida);
    }

    @Test
    void uppladdningSomInteKanLasasSomProgramVisarBeskedOchBeharDokumentet() {
        long id = registrera(remiss(skapaAvsandare(), "Webbuppladdning " + unik(), skapaMottagare())).getLong("id");
        Response svar = webb().multiPart("fil", "karta_0342dd2b19cb2757.png", slumpbytes(500), "image/png")
                .multiPart("program", "ja").post("/remisser/" + id + "/dokument");
        assertEquals(303, svar.statusCode(), svar.asString());
        assertTrue(svar.header("Location").endsWith("?klart=dokument&program=fel"), svar.header("Location"));
        String sida = webb().get(svar.header("Location")).then().statusCode(200).extract().asString();
        assertTrue(sida.contains("Dokumentet är registrerat, men det gick inte att läsa det som ett program."), sida);
        assertTrue(sida.contains(">Karta</a>"), "titeln i stället för filnamnet");
        assertEquals(List.of("Karta"), hamtaRemiss(id).getList("dokument.titel"));
        assertEquals(0, versioner(id).size());
        // An address's key never carries text of its own: an unknown value shows nothing.
        String annan = webb().get("/remisser/" + id + "?program=%3Cscript%3E").then().statusCode(200).extract().asString();
        assertFalse(annan.contains("&lt;script") || annan.contains("gick inte att läsa"), annan);
    }

    // ---- 3 and 9: the recipient's page and the sender's view of a recipient ----

    @Test
    void mottagarenSerBeskrivningenOchAvsandarenSinEgenVyAvMottagaren() {
        long avs = skapaAvsandare();
        long mott = skapaMottagare();
        String titel = "Mottagarvy " + unik();
        JsonPath r = skickadRemiss(avs, titel, mott);
        long id = r.getLong("id");
        long m = r.getLong("mottagare[0].id");
        String mottagarensDnr = r.getString("mottagare[0].dnr");

        // The recipient: the sender's description on its page; it receives the remiss.
        som(mott);
        String egen = webb().get("/mottagare/" + m).then().statusCode(200).extract().asString();
        assertTrue(egen.contains("Avsändarens beskrivning") && egen.contains("Beskrivning av " + titel), egen);
        given().accept(ContentType.JSON).post("/api/mottagare/" + m + "/mottag").then().statusCode(200);
        // A recipient following the sender's link lands on its own page.
        Response lank = webb().get("/remisser/" + id + "/mottagare/" + m);
        assertEquals(303, lank.statusCode());
        assertTrue(lank.header("Location").endsWith("/mottagare/" + m), lank.header("Location"));

        // The sender: its own view, under both addresses, with nothing of the recipient's lists.
        som(avs);
        for (String adress : List.of("/remisser/" + id + "/mottagare/" + m, "/mottagare/" + m)) {
            String sida = webb().get(adress).then().statusCode(200).extract().asString();
            assertTrue(sida.contains("Mottagarens diarienummer") && sida.contains(mottagarensDnr), sida);
            assertTrue(sida.contains("Kvitterad som mottagen"), sida);
            assertTrue(sida.contains("href=\"/remisser/" + id + "\""), "brödsmulan till remissen");
            // No "Vårt diarienummer", no breadcrumb into the recipient's list of received remisser.
            assertFalse(sida.contains("Vårt diarienummer") || sida.contains("/inkomna?organisation="), sida);
        }
        JsonPath vy = given().accept(ContentType.JSON).get("/api/remisser/" + id + "/mottagare/" + m)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(mottagarensDnr, vy.getString("mottagare.dnr"));
        assertEquals("MOTTAGEN", vy.getString("mottagare.status"));
        assertEquals(List.of("Remiss"), vy.getList("skickat.titel"));
        assertTrue(vy.getList("forlopp.text", String.class).contains("Kvitterad som mottagen"), vy.prettify());

        // A recipient of another remiss, a wrong pair of ids and another organisation: not found.
        long annan = skickadRemiss(avs, "Annan " + unik(), mott).getLong("id");
        problem(given().accept(ContentType.JSON).get("/api/remisser/" + annan + "/mottagare/" + m), 404);
        assertEquals(404, webb().get("/remisser/" + annan + "/mottagare/" + m).statusCode());
        problem(given().accept(ContentType.JSON).get("/api/remisser/" + id + "/mottagare/0"), 404);
        som(skapaMottagare());
        problem(given().accept(ContentType.JSON).get("/api/remisser/" + id + "/mottagare/" + m), 404);
        assertEquals(404, webb().get("/remisser/" + id + "/mottagare/" + m).statusCode());
    }
}
