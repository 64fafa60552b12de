package se.remiss.sammantrade;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.anvandare.Anvandare;
import se.remiss.dokument.Dokumentpipeline;
import se.remiss.dokument.Dss;
import se.remiss.dokument.VeraPdf;
import se.remiss.dokument.Verifieringsrapport;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;
import se.remiss.utlatande.Vantorsutlatande;

/**
 * Golden test: Vantörs stadsdelsnämnd decides on a remiss with Vantör's approved remissvar. The
 * protokollsutdrag reads as Stockholm writes it – § number, nämnd, meeting date, the decision
 * taken word for word from the statement's förslag till beslut, "Justerat" with the date and who
 * adjusted, "Rätt utdraget intygar" over the secretary's name – the protokoll's two signatures and
 * the extract's one verify (our verifier and EU DSS), and veraPDF passes every document.
 */
@QuarkusTest
class ProtokollGoldenTest {

    static final LocalDate MOTESDAG = LocalDate.of(2026, 11, 18);
    static final String SEKRETERARE = "vantor-sekreterare";

    @Inject
    Dokumentpipeline pipeline;

    @Test
    void vantorsNamndBeslutarOchUtdragetFollerStockholmsPraxis() throws Exception {
        Vantorsutlatande.Godkant g = Vantorsutlatande.godkant("Nämndbeslut " + Api.unik());
        long vantor = Api.id("vantor-sdn");
        // The vice ordförande chairs this meeting (the sample ordförande stays as she is for other tests).
        String ordforande = ledamot(vantor, Uppdrag.VICE_ORDFORANDE);
        String justerare = ledamot(vantor, Uppdrag.LEDAMOT);
        long s = Protokollmiljo.sammantrade(vantor, MOTESDAG);
        String bas = "/api/sammantraden/" + s;
        JsonPath utlatande = Protokollmiljo.som("vantor-handlaggare").get("/api/utlatanden/" + g.utlatande()).then()
                .statusCode(200).extract().jsonPath();
        String beslut = "Vantörs stadsdelsnämnd beslutar att åberopa förvaltningens tjänsteutlåtande daterat "
                + utlatande.getString("datum") + " som sitt svar på remissen om " + utlatande.getString("amne") + ".";

        // Agenda, published as PDF/A.
        long punkt = Protokollmiljo.som(SEKRETERARE).body(Map.of("utlatande", g.utlatande()))
                .post(bas + "/foredragningslista/punkter").then().statusCode(201).extract().jsonPath().getLong("punkter[0].id");
        Protokollmiljo.som(SEKRETERARE).post(bas + "/foredragningslista/publicera").then().statusCode(200);
        byte[] agenda = pdf(SEKRETERARE, bas + "/foredragningslista/1/pdf");
        assertEquals(List.of(), VeraPdf.fel(agenda));
        // The approved statement rides along as an attachment, its two signatures intact.
        List<byte[]> bilagor = bilagor(agenda);
        assertEquals(1, bilagor.size());
        assertTrue(pipeline.verifiera(bilagor.get(0)).giltig());
        assertEquals(2, pipeline.verifiera(bilagor.get(0)).signaturer().size());

        // The §: its decision is the statement's förslag till beslut.
        JsonPath paragraf = Protokollmiljo.som(SEKRETERARE).body(Map.of("punkt", punkt)).post(bas + "/paragrafer")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(beslut, paragraf.getString("beslutstext"));
        long pid = paragraf.getLong("id");
        String beteckning = paragraf.getString("beteckning");
        Protokollmiljo.som(SEKRETERARE).body(Map.of("ordforande", Api.anvandare(ordforande), "justerare",
                Api.anvandare(justerare))).patch(bas + "/protokoll").then().statusCode(200);
        Protokollmiljo.som(SEKRETERARE).post(bas + "/protokoll/till-justering").then().statusCode(200);
        Protokollmiljo.som(ordforande).post(bas + "/protokoll/justera").then().statusCode(200);
        Protokollmiljo.som(justerare).post(bas + "/protokoll/justera").then().statusCode(200);

        byte[] protokoll = pdf(ordforande, bas + "/protokoll/pdf");
        Verifieringsrapport rapport = pipeline.verifiera(protokoll);
        assertEquals(2, rapport.signaturer().size(), rapport.toString());
        assertTrue(rapport.giltig(), rapport.toString());
        assertTrue(rapport.signaturer().get(0).undertecknare().contains(namn(ordforande)), rapport.toString());
        assertTrue(rapport.signaturer().get(1).undertecknare().contains(namn(justerare)), rapport.toString());
        assertEquals(List.of(SignatureLevel.PAdES_BASELINE_B, SignatureLevel.PAdES_BASELINE_B), Dss.nivaer(protokoll));
        assertEquals(List.of(), VeraPdf.fel(protokoll));
        String protokolltext = platt(ProtokollApiTest.text(protokoll));
        assertTrue(protokolltext.contains("PROTOKOLL"), protokolltext);
        assertTrue(protokolltext.contains(beteckning + " Remiss från"), protokolltext);
        assertTrue(protokolltext.contains(beslut), protokolltext);

        // The extract, certified by the secretary.
        Protokollmiljo.som(SEKRETERARE).post(bas + "/paragrafer/" + pid + "/utdrag").then().statusCode(200);
        byte[] utdrag = pdf(SEKRETERARE, bas + "/paragrafer/" + pid + "/utdrag");
        String text = platt(ProtokollApiTest.text(utdrag));
        for (String rad : List.of("Stockholms stad", "Vantörs stadsdelsnämnd", "PROTOKOLLSUTDRAG",
                "Sammanträdesdatum 2026-11-18", "Utdrag ur protokoll fört vid sammanträde med Vantörs stadsdelsnämnd 2026-11-18",
                beteckning + " Remiss från", "Beslut " + beslut,
                "Justerat 2026-11-23 av " + namn(ordforande) + " och " + namn(justerare),
                "Tillkännagivet på anslagstavlan 2026-11-23. Överklagandetiden löper till och med 2026-12-14.",
                "Rätt utdraget intygar", namn(SEKRETERARE))) {
            assertTrue(text.contains(rad), "\"" + rad + "\" saknas i:\n" + text);
        }
        assertTrue(text.indexOf("Justerat") < text.indexOf("Rätt utdraget intygar"), text);
        Verifieringsrapport intyg = pipeline.verifiera(utdrag);
        assertEquals(1, intyg.signaturer().size(), intyg.toString());
        assertTrue(intyg.giltig(), intyg.toString());
        assertTrue(intyg.signaturer().get(0).undertecknare().contains(namn(SEKRETERARE)), intyg.toString());
        assertEquals(List.of(SignatureLevel.PAdES_BASELINE_B), Dss.nivaer(utdrag));
        assertEquals(List.of(), VeraPdf.fel(utdrag));

        // Sent: the sender's matrix shows both answers against their deadlines, and the same bytes.
        Protokollmiljo.som(SEKRETERARE).post(bas + "/paragrafer/" + pid + "/skicka").then().statusCode(200);
        String avs = g.avsandare();
        JsonPath matris = Protokollmiljo.som(avs).get("/api/remisser/" + g.remiss()).then().statusCode(200).extract().jsonPath();
        assertEquals("BESVARAD", matris.getString("mottagare[0].status"));
        assertEquals("i tid", matris.getString("mottagare[0].utlatandeTid"));
        assertEquals("2026-11-23", matris.getString("mottagare[0].protokollInkommet"));
        assertEquals("i tid", matris.getString("mottagare[0].protokollTid"));
        assertEquals("2026-12-14", matris.getString("mottagare[0].overklagandeTill"));
        assertEquals("NAMNDBESLUT", matris.getString("mottagare[0].svar.svarsform"));
        assertArrayEquals(utdrag, pdf(avs, matris.getString("mottagare[0].protokollsutdrag")));
    }

    private static byte[] pdf(String anvandare, String adress) {
        return given().auth().preemptive().basic(anvandare, Api.LOSENORD).get(adress).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    static List<byte[]> bilagor(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var namn = d.getDocumentCatalog().getNames();
            if (namn == null || namn.getEmbeddedFiles() == null) {
                return List.of();
            }
            List<byte[]> filer = new java.util.ArrayList<>();
            for (var spec : namn.getEmbeddedFiles().getNames().values()) {
                filer.add(spec.getEmbeddedFile().toByteArray());
            }
            return filer;
        }
    }

    static String platt(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static String namn(String anvandare) {
        return QuarkusTransaction.requiringNew().call(() -> Anvandare.medAnvandarnamn(anvandare).orElseThrow().namn);
    }

    /** A member of Vantör's nämnd of the test's own (role ledamot). */
    static String ledamot(long namnd, Uppdrag uppdrag) {
        String anvandare = Api.nyAnvandare(namnd, Roll.LEDAMOT);
        Protokollmiljo.ledamot(namnd, anvandare, uppdrag, true);
        return anvandare;
    }
}
