package se.remiss.sammanstallning;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.remiss.testhjalp.Api;

/**
 * A remiss answered as the sample remiss is meant to be: Stadsledningskontoret sends the sample
 * programme (seed 004) to Vantör, Socialtjänstnämnden, Farsta and a company of the test's own;
 * Vantör and Socialtjänstnämnden answer with statements that are filled in, approved by both
 * signatories and sent, citing 5.2 and 5.3 and their commitments; Vantör's case is then marked
 * answered (minutes in); the company declines; Farsta says nothing. Every call names its user.
 */
final class Svarsdata {

    static final String VANTOR = "Vantörs stadsdelsnämnd";
    static final String SOTN = "Socialtjänstnämnden";
    static final String FARSTA = "Farsta stadsdelsnämnd";

    static final String VANTOR_SYNPUNKTER = "Förvaltningen delar bedömningen i [[5.2]]. Skolpersonalens kompetens "
            + "är en nyckel, se [[5.2#1]], och förvaltningen vill ha stöd i det. Det uppsökande arbetet med "
            + "smittskydd i [[5.3#4]] bör samordnas med landstinget.\n\n- Uppföljningen bör ske årligen.";
    static final String SOTN_SYNPUNKTER = "Nämnden bedriver redan uppsökande arbete enligt [[5.3#1]]. Stödet till "
            + "köpare i [[5.3#5]] byggs ut under året. Smittskyddsarbetet i [[5.3#4]] sker tillsammans med landstinget.";

    /**
     * @param mottagare organisation name → recipient id (the company under its generated name)
     * @param bolag     the company's name
     */
    record Remissvar(long remiss, String titel, String dnr, Map<String, Long> mottagare, String bolag) {
    }

    private Svarsdata() {
    }

    static RequestSpecification som(String anvandare) {
        return given().auth().preemptive().basic(anvandare, Api.LOSENORD).contentType(ContentType.JSON);
    }

    /** The answered remiss described above, sent by Stadsledningskontoret. */
    static Remissvar besvaradRemiss() {
        long slk = Api.id("slk");
        JsonPath bolag = Api.skapaOrganisation("bolag", "BOLAG", "B{ÅR2}-{NR:3}", null, null);
        String titel = "Sammanställning " + Api.unik() + " av sociala programmet";
        JsonPath registrerad = Api.registrera(Api.remiss(slk, titel, Api.id("vantor-sdn"), Api.id("sotn"),
                Api.id("farsta-sdn"), bolag.getLong("id")));
        long remiss = registrerad.getLong("id");
        String avsandare = Api.testanvandare(slk);
        byte[] program = program();
        Api.multipart().auth().preemptive().basic(avsandare, Api.LOSENORD)
                .multiPart("fil", "socialt-program-reviderat.txt", program, "text/plain")
                .post("/api/remisser/" + remiss + "/program").then().statusCode(201);
        Api.multipart().auth().preemptive().basic(avsandare, Api.LOSENORD)
                .multiPart("fil", "socialt-program-reviderat.txt", program, "text/plain")
                .post("/api/remisser/" + remiss + "/dokument").then().statusCode(201);
        JsonPath skickad = som(avsandare).post("/api/remisser/" + remiss + "/skicka").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Long> mottagare = new LinkedHashMap<>();
        List<Map<String, Object>> rader = skickad.getList("mottagare");
        for (Map<String, Object> m : rader) {
            @SuppressWarnings("unchecked")
            Map<String, Object> org = (Map<String, Object>) m.get("organisation");
            mottagare.put((String) org.get("namn"), ((Number) m.get("id")).longValue());
        }

        svara(mottagare.get(VANTOR), "vantor-handlaggare", "TILLSTYRKER_MED_SYNPUNKTER", VANTOR_SYNPUNKTER,
                "vantor-direktor", "vantor-avdelningschef", "vantor-registrator");
        svara(mottagare.get(SOTN), "sotn-handlaggare", "TILLSTYRKER", SOTN_SYNPUNKTER, "sof-direktor",
                "sof-avdelningschef", "sotn-handlaggare");
        // Vantör's nämnd decided: the minutes are in.
        status(mottagare.get(VANTOR), "vantor-registrator", "BESVARAD");
        // The company declines.
        status(mottagare.get(bolag.getString("namn")), Api.testanvandare(bolag.getLong("id")), "AVSTAR");
        return new Remissvar(remiss, titel, registrerad.getString("dnr"), mottagare, bolag.getString("namn"));
    }

    /** A remissvar filled in, approved by both signatories (the second named first) and sent by {@code avsandare}. */
    private static void svara(long mottagare, String handlaggare, String stallning, String synpunkter, String forsta,
            String andra, String skickare) {
        Map<String, Object> ny = new LinkedHashMap<>();
        ny.put("mottagare", mottagare);
        ny.put("mall", "remissvar");
        ny.put("stallningstagande", stallning);
        ny.put("underskrifter", List.of(Api.anvandare(forsta), Api.anvandare(andra)));
        String uid = som(handlaggare).body(ny).post("/api/utlatanden").then().statusCode(201).extract().jsonPath()
                .getString("uid");
        som(handlaggare).body(Map.of("version", 1, "texter", Map.of("sammanfattning", "Sammanfattning av svaret.",
                "beredning", "Beredd inom förvaltningen.", "synpunkter", synpunkter)))
                .patch("/api/utlatanden/" + uid).then().statusCode(200);
        som(handlaggare).body(Map.of("version", 2)).post("/api/utlatanden/" + uid + "/klar").then().statusCode(200);
        som(andra).body(Map.of("version", 2)).post("/api/utlatanden/" + uid + "/godkann").then().statusCode(200);
        som(forsta).body(Map.of("version", 2)).post("/api/utlatanden/" + uid + "/godkann").then().statusCode(200);
        som(skickare).post("/api/utlatanden/" + uid + "/skicka").then().statusCode(200);
    }

    private static void status(long mottagare, String anvandare, String status) {
        som(anvandare).body(Map.of("status", status)).post("/api/mottagare/" + mottagare + "/status")
                .then().statusCode(200);
    }

    private static byte[] program() {
        try {
            return Files.readAllBytes(Path.of("sample-remisser/remisser/2006-socialt-program-prostitution/"
                    + "socialt-program-reviderat.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
