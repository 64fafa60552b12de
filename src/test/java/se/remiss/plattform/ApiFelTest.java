package se.remiss.plattform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static se.remiss.testhjalp.Api.json;
import static se.remiss.testhjalp.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** What the API answers to requests no resource method takes, and where its contract is documented. */
@QuarkusTest
class ApiFelTest {

    @Test
    void okandAdressGerProblem404() {
        problem(given().accept(ContentType.JSON).get("/api/finns-inte"), 404);
        problem(json().body("{}").post("/api/remisser/1/finns-inte"), 404);
    }

    @Test
    void felMetodGerProblem405() {
        problem(given().accept(ContentType.JSON).delete("/api/organisationer"), 405);
        problem(json().body("{}").put("/api/remisser"), 405);
        problem(given().accept(ContentType.JSON).get("/api/remisser/1/skicka"), 405);
    }

    @Test
    void formatSomInteKanLevererasGerProblem406() {
        problem(given().accept(ContentType.XML).get("/api/organisationer"), 406);
    }

    @Test
    void apietArBeskrivetMedOpenApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/remisser/{id}/dokument"))
                .body(containsString("/api/diarium/{organisation}/arenden"))
                .body(containsString("sistaDagNamndprotokoll"));
    }
}
