package se.remiss.sammantrade;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.remiss.testhjalp.Api.json;
import static se.remiss.testhjalp.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * The meeting calendar through the API: a nämnd of the test's own, served by its own förvaltning
 * (as Vantör's), whose secretary keeps the calendar; planning a received remiss from it; answering
 * on delegation or declining, and the remiss closing.
 */
@QuarkusTest
class SammantradeApiTest {

    /** A förvaltning with a diarium and the nämnd it serves; its secretary, member and registrator. */
    private record Namnd(long forvaltning, long namnd, String namn, String sekreterare, String ledamot,
            String registrator) {
    }

    private static Namnd namnd() {
        long f = Api.skapaOrganisation("forv", "FORVALTNING", "F{ÅR2}-{NR}", null, null).getLong("id");
        JsonPath n = Api.skapaOrganisation("namnd", "NAMND", null, null, f);
        return new Namnd(f, n.getLong("id"), n.getString("namn"), Api.nyAnvandare(f, Roll.NAMNDSEKRETERARE),
                Api.nyAnvandare(n.getLong("id"), Roll.LEDAMOT), Api.nyAnvandare(f, Roll.REGISTRATOR));
    }

    @AfterEach
    void anonym() {
        Api.anonym();
    }

    private static long nytt(String datum, String plats) {
        return Api.location(json().body(Map.of("datum", datum, "starttid", "18:00", "plats", plats))
                .post("/api/sammantraden")).transform(a -> Long.parseLong(a.substring(a.lastIndexOf('/') + 1)));
    }

    @Test
    void sekreterarenLaggerTillOchSistaDagForArendenRaknasFram() {
        Namnd n = namnd();
        Api.som(n.sekreterare());
        long id = nytt("2027-03-18", "Sammanträdesrummet");
        JsonPath s = given().accept(ContentType.JSON).get("/api/sammantraden/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(n.namnd(), s.getLong("namnd.id"));
        assertEquals("18:00", s.getString("starttid"));
        // Ten working days before Thursday 18 March 2027.
        assertEquals("2027-03-04", s.getString("sistaDagArenden"));
        assertEquals("PLANERAT", s.getString("status"));
        // One meeting per nämnd and day; bad input named per field.
        problem(json().body(Map.of("datum", "2027-03-18")).post("/api/sammantraden"), 400, "datum");
        problem(json().body(Map.of("datum", "2027-02-30", "starttid", "25:00", "sistaDagArenden", "x"))
                .post("/api/sammantraden"), 400, "datum", "starttid", "sistaDagArenden");
        problem(json().body(Map.of("datum", "2027-04-01", "sistaDagArenden", "2027-04-02")).post("/api/sammantraden"),
                400, "sistaDagArenden");
    }

    @Test
    void listanSidasOchSorteras() {
        Namnd n = namnd();
        Api.som(n.sekreterare());
        nytt("2027-02-11", "B-salen");
        nytt("2027-01-14", "C-salen");
        nytt("2027-03-11", "A-salen");
        nytt("2028-01-13", "D-salen");
        JsonPath sida = given().accept(ContentType.JSON).queryParam("ar", 2027).queryParam("storlek", 2)
                .queryParam("sortera", "datum").queryParam("ordning", "fallande").get("/api/sammantraden")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(3, sida.getInt("totalt"));
        assertEquals(List.of("2027-03-11", "2027-02-11"), sida.getList("rader.datum"));
        assertEquals(List.of("A-salen", "B-salen", "C-salen", "D-salen"), given().accept(ContentType.JSON)
                .queryParam("sortera", "plats").get("/api/sammantraden").then().statusCode(200).extract().jsonPath()
                .getList("rader.plats"));
        // A member of the nämnd reads the calendar but changes nothing.
        Api.som(n.ledamot());
        assertEquals(4, given().accept(ContentType.JSON).get("/api/sammantraden").then().statusCode(200).extract()
                .jsonPath().getInt("totalt"));
        json().body(Map.of("datum", "2027-05-20")).post("/api/sammantraden").then().statusCode(403);
    }

    @Test
    void andraOchTaBortMedVersion() {
        Namnd n = namnd();
        Api.som(n.sekreterare());
        long id = nytt("2027-04-22", "Rum 1");
        json().body(Map.of("datum", "2027-04-29", "plats", "Rum 2", "version", 0)).put("/api/sammantraden/" + id)
                .then().statusCode(200);
        JsonPath s = given().accept(ContentType.JSON).get("/api/sammantraden/" + id).then().extract().jsonPath();
        assertEquals("2027-04-29", s.getString("datum"));
        // A new day: the last day for items follows it.
        assertEquals("2027-04-15", s.getString("sistaDagArenden"));
        problem(json().body(Map.of("datum", "2027-04-29", "version", 0)).put("/api/sammantraden/" + id), 409);
        problem(given().accept(ContentType.JSON).delete("/api/sammantraden/" + id), 400, "version");
        given().delete("/api/sammantraden/" + id + "?version=1").then().statusCode(204);
        problem(given().accept(ContentType.JSON).get("/api/sammantraden/" + id), 404);
        // Another unit's secretary does not see the meeting.
        long annat = nytt("2027-05-06", "Rum 3");
        Api.som(namnd().sekreterare());
        problem(given().accept(ContentType.JSON).get("/api/sammantraden/" + annat), 404);
    }

    @Test
    void importFranCsvOchIcal() {
        Namnd n = namnd();
        Api.som(n.sekreterare());
        nytt("2006-02-16", "Redan inlagt");
        String csv = "Datum;Tid;Plats;Sista dag för ärenden\n2006-02-16;18:00;Rum;\n2006-03-28;18:00;Rum;2006-03-14\n";
        JsonPath r = Api.multipart().multiPart("fil", "kalender.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/sammantraden/import").then().statusCode(200).extract().jsonPath();
        assertEquals(1, r.getInt("tillagda"));
        assertEquals(1, r.getInt("redanIKalendern"));
        assertEquals("2006-03-14", r.getString("sammantraden[0].sistaDagArenden"));
        String ical = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//SE", "BEGIN:VEVENT",
                "UID:x1", "DTSTAMP:20060101T000000Z", "DTSTART;TZID=Europe/Stockholm:20060427T180000",
                "LOCATION:Folkets hus", "END:VEVENT", "END:VCALENDAR");
        r = Api.multipart().multiPart("fil", "kalender.ics", ical.getBytes(StandardCharsets.UTF_8), "text/calendar")
                .post("/api/sammantraden/import").then().statusCode(200).extract().jsonPath();
        assertEquals("2006-04-27", r.getString("sammantraden[0].datum"));
        assertEquals("Folkets hus", r.getString("sammantraden[0].plats"));
        // One bad row: nothing stored, every fault named by its row.
        String fel = "datum;tid\n2006-05-18;18:00\n2006-06-31;18:00\n2006-09-14;sent\n";
        JsonPath p = problem(Api.multipart().multiPart("fil", "k.csv", fel.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/sammantraden/import"), 400, "rad[3]", "rad[4]");
        assertEquals(2, p.getList("'invalid-params'").size());
        assertEquals(3, given().accept(ContentType.JSON).get("/api/sammantraden").then().extract().jsonPath()
                .getInt("totalt"));
        problem(Api.multipart().multiPart("annat", "x").post("/api/sammantraden/import"), 400, "fil");
    }

    @Test
    void namndensRegelStyrSistaDagen() {
        Namnd n = namnd();
        Api.som(n.sekreterare());
        assertEquals(false, given().accept(ContentType.JSON).get("/api/sammantraden/regel").then().statusCode(200)
                .extract().jsonPath().getBoolean("egen"));
        json().body(Map.of("arendedagar", 3, "godkannandedagar", 1)).put("/api/sammantraden/regel")
                .then().statusCode(200);
        long id = nytt("2006-04-20", "Rum");
        // Three working days before Thursday after Easter 2006: annandag påsk and långfredagen skipped.
        assertEquals("2006-04-13", given().accept(ContentType.JSON).get("/api/sammantraden/" + id).then().extract()
                .jsonPath().getString("sistaDagArenden"));
        problem(json().body(Map.of("arendedagar", 61)).put("/api/sammantraden/regel"), 400, "arendedagar",
                "godkannandedagar");
    }

    @Test
    void mottagarenSerPlaneringenOchVarnasNarIngetSammantradeFinnsMellanFristerna() {
        Namnd med = namnd();
        Namnd utan = namnd();
        Api.som(med.sekreterare());
        nytt("2026-12-16", "Rum");
        Api.som(utan.sekreterare());
        nytt("2026-12-10", "Rum");
        long avsandare = Api.skapaAvsandare();
        JsonPath remiss = Api.skickadRemiss(avsandare, "Planering " + Api.unik(), med.namnd(), utan.namnd());
        long mottagareMed = mottagare(remiss, med.namnd());
        long mottagareUtan = mottagare(remiss, utan.namnd());
        Api.som(med.registrator());
        JsonPath plan = given().accept(ContentType.JSON).get("/api/mottagare/" + mottagareMed).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("2026-12-16", plan.getString("planering.sammantrade"));
        assertEquals("2026-12-02", plan.getString("planering.sistaDagArenden"));
        assertEquals("2026-11-30", plan.getString("planering.godkannasSenast"));
        assertNull(plan.getString("planering.varning"));
        Api.som(utan.registrator());
        plan = given().accept(ContentType.JSON).get("/api/mottagare/" + mottagareUtan).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("2026-12-10", plan.getString("planering.sammantrade"));
        assertEquals(utan.namn() + " har inget sammanträde mellan 15 december och 17 december.",
                plan.getString("planering.varning"));
    }

    @Test
    void delegationsbeslutOchAvstarAvslutarRemissen() {
        Namnd a = namnd();
        Namnd b = namnd();
        long avsandare = Api.skapaAvsandare();
        JsonPath remiss = Api.skickadRemiss(avsandare, "Svar " + Api.unik(), a.namnd(), b.namnd());
        long ma = mottagare(remiss, a.namnd());
        long mb = mottagare(remiss, b.namnd());
        Api.som(a.registrator());
        problem(json().body(Map.of("beslutadAv", " ", "datum", "2099-01-01"))
                .post("/api/mottagare/" + ma + "/delegationsbeslut"), 400, "beslutadAv", "delegation", "datum");
        JsonPath svar = json().body(Map.of("beslutadAv", "Eva Ek, stadsdelsdirektör",
                "delegation", "Delegationsordningen punkt 1.3", "datum", "2026-11-20"))
                .post("/api/mottagare/" + ma + "/delegationsbeslut").then().statusCode(200).extract().jsonPath();
        assertEquals("BESVARAD", svar.getString("mottagare.status"));
        assertEquals("DELEGATION", svar.getString("mottagare.svar.svarsform"));
        assertEquals("2026-11-20", svar.getString("mottagare.svar.besvarad"));
        problem(json().body(Map.of("orsak", "Sent påkommet")).post("/api/mottagare/" + ma + "/avsta"), 409);
        // A member reads, but does not answer for the nämnd.
        Api.som(a.ledamot());
        given().accept(ContentType.JSON).get("/api/mottagare/" + ma).then().statusCode(200);
        json().body(Map.of("orsak", "x")).post("/api/mottagare/" + ma + "/avsta").then().statusCode(403);
        Api.som(avsandare);
        assertEquals("SKICKAD", Api.hamtaRemiss(remiss.getLong("id")).getString("status"));
        Api.som(b.registrator());
        problem(json().body(Map.of("orsak", "")).post("/api/mottagare/" + mb + "/avsta"), 400, "orsak");
        json().body(Map.of("orsak", "Remissen berör inte nämndens ansvarsområde.")).post("/api/mottagare/" + mb + "/avsta")
                .then().statusCode(200);
        // Every recipient has answered or declined: the remiss is closed, and the matrix shows how.
        Api.som(avsandare);
        JsonPath sedan = Api.hamtaRemiss(remiss.getLong("id"));
        assertEquals("AVSLUTAD", sedan.getString("status"));
        assertEquals(List.of("Delegationsordningen punkt 1.3", "Remissen berör inte nämndens ansvarsområde."),
                List.of(sedan.getString("mottagare.find { it.id == " + ma + " }.svar.delegation"),
                        sedan.getString("mottagare.find { it.id == " + mb + " }.svar.orsak")));
    }

    private static long mottagare(JsonPath remiss, long organisation) {
        return remiss.getLong("mottagare.find { it.organisation.id == " + organisation + " }.id");
    }
}
