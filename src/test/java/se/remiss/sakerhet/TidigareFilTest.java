package se.remiss.sakerhet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * Issue 11, finding 3: the remiss form keeps an uploaded file across a correction by a receipt that
 * only the uploading session can redeem; a file's hash (which the history shows) fetches nothing.
 */
@QuarkusTest
class TidigareFilTest {

    private static final Pattern KVITTO = Pattern.compile("name=\"tidigareFil\" value=\"([^\"]*)\"");

    private static RequestSpecification formular(Webbsession s, long avsandare, long mottagare, String titel) {
        return Sekretessfall.remissformular(s, avsandare, titel, mottagare);
    }

    @Test
    void enAnnanOrganisationsFilKanInteBifogasMedSinHash() {
        long annan = Api.skapaAvsandare();
        Api.som(annan);
        long annansRemiss = Api.registrera(Api.remiss(annan, "Annans remiss " + Api.unik(), Api.skapaMottagare()))
                .getLong("id");
        byte[] hemligt = ("SECRETDRAFT " + Api.unik()).getBytes(StandardCharsets.UTF_8);
        Api.laddaUpp(annansRemiss, "utkast.txt", "text/plain", hemligt).then().statusCode(201);

        long egen = Api.skapaAvsandare();
        Webbsession s = Sekretessfall.loggaIn(Api.testanvandare(egen));
        Response svar = formular(s, egen, Api.skapaMottagare(), "Med annans fil " + Api.unik())
                .multiPart("tidigareFil", Api.sha256(hemligt)).multiPart("tidigareFilnamn", "utkast.txt")
                .post("/remisser");
        assertEquals(400, svar.statusCode(), "en fil bifogades med sin hash");
        assertFalse(svar.asString().contains("SECRETDRAFT"));
        Api.som(egen);
        assertEquals(0, Api.antalRemisser(egen), "remissen registrerades ändå");
    }

    @Test
    void filenFoljerMedEnRattelseBaraISammaSession() {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        String person = Api.testanvandare(avs);
        Webbsession s = Sekretessfall.loggaIn(person);
        byte[] innehall = ("Remisshandling " + Api.unik()).getBytes(StandardCharsets.UTF_8);
        String hash = Api.sha256(innehall);

        Response utanTitel = formular(s, avs, mott, "").multiPart("fil", "plan.txt", innehall, "text/plain")
                .post("/remisser");
        assertEquals(400, utanTitel.statusCode());
        assertFalse(utanTitel.asString().contains(hash), "formuläret bär filens hash");
        String kvitto = Webbsession.hitta(KVITTO, utanTitel.asString());

        String titel = "Rattad remiss " + Api.unik();
        Webbsession annanSession = Sekretessfall.loggaIn(person);
        assertEquals(400, formular(annanSession, avs, mott, titel).multiPart("tidigareFil", kvitto).post("/remisser")
                .statusCode(), "en annan session löste in kvittot");

        Response ratt = formular(s, avs, mott, titel).multiPart("tidigareFil", kvitto).post("/remisser");
        assertEquals(303, ratt.statusCode(), ratt.asString());
        long id = Long.parseLong(ratt.header("Location").replaceAll(".*/remisser/(\\d+).*", "$1"));
        Api.som(avs);
        assertEquals(hash, Api.hamtaRemiss(id).getString("dokument[0].sha256"));
        assertEquals("Plan", Api.hamtaRemiss(id).getString("dokument[0].titel"));
        assertEquals("plan.txt", Api.hamtaRemiss(id).getString("dokument[0].filnamn"));
    }
}
