package se.remiss.start;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Roll;
import se.remiss.sammantrade.Protokollmiljo;
import se.remiss.testhjalp.Api;

/** GET /: one part per role the person has, none for the roles they lack; anonymous users log in first. */
@QuarkusTest
class StartWebTest {

    @Test
    void enPersonMedAllaArenderollerSerVarjeDel() {
        Api.som(Api.nyAnvandare(Api.id("vantor-sdf"), Api.ALLA_ARENDEROLLER));
        given().accept("text/html").get("/").then().statusCode(200)
                .body(containsString("Inkomna remisser att kvittera"))
                .body(containsString("Mina ärenden"))
                .body(containsString("Kommande ärenden till nämnden"))
                .body(not(containsString("Väntar på ditt godkännande")));
    }

    @Test
    void enLasareHanvisasTillListorna() {
        Api.som(Api.nyAnvandare(Api.id("vantor-sdf"), Roll.LASARE));
        given().accept("text/html").get("/").then().statusCode(200)
                .body(not(containsString("Inkomna remisser att kvittera")))
                .body(not(containsString("Mina ärenden <span")))
                .body(containsString("<a href=\"/remisser\">remisserna</a>"));
    }

    @Test
    void avsandarensRegistratorSerSinaForsenadeRemisser() {
        Api.som("slk-registrator");
        given().accept("text/html").get("/").then().statusCode(200)
                .body(containsString("Skickade remisser med försenade svar"))
                .body(containsString("Revidering av Stockholms stads sociala program"));
    }

    @Test
    void ordforandenOchSedanJusterarenSerProtokolletAttJustera() {
        Protokollmiljo m = new Protokollmiljo(Api.skapaAvsandare(),
                Api.skapaOrganisation("namnd", "NAMND", "{KOD}-{NR}/{ÅR}", "302", null).getLong("id"));
        Protokollmiljo.Mote mote = m.mote(LocalDate.of(2026, 11, 19), Protokollmiljo.Steg.TILL_JUSTERING);
        String lank = "<a href=\"/sammantraden/" + mote.sammantrade() + "/protokoll\">";
        startsida(m.ordforande).body(containsString("Protokoll att justera"), containsString(lank));
        startsida(m.justerare).body(not(containsString(lank)));

        Protokollmiljo.som(m.ordforande).post("/api/sammantraden/" + mote.sammantrade() + "/protokoll/justera").then()
                .statusCode(200);
        startsida(m.ordforande).body(not(containsString(lank)));
        startsida(m.justerare).body(containsString(lank));
    }

    private static ValidatableResponse startsida(String anvandare) {
        return given().auth().preemptive().basic(anvandare, Api.LOSENORD).accept("text/html").get("/").then()
                .statusCode(200);
    }

    @Test
    void anonymLoggarInForst() {
        Api.anonym();
        given().accept("text/html").redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", containsString("/logga-in"));
    }
}
