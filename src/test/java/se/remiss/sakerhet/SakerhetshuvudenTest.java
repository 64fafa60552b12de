package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/** Security headers on pages, API answers and static files; case data is never cached; no dev tools. */
@QuarkusTest
class SakerhetshuvudenTest {

    private static void harSkydd(ValidatableResponse svar) {
        svar.header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }

    @Test
    void sidorApiOchFilerHarSakerhetshuvuden() {
        harSkydd(given().get("/logga-in").then().statusCode(200));
        harSkydd(given().get("/api/remisser").then().statusCode(401));
        harSkydd(given().get("/css/remiss.css").then().statusCode(200));
        harSkydd(given().get("/js/remiss.js").then().statusCode(200));
        Api.som("vantor-handlaggare");
        harSkydd(given().get("/mina-arenden").then().statusCode(200));
        harSkydd(given().get("/api/remisser/999999").then().statusCode(404));
    }

    @Test
    void arendesidorOchApiSvarSparasAldrig() {
        Api.som("vantor-handlaggare");
        for (String adress : new String[] {"/remisser", "/inkomna", "/mina-arenden", "/api/remisser", "/api/mottagare", "/konto"}) {
            given().get(adress).then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        }
        given().get("/css/remiss.css").then().header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void utvecklarverktygenFinnsInte() {
        given().get("/q/dev-ui").then().statusCode(404);
        given().get("/q/swagger-ui").then().statusCode(404);
    }

    @Test
    void serverNamnetRojsInte() {
        given().get("/logga-in").then().header("Server", nullValue()).header("X-Powered-By", nullValue());
    }
}
