package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import se.remiss.granskning.Granskningshandelse;
import se.remiss.testhjalp.Api;

/** What the tests of issue 11's sekretess findings share: marking documents and counting refusals. */
final class Sekretessfall {

    static final String OSL = "26 kap. 1 § OSL";
    static final String MASKERAD = "Sekretessmarkerad handling (" + OSL + ")";

    private Sekretessfall() {
    }

    /** The only ärende in a test organisation's diarium (its one remiss). */
    static long endaArendet(long organisation) {
        Api.som(organisation);
        return given().accept(ContentType.JSON).get("/api/diarium/" + organisation + "/arenden")
                .then().statusCode(200).extract().jsonPath().getLong("rader[0].id");
    }

    /** Registers a document with a file in an ärende, as the current user; returns its id. */
    static long registreraHandling(long arende, String titel, String motpart, String filnamn, String innehall) {
        return Api.multipart().multiPart("riktning", "IN").multiPart("titel", titel).multiPart("motpart", motpart)
                .multiPart("fil", filnamn, innehall.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/arenden/" + arende + "/handlingar").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Marks a document confidential, as the current user (who must be cleared for it). */
    static void markera(long arende, long handling) {
        Api.json().body(Map.of("osl", OSL)).post("/api/arenden/" + arende + "/handlingar/" + handling + "/sekretess")
                .then().statusCode(200);
    }

    /** The refused accesses recorded for {@code anvandarnamn} so far. */
    static long nekade(String anvandarnamn) {
        return QuarkusTransaction.requiringNew().call(() -> Granskningshandelse.count(
                "handling = 'ATKOMST_NEKAD' and anvandarnamn = ?1", anvandarnamn));
    }

    /**
     * Logs in with the form as a browser does, without the HTTP Basic credentials a test may have set
     * for its API calls (a browser session never carries both).
     */
    static Webbsession loggaIn(String anvandarnamn) {
        Api.anonym();
        return Webbsession.loggaIn(anvandarnamn);
    }

    /** A request of the browser session only, whatever the test's API calls authenticate as. */
    static RequestSpecification begaran(Webbsession session) {
        return session.begaran().auth().none();
    }

    /** The remiss registration form (POST /remisser) filled in as a browser sends it, without a file. */
    static RequestSpecification remissformular(Webbsession s, long avsandare, String titel, long... mottagare) {
        RequestSpecification r = begaran(s).multiPart("csrf-token", s.csrf).multiPart("titel", titel)
                .multiPart("avsandare", String.valueOf(avsandare)).multiPart("beskrivning", "")
                .multiPart("sistaDagKontorsutlatande", Api.KONTORSUTLATANDE.toString())
                .multiPart("sistaDagNamndprotokoll", Api.NAMNDPROTOKOLL.toString());
        for (long m : mottagare) {
            r.multiPart("mottagare", String.valueOf(m));
        }
        return r;
    }

    /** A page, as a browser logged in with the form sees it. */
    static Response sida(Webbsession session, String adress) {
        return begaran(session).get(adress);
    }
}
