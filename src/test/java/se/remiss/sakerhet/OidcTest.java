package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * The identity-provider option, switched on against Quarkus's OIDC test server (WireMock): a
 * bearer token names the person, Remiss's register decides organisation and roles.
 *
 * <p>The test server is a global test resource and the test profile turns OIDC on for the whole
 * suite (application.properties, {@code %test.quarkus.oidc.*}): a separate test profile would
 * restart Quarkus, and every other test shows that passwords and sessions work beside it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OidcTest {

    private static String token(String anvandarnamn, String... grupper) {
        return OidcWiremockTestResource.getAccessToken(anvandarnamn, Set.of(grupper));
    }

    @Test
    void tokenForEnKandPersonGerRegistretsOrganisationOchRoller() {
        JsonPath mottagna = given().auth().oauth2(token("vantor-handlaggare")).accept(ContentType.JSON)
                .get("/api/mottagare").then().statusCode(200).extract().jsonPath();
        assertTrue(mottagna.getLong("totalt") >= 1);
        assertTrue(mottagna.getList("rader.mottagare.organisation.namn", String.class).stream()
                .allMatch(n -> n.startsWith("Vantör")));
        // Roles come from the register, not from the token: a handläggare cannot register remisser …
        Api.problem(given().auth().oauth2(token("vantor-handlaggare", "registrator", "administrator"))
                .contentType(ContentType.JSON).body("{}").post("/api/remisser"), 403);
        // … and the registrator can (here: the body is empty, so the answer is a field error, not 403).
        Api.problem(given().auth().oauth2(token("vantor-registrator")).contentType(ContentType.JSON).body("{}")
                .post("/api/remisser"), 400);
    }

    @Test
    void okandPersonSlippsInteIn() {
        assertEquals(401, given().auth().oauth2(token("finns-inte-i-registret", "administrator")).accept(ContentType.JSON)
                .get("/api/remisser").statusCode());
        assertEquals(401, given().auth().oauth2("inte-en-token").accept(ContentType.JSON).get("/api/remisser").statusCode());
    }

    @Test
    void losenordFungerarFortfarandeBredvid() {
        given().auth().preemptive().basic("vantor-handlaggare", Api.LOSENORD).get("/api/mottagare").then().statusCode(200);
    }
}
