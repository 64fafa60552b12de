package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.granskning.Granskningshandelse;
import se.remiss.testhjalp.Api;

/**
 * A draft is the recipient's own work: another organisation – also the remiss's sender – does not
 * find it (404, recorded as a refused access), does not see it listed, and cannot create one for a
 * recipient that is not its own. Saves name the person who made them.
 */
@QuarkusTest
class UtlatandeAtkomstTest {

    @Test
    void annanOrganisationOchAvsandarenSerInteUtkastet() {
        long m = Utkast.nyRemissTillVantor("Utkastets åtkomst " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR");
        long remiss = Utkast.remissFor(m);
        long avsandare = Api.hamtaRemiss(remiss).getLong("avsandare.id");
        String avsandarensAnvandare = Api.testanvandare(avsandare);

        for (String annan : List.of("farsta-handlaggare", avsandarensAnvandare)) {
            long fore = senasteHandelse();
            Utkast.som(annan, () -> Api.problem(Utkast.json().get("/api/utlatanden/" + uid), 404));
            assertTrue(nekadeEfter(fore).contains("Utlatande"), annan + ": nekad åtkomst skrivs i granskningen");
            Utkast.som(annan, () -> Api.problem(Utkast.json().body(Map.of("version", 1, "text", "Intrång"))
                    .put("/api/utlatanden/" + uid + "/avsnitt/sammanfattning"), 404));
            Utkast.som(annan, () -> Utkast.webb().get("/utlatanden/" + uid).then().statusCode(404));
            Utkast.som(annan, () -> Utkast.dokument().get("/api/utlatanden/" + uid + "/pdf").then().statusCode(404));
            assertEquals(List.of(), Utkast.som(annan, () -> Utkast.json().queryParam("mottagare", m)
                    .get("/api/utlatanden").then().statusCode(200).extract().jsonPath().getList("uid")));
            assertFalse(Utkast.som(annan, () -> Utkast.json().get("/api/utlatanden").then().statusCode(200).extract()
                    .jsonPath().getList("uid")).contains(uid), annan + " ser utkastet i sin lista");
            Utkast.som(annan, () -> Api.problem(Utkast.json().body(Map.of("mottagare", m, "mall", "remissvar"))
                    .post("/api/utlatanden"), 400, "mottagare"));
        }
        assertEquals(1, Utkast.version(uid), "ingenting ändrades");
        assertTrue(Utkast.json().get("/api/utlatanden").then().statusCode(200).extract().jsonPath().getList("uid")
                .contains(uid), "den egna förvaltningens lista har utkastet");

        // The sender sees the recipient's row of its remiss, but not the draft section.
        String sida = Utkast.som(avsandarensAnvandare, () -> Utkast.webb().get("/mottagare/" + m).then().statusCode(200)
                .extract().asString());
        assertFalse(sida.contains("/utlatanden/" + uid) || sida.contains("Skriv tjänsteutlåtande"), sida);
        String egen = Utkast.webb().get("/mottagare/" + m).then().statusCode(200).extract().asString();
        assertTrue(egen.contains("/utlatanden/" + uid), "mottagaren ser sitt utkast");

        // The unit's nämndsekreterare reads the draft but gets no editor, and may not save.
        String lasning = Utkast.som("vantor-sekreterare", () -> Utkast.webb().get("/utlatanden/" + uid).then()
                .statusCode(200).extract().asString());
        assertTrue(lasning.contains("det är en handläggare som skriver") && !lasning.contains("Spara ny version"), lasning);
        Utkast.som("vantor-sekreterare", () -> Utkast.webb().formParam("version", "1").formParam("amne", "annat")
                .post("/utlatanden/" + uid).then().statusCode(403));

        // The remiss's history: the recipient sees its drafting, the sender sees that it was received but not the draft.
        assertTrue(historik(remiss).contains("UTLATANDE_SKAPAT"), "mottagarens historik");
        List<String> avsandarens = Utkast.som(avsandarensAnvandare, () -> historik(remiss));
        assertTrue(avsandarens.contains("REMISS_SKICKAD") && !avsandarens.contains("UTLATANDE_SKAPAT"), avsandarens.toString());
    }

    @Test
    void varjeVersionNamnerDenSomSparadeOchHandelsenHarForeOchEfter() {
        long m = Utkast.nyRemissTillVantor("Utkastets versioner " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR");
        Utkast.skriv(uid, "sammanfattning", "En kort sammanfattning.");
        JsonPath versioner = Utkast.json().get("/api/utlatanden/" + uid + "/versioner").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("Maria Nordström", "Maria Nordström"), versioner.getList("sparadAv"));

        Granskningshandelse sparat = QuarkusTransaction.requiringNew().call(() -> Granskningshandelse
                .<Granskningshandelse>find("handling = ?1 and objekttyp = 'Utlatande' order by id desc", "UTLATANDE_SPARAT")
                .firstResult());
        assertEquals("vantor-handlaggare", sparat.anvandarnamn);
        assertTrue(sparat.efter.contains("\"avsnitt.sammanfattning\":\"23 tecken\""), sparat.efter);
        assertFalse(sparat.efter.contains("En kort sammanfattning"), "texten själv står i versionshistoriken, inte i granskningen");
    }

    private static List<String> historik(long remiss) {
        return Utkast.json().get("/api/remisser/" + remiss + "/historik").then().statusCode(200).extract().jsonPath()
                .getList("rader.handling");
    }

    private static long senasteHandelse() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Granskningshandelse h = Granskningshandelse.<Granskningshandelse>find("order by id desc").firstResult();
            return h == null ? 0L : h.id;
        });
    }

    private static List<String> nekadeEfter(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Granskningshandelse.<Granskningshandelse>list(
                "id > ?1 and handling = 'ATKOMST_NEKAD'", id).stream().map(h -> h.objekttyp).toList());
    }
}
