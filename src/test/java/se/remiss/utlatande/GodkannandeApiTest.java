package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.utlatande.Utkast.innehaller;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.dokument.Dokumentpipeline;
import se.remiss.dokument.Verifieringsrapport;
import se.remiss.testhjalp.Api;

/** Approval in order, signing per approval, return with a reason, the final's immutability, sending. */
@QuarkusTest
class GodkannandeApiTest {

    static final String AVDELNINGSCHEF = "vantor-avdelningschef";
    static final String DIREKTOR = "vantor-direktor";

    @Inject
    Dokumentpipeline pipeline;

    @Test
    void tvaUndertecknareGodkannerITurOchDetSkickadeDokumentetArSigneratAvBada() {
        long m = Utkast.nyRemissTillVantor("Godkännande " + Api.unik());
        String uid = klartUtkast(m);

        // The direktör is named first on the document but approves last; nobody else approves. Both are
        // told why: whose turn it is, or that they do not sign this statement at all.
        assertEquals("Det är avdelningschefens (Åsa Berntssons) tur att godkänna version 2. "
                + "Utlåtandet visas under Att godkänna när det är din tur.",
                Api.problem(som(DIREKTOR, () -> godkann(uid, 2)), 403).getString("detail"));
        assertEquals("Du är inte undertecknare av det här utlåtandet.",
                Api.problem(som("vantor-handlaggare", () -> godkann(uid, 2)), 403).getString("detail"));
        // The same on the page: the refused form answers 403 with the message, and the page says it beforehand.
        String sida = som(DIREKTOR, () -> Utkast.webb().formParam("version", "2").post("/utlatanden/" + uid + "/godkann"))
                .then().statusCode(403).extract().asString();
        assertTrue(sida.contains("Det är avdelningschefens (Åsa Berntssons) tur att godkänna version 2."), sida);
        assertTrue(som(DIREKTOR, () -> Utkast.dokument().get("/utlatanden/" + uid)).asString()
                .contains("Det är avdelningschefens (Åsa Berntssons) tur att godkänna version 2."));
        assertEquals(List.of(uid), som(AVDELNINGSCHEF, () -> Utkast.json().get("/api/att-godkanna"))
                .then().statusCode(200).extract().jsonPath().getList("uid"));
        assertTrue(som(DIREKTOR, () -> Utkast.json().get("/api/att-godkanna")).jsonPath().getList("uid").isEmpty());
        Api.problem(som(AVDELNINGSCHEF, () -> godkann(uid, 1)), 409);

        JsonPath forsta = som(AVDELNINGSCHEF, () -> godkann(uid, 2)).then().statusCode(200).extract().jsonPath();
        assertEquals("KLAR_FOR_GODKANNANDE", forsta.getString("status"));
        assertEquals(List.of("Åsa Berntsson"), forsta.getList("godkannanden.undertecknare.namn"));
        assertEquals("Monika Viklander", forsta.getString("nastaUndertecknare.namn"));
        assertEquals("Du har redan godkänt version 2. Nu är det stadsdelsdirektörens (Monika Viklanders) tur att godkänna.",
                Api.problem(som(AVDELNINGSCHEF, () -> godkann(uid, 2)), 403).getString("detail"));
        // Once approval started, no route changes it, not even reopening by the handläggare.
        Api.problem(Utkast.skrivAvsnitt(uid, "sammanfattning", 2, "Ändrat efteråt"), 409);
        Api.problem(Utkast.json().post("/api/utlatanden/" + uid + "/ateroppna"), 409);

        JsonPath andra = som(DIREKTOR, () -> godkann(uid, 2)).then().statusCode(200).extract().jsonPath();
        assertEquals("GODKAND", andra.getString("status"));
        assertEquals(2, andra.getList("godkannanden").size());
        assertEquals(andra.getString("godkannanden[0].innehallSha256"), andra.getString("godkannanden[1].innehallSha256"));
        for (Response andring : List.of(Utkast.skrivAvsnitt(uid, "sammanfattning", 2, "Efter slutet"),
                Utkast.json().post("/api/utlatanden/" + uid + "/ateroppna"), Utkast.klar(uid, 2),
                som(DIREKTOR, () -> godkann(uid, 2)),
                som(DIREKTOR, () -> Utkast.json().body(Map.of("version", 2, "orsak", "x"))
                        .post("/api/utlatanden/" + uid + "/returnera")))) {
            Api.problem(andring, 409);
        }

        byte[] slutlig = Utkast.pdf(uid);
        Verifieringsrapport rapport = pipeline.verifiera(slutlig);
        assertEquals(2, rapport.signaturer().size(), rapport.toString());
        assertTrue(rapport.giltig(), rapport.toString());
        assertFalse(rapport.signaturer().get(0).helaDokumentet());
        assertTrue(rapport.signaturer().get(1).helaDokumentet());
        innehaller(rapport.signaturer().get(0).undertecknare(), "Åsa Berntsson");
        innehaller(rapport.signaturer().get(1).undertecknare(), "Monika Viklander");

        // Sending: only the signed final, once; the sender's matrix links to the same bytes.
        long remiss = Utkast.remissFor(m);
        JsonPath skickat = som("vantor-registrator", () -> Utkast.json().post("/api/utlatanden/" + uid + "/skicka"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("INSKICKAD", skickat.getString("status"));
        Api.problem(som("vantor-registrator", () -> Utkast.json().post("/api/utlatanden/" + uid + "/skicka")), 409);
        long avsandare = Api.hamtaRemiss(remiss).getLong("avsandare.id");
        JsonPath matris = Utkast.som(Api.testanvandare(avsandare), () -> Api.hamtaRemiss(remiss));
        assertEquals("UTLATANDE_INSKICKAT", matris.getString("mottagare[0].status"));
        assertNotNull(matris.getString("mottagare[0].utlatandeInskickat"));
        String lank = matris.getString("mottagare[0].utlatande");
        byte[] hosAvsandaren = Utkast.som(Api.testanvandare(avsandare), () -> Utkast.dokument().get(lank)
                .then().statusCode(200).extract().asByteArray());
        assertArrayEquals(slutlig, hosAvsandaren);
        // The sender's own diarium holds it as an inkommen handling with the recipient's dnr.
        String dnr = Utkast.hamta(uid).getString("dnr");
        JsonPath handlingar = Utkast.som(Api.testanvandare(avsandare), () -> Utkast.json()
                .get(lank.substring(0, lank.lastIndexOf("/handlingar/")))
                .then().statusCode(200).extract().jsonPath());
        assertTrue(handlingar.prettify().contains(dnr), handlingar.prettify());
        // Another organisation does not see the draft at all.
        Api.problem(Utkast.som(Api.testanvandare(avsandare), () -> Utkast.json().post("/api/utlatanden/" + uid + "/skicka")), 404);
    }

    @Test
    void returMedOrsakOppnarUtkastetOchForstaGodkannandetUpphor() {
        long m = Utkast.nyRemissTillVantor("Retur " + Api.unik());
        String uid = klartUtkast(m);
        som(AVDELNINGSCHEF, () -> godkann(uid, 2)).then().statusCode(200);
        Api.problem(som(DIREKTOR, () -> Utkast.json().body(Map.of("version", 2, "orsak", " "))
                .post("/api/utlatanden/" + uid + "/returnera")), 400, "orsak");

        JsonPath returnerat = som(DIREKTOR, () -> Utkast.json()
                .body(Map.of("version", 2, "orsak", "Förtydliga synpunkterna på 5.3."))
                .post("/api/utlatanden/" + uid + "/returnera")).then().statusCode(200).extract().jsonPath();
        assertEquals("UTKAST", returnerat.getString("status"));
        assertEquals("Förtydliga synpunkterna på 5.3.", returnerat.getString("returorsak"));
        assertEquals("Monika Viklander", returnerat.getString("returneradAv"));
        assertTrue(returnerat.getList("godkannanden").isEmpty());

        // Editable again; marked ready again, the avdelningschef's turn comes back.
        Utkast.skrivAvsnitt(uid, "synpunkter", 2, "Se [[5.3]], förtydligat.").then().statusCode(200);
        JsonPath klar = Utkast.klar(uid, 3).then().statusCode(200).extract().jsonPath();
        assertNull(klar.getString("returorsak"));
        assertEquals("Åsa Berntsson", klar.getString("nastaUndertecknare.namn"));
        Api.problem(som(DIREKTOR, () -> godkann(uid, 3)), 403);
    }

    /** A draft of the remiss to Vantör, complete and marked ready at version 2. */
    private static String klartUtkast(long mottagare) {
        String uid = Utkast.ifylltVantorsUtkast(mottagare);
        Utkast.klar(uid, 2).then().statusCode(200);
        return uid;
    }

    private static Response godkann(String uid, int version) {
        return Utkast.json().body(Map.of("version", version)).post("/api/utlatanden/" + uid + "/godkann");
    }

    private static <T> T som(String anvandare, java.util.function.Supplier<T> gora) {
        return Utkast.som(anvandare, gora);
    }
}
