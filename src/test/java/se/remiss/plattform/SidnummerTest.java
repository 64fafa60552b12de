package se.remiss.plattform;

import static io.restassured.RestAssured.given;
import static se.remiss.testhjalp.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/** A page number whose row offset would overflow is refused by every paged list of the API, naming {@code sida}. */
@QuarkusTest
class SidnummerTest {

    @Test
    void forStortSidnummerGer400SomNamnerSida() {
        Api.som("farsta-handlaggare");
        for (String adress : List.of("/api/utlatanden", "/api/remisser")) {
            problem(given().accept(ContentType.JSON).queryParam("sida", Integer.MAX_VALUE).get(adress), 400, "sida");
            given().accept(ContentType.JSON).queryParam("sida", Sida.MAX_SIDA).get(adress).then().statusCode(200);
        }
        problem(Api.somAdmin().queryParam("sida", Integer.MAX_VALUE).get("/api/anvandare"), 400, "sida");
    }
}
