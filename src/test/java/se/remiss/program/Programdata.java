package se.remiss.program;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.remiss.testhjalp.Api;

/**
 * What the programme API, page and journey tests share: a remiss of the test's own to import into,
 * the import call, the seed files as bytes, and the programme JSON flattened for assertions.
 */
final class Programdata {

    /** sample-remisser/remisser/2006-socialt-program-prostitution/remiss.yaml */
    static final String EXEMPELREMISS = "Revidering av Stockholms stads sociala program för att minska prostitution";

    private static final Path MAPP = Path.of("sample-remisser/remisser/2006-socialt-program-prostitution");

    /** Seed 004, the remitted programme, as the sample data has it. */
    static final String REVIDERAT_FIL = "socialt-program-reviderat.txt";
    /** Seed 001, the earlier version. */
    static final String TIDIGARE_FIL = "socialt-program-tidigare-version.txt";

    static final String TITEL_004 = "Socialt program för att minska prostitution";

    static final List<String> MAL_004 = List.of(
            "Efterfrågan på köp av sexuella tjänster ska minska.",
            "Handel med människor för sexuella ändamål ska inte förekomma.",
            "Alla barn ska ha rätt till en säker och trygg uppväxt och får inte utsättas för kränkande behandling "
                    + "eller misshandel.");

    /** Commitments per section of seed 004: the lists opening 5.1–5.5. */
    static final Map<String, Integer> KRAV_PER_AVSNITT_004 = Map.of("5.1", 4, "5.2", 5, "5.3", 6, "5.4", 4, "5.5", 2);

    static final String ALLA_SDN = "Alla stadsdelsnämnder";
    static final String ALLA_NAMNDER_OCH_BOLAG = "Stockholms stads nämnder och bolag";

    private Programdata() {
    }

    static byte[] fil(String namn) {
        try {
            return Files.readAllBytes(MAPP.resolve(namn));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String namn) {
        return new String(fil(namn), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * A draft remiss of the test's own (own sender, own recipient), so no test sees another's
     * programmes. The test goes on acting as a user of the sender, who imports the programme.
     */
    static long nyRemiss(String vad) {
        return nyRemiss(Api.skapaAvsandare(), vad);
    }

    /** A draft remiss of {@code avsandare}'s (acting as its user from now on), to an own recipient. */
    static long nyRemiss(long avsandare, String vad) {
        long mottagare = Api.skapaMottagare();
        return Api.registrera(Api.remiss(avsandare, "Programtest " + vad + " " + Api.unik(), mottagare)).getLong("id");
    }

    static Response importera(long remiss, String filnamn, String mimetyp, byte[] innehall, Long foregaende) {
        RequestSpecification fraga = Api.multipart().multiPart("fil", filnamn, innehall, mimetyp);
        if (foregaende != null) {
            fraga.multiPart("foregaende", foregaende.toString());
        }
        return fraga.post("/api/remisser/" + remiss + "/program");
    }

    /** Imports and asserts 201 with Location /api/program/{pid}; returns pid. */
    static long importerad(long remiss, String filnamn, String mimetyp, byte[] innehall, Long foregaende) {
        Response svar = importera(remiss, filnamn, mimetyp, innehall, foregaende);
        String plats = Api.location(svar);
        assertEquals(true, plats.matches("/api/program/\\d+"), "Location: " + plats);
        return Long.parseLong(plats.substring("/api/program/".length()));
    }

    static long importeradText(long remiss, String seedfil, Long foregaende) {
        return importerad(remiss, seedfil, "text/plain", fil(seedfil), foregaende);
    }

    static JsonPath program(long pid) {
        return given().accept(ContentType.JSON).get("/api/program/" + pid).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    static List<Map<String, Object>> versioner(long remiss) {
        return given().accept(ContentType.JSON).get("/api/remisser/" + remiss + "/program").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** Id of the sample remiss (read only), as a user of its sender or of one of its recipients. */
    static long exempelremiss() {
        JsonPath traffar = given().accept(ContentType.JSON).queryParam("sok", EXEMPELREMISS).get("/api/remisser")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rader = traffar.getList("rader");
        return rader.stream().filter(r -> EXEMPELREMISS.equals(r.get("titel")))
                .map(r -> ((Number) r.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("Exempelremissen saknas: " + traffar.prettify()));
    }

    // ---------------------------------------------------------------------------------------------
    // The programme JSON

    /** Every section, all levels, in document order. */
    static List<Map<String, Object>> allaAvsnitt(JsonPath program) {
        List<Map<String, Object>> alla = new ArrayList<>();
        samla(program.getList("avsnitt"), alla);
        return alla;
    }

    @SuppressWarnings("unchecked")
    private static void samla(List<?> avsnitt, List<Map<String, Object>> alla) {
        for (Object o : avsnitt) {
            Map<String, Object> a = (Map<String, Object>) o;
            alla.add(a);
            samla((List<?>) a.get("avsnitt"), alla);
        }
    }

    static Map<String, Object> avsnitt(JsonPath program, String nyckel) {
        return allaAvsnitt(program).stream().filter(a -> nyckel.equals(a.get("nyckel"))).findFirst()
                .orElseThrow(() -> new AssertionError("Inget avsnitt " + nyckel + " i " + nycklar(program)));
    }

    static List<String> nycklar(JsonPath program) {
        return allaAvsnitt(program).stream().map(a -> (String) a.get("nyckel")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> underNycklar(Map<String, Object> avsnitt) {
        return ((List<Map<String, Object>>) avsnitt.get("avsnitt")).stream().map(a -> (String) a.get("nyckel")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> krav(Map<String, Object> avsnitt) {
        return (List<Map<String, Object>>) avsnitt.get("krav");
    }

    /** Every commitment with its section's key under "avsnitt", in document order. */
    static List<Map<String, Object>> allaKrav(JsonPath program) {
        List<Map<String, Object>> alla = new ArrayList<>();
        for (Map<String, Object> a : allaAvsnitt(program)) {
            for (Map<String, Object> k : krav(a)) {
                Map<String, Object> medAvsnitt = new java.util.LinkedHashMap<>(k);
                medAvsnitt.put("avsnitt", a.get("nyckel"));
                alla.add(medAvsnitt);
            }
        }
        return alla;
    }

    @SuppressWarnings("unchecked")
    static List<String> lista(Map<String, Object> post, String falt) {
        return (List<String>) post.get(falt);
    }

    /** Runs of white space as one space, ends stripped. */
    static String normal(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").strip();
    }
}
