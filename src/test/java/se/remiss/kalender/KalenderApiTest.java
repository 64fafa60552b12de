package se.remiss.kalender;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.remiss.testhjalp.Api.IDAG;
import static se.remiss.testhjalp.Api.problem;
import static se.remiss.testhjalp.Api.som;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class KalenderApiTest {

    /** The calendar answers every logged-in user, whatever organisation or role. */
    @BeforeEach
    void inloggad() {
        som("vantor-handlaggare");
    }

    @Test
    void julaftonArIngenArbetsdagOchFlyttasTillMandagen() {
        given().accept(ContentType.JSON).get("/api/kalender/2026-12-24").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("datum", equalTo("2026-12-24"))
                .body("arbetsdag", equalTo(false))
                .body("orsak", equalTo("julafton"))
                .body("foreslagetDatum", equalTo("2026-12-28"))
                .body("meddelande", containsString("måndag 28 december 2026"));
    }

    @Test
    void idagArEnArbetsdag() {
        given().accept(ContentType.JSON).get("/api/kalender/" + IDAG).then().statusCode(200)
                .body("arbetsdag", equalTo(true))
                .body("foreslagetDatum", equalTo(IDAG.toString()))
                .body("orsak", nullValue())
                .body("meddelande", nullValue());
        given().accept(ContentType.JSON).get("/api/kalender/" + IDAG.minusDays(1)).then().statusCode(200)
                .body("arbetsdag", equalTo(false))
                .body("orsak", equalTo("söndag"))
                .body("foreslagetDatum", equalTo(IDAG.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "1000-03-01", "9999-12-31"})
    void ytterligheterMedFyrsiffrigtArBesvaras(String datum) {
        given().accept(ContentType.JSON).get("/api/kalender/" + datum).then().statusCode(200)
                .body("datum", equalTo(datum));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "24-12-2026", "julafton", "2026-12-24T00:00",
            "+999999999-12-31", "-999999999-01-01", "99999-01-01"})
    void ogiltigaDatumAvvisas(String datum) {
        problem(given().accept(ContentType.JSON).get("/api/kalender/" + datum), 400, "datum");
    }
}
