package se.remiss.plattform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.testhjalp.Api.json;
import static se.remiss.testhjalp.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
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

    /** The pages and their forms are not the API; nor are the Qute types they return. */
    @Test
    void openApiBeskriverBaraApiet() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> vagar = api.getMap("paths");
        assertTrue(vagar.size() > 50, vagar.keySet().toString());
        assertEquals(List.of(), vagar.keySet().stream().filter(v -> !ApiDokument.arApi(v)).toList());
        Map<String, Object> scheman = api.getMap("components.schemas");
        assertTrue(scheman.containsKey("Remissrad") && scheman.containsKey("RemissRegistrering"), scheman.keySet().toString());
        assertFalse(scheman.containsKey("TemplateInstance"), scheman.keySet().toString());
    }

    @Test
    void listornasSifferparametrarArHeltalIOpenApi() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        for (String parameter : List.of("sida", "storlek", "ar", "avsandare")) {
            assertEquals("integer", typ(api, "/api/remisser", parameter), parameter);
        }
        assertEquals("integer", typ(api, "/api/mottagare", "handlaggare"));
        assertEquals("integer", typ(api, "/api/diarium/{organisation}/arenden", "storlek"));
        assertEquals("string", typ(api, "/api/remisser", "status"));
    }

    private static String typ(JsonPath api, String sokvag, String parameter) {
        List<Map<String, Object>> parametrar = api.getList("paths.'" + sokvag + "'.get.parameters");
        return parametrar.stream().filter(p -> parameter.equals(p.get("name")))
                .map(p -> (String) ((Map<?, ?>) p.get("schema")).get("type")).findFirst()
                .orElseThrow(() -> new AssertionError(sokvag + " saknar " + parameter));
    }
}
