package se.remiss.testhjalp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.http.entity.mime.HttpMultipartMode;
import se.remiss.anvandare.Anvandare;
import se.remiss.anvandare.Losenord;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Roll;

/**
 * What the API tests share: the test profile's fixed day, data of the test's own (unique names so
 * tests never see each other's data), and the check of a problem+json answer.
 */
public final class Api {

    /** {@code %test.remiss.idag}: every date in the tests is counted from this Monday. */
    public static final LocalDate IDAG = LocalDate.of(2026, 11, 23);
    /** Tuesday and Thursday three weeks on: working days, so no warnings. */
    public static final LocalDate KONTORSUTLATANDE = LocalDate.of(2026, 12, 15);
    public static final LocalDate NAMNDPROTOKOLL = LocalDate.of(2026, 12, 17);

    /** {@code %test.remiss.dokument.max-storlek}. */
    public static final int MAX_STORLEK = 1024 * 1024;

    public static final String PROBLEM = "application/problem+json";

    private Api() {
    }

    /** A short suffix that makes names unique to one test run and one test. */
    public static String unik() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    // ---------------------------------------------------------------------------------------------
    // Who the test is: every call authenticates with HTTP Basic as the chosen user.

    /** The password of the sample data's demo users and of the users tests create. */
    public static final String LOSENORD = "remiss-demo";
    /** All case roles: what a test user of a test-made organisation holds. */
    public static final String[] ALLA_ARENDEROLLER = {Roll.REGISTRATOR, Roll.HANDLAGGARE, Roll.NAMNDSEKRETERARE};
    private static final Map<Long, String> TESTANVANDARE = new ConcurrentHashMap<>();
    private static String testhash;

    /** All following RestAssured calls of this test authenticate as {@code anvandarnamn}. */
    public static void som(String anvandarnamn) {
        RestAssured.authentication = RestAssured.preemptive().basic(anvandarnamn, LOSENORD);
    }

    /** Act as a user of organisation {@code organisationId} holding every case role. */
    public static void som(long organisationId) {
        som(testanvandare(organisationId));
    }

    /** No credentials (each test starts so, see {@link Anonym}). */
    public static void anonym() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    /** A request as the sample administrator, whoever the test is acting as otherwise. */
    public static RequestSpecification somAdmin() {
        return given().auth().preemptive().basic("admin", LOSENORD).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** The (lazily created) user of a test-made organisation with all case roles. */
    public static String testanvandare(long organisationId) {
        String namn = TESTANVANDARE.get(organisationId);
        if (namn != null && QuarkusTransaction.requiringNew().call(() -> Anvandare.medAnvandarnamn(namn).isPresent())) {
            return namn;
        }
        String ny = nyAnvandare(organisationId, ALLA_ARENDEROLLER);
        TESTANVANDARE.put(organisationId, ny);
        return ny;
    }

    /** Creates a user in organisation {@code organisationId} with these roles; returns its user name. */
    public static String nyAnvandare(long organisationId, String... roller) {
        String namn = "t-" + organisationId + "-" + unik();
        if (testhash == null) {
            testhash = Losenord.hasha(LOSENORD, 4);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Anvandare a = new Anvandare();
            a.anvandarnamn = namn;
            a.namn = "Testperson " + namn;
            a.organisation = Organisation.findById(organisationId);
            a.roller = String.join(",", roller);
            a.losenordHash = testhash;
            a.persist();
        });
        return namn;
    }

    /** Asserts a 201 and returns the path of its Location header. */
    public static String location(Response svar) {
        svar.then().statusCode(201);
        String location = svar.header("Location");
        assertNotNull(location, "Location saknas");
        return URI.create(location).getPath();
    }

    // ---------------------------------------------------------------------------------------------
    // Problem answers

    /**
     * Asserts an RFC 7807 answer: the status (so never a 500 where a 4xx is due), the media type,
     * {@code status} and {@code title} in the body, and that {@code invalid-params} names each field.
     */
    public static JsonPath problem(Response svar, int status, String... falt) {
        svar.then().statusCode(status).header("Content-Type", startsWith(PROBLEM));
        JsonPath json = JsonPath.from(svar.asString());
        assertEquals(status, json.getInt("status"), svar.asString());
        String titel = json.getString("title");
        assertTrue(titel != null && !titel.isBlank(), "title saknas: " + svar.asString());
        if (falt.length > 0) {
            List<String> namn = json.getList("'invalid-params'.name", String.class);
            assertNotNull(namn, "invalid-params saknas: " + svar.asString());
            for (String f : falt) {
                assertTrue(namn.contains(f), "invalid-params namnger inte " + f + ": " + svar.asString());
            }
            json.getList("'invalid-params'.reason", String.class)
                    .forEach(orsak -> assertFalse(orsak == null || orsak.isBlank(), svar.asString()));
        }
        return json;
    }

    // ---------------------------------------------------------------------------------------------
    // Organisations

    /** Creates an organisation of the test's own; {@code format} null gives it no diarium. */
    public static JsonPath skapaOrganisation(String prefix, String typ, String format, String kod, Long forvaltning) {
        String u = unik();
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("kortnamn", prefix + "-" + u);
        kropp.put("namn", "Test " + prefix + " " + u);
        kropp.put("typ", typ);
        kropp.put("forvaltning", forvaltning);
        kropp.put("diarieformat", format);
        kropp.put("diariekod", kod);
        Response svar = somAdmin().body(kropp).post("/api/organisationer");
        location(svar);
        return JsonPath.from(svar.asString());
    }

    /** A sender of the test's own, with its own series "{KOD}-{NR}/{ÅR}" and code 900. */
    public static long skapaAvsandare() {
        return skapaOrganisation("avs", "KONTOR", "{KOD}-{NR}/{ÅR}", "900", null).getLong("id");
    }

    /** A recipient of the test's own: a company with its own series. */
    public static long skapaMottagare() {
        return skapaOrganisation("mott", "BOLAG", "M{ÅR2}-{NR:3}", null, null).getLong("id");
    }

    /** Id of a sample organisation or group by its kortnamn. */
    public static long id(String kortnamn) {
        List<Map<String, Object>> poster = somAdmin().get("/api/organisationer")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return poster.stream().filter(p -> kortnamn.equals(p.get("kortnamn")))
                .map(p -> ((Number) p.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("Ingen organisation eller grupp " + kortnamn));
    }

    /** Id of a sample user (the API has no user resource yet). */
    public static long anvandare(String anvandarnamn) {
        return QuarkusTransaction.requiringNew().call(() -> Anvandare.medAnvandarnamn(anvandarnamn)
                .orElseThrow(() -> new AssertionError("Ingen användare " + anvandarnamn)).id);
    }

    /** A regular expression for the numbers a series format gives this year. */
    public static Pattern dnrMonster(String format, String kod) {
        StringBuilder regex = new StringBuilder();
        for (String del : format.split("(?=\\{)|(?<=\\})")) {
            regex.append(switch (del) {
                case "{ÅR}" -> String.valueOf(IDAG.getYear());
                case "{ÅR2}" -> String.format("%02d", IDAG.getYear() % 100);
                case "{NR}" -> "[1-9][0-9]*";
                case "{KOD}" -> Pattern.quote(kod);
                default -> del.matches("\\{NR:\\d}") ? "[0-9]{" + del.charAt(4) + ",}" : Pattern.quote(del);
            });
        }
        return Pattern.compile(regex.toString());
    }

    // ---------------------------------------------------------------------------------------------
    // Remisser

    /** A valid registration body; change entries to make it invalid. */
    public static Map<String, Object> remiss(long avsandare, String titel, Object... mottagare) {
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("titel", titel);
        kropp.put("avsandare", avsandare);
        kropp.put("avsandarensDnr", null);
        kropp.put("beskrivning", "Beskrivning av " + titel);
        kropp.put("sistaDagKontorsutlatande", KONTORSUTLATANDE.toString());
        kropp.put("sistaDagNamndprotokoll", NAMNDPROTOKOLL.toString());
        kropp.put("mottagare", Arrays.asList(mottagare));
        return kropp;
    }

    /** Registers as a user of the body's sender (and goes on acting as that user). */
    public static JsonPath registrera(Map<String, Object> kropp) {
        if (kropp.get("avsandare") instanceof Number avsandare) {
            som(avsandare.longValue());
        }
        Response svar = json().body(kropp).post("/api/remisser");
        String plats = location(svar);
        JsonPath remiss = JsonPath.from(svar.asString());
        assertEquals("/api/remisser/" + remiss.getLong("id"), plats);
        return remiss;
    }

    /** A multipart request that writes file names in UTF-8, as browsers do. */
    public static RequestSpecification multipart() {
        return given().accept(ContentType.JSON).config(RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)));
    }

    public static Response laddaUpp(long remissId, String filnamn, String mimetyp, byte[] innehall) {
        return multipart().multiPart("fil", filnamn, innehall, mimetyp).post("/api/remisser/" + remissId + "/dokument");
    }

    /** Registers a remiss to {@code mottagare}, attaches a document and sends it. */
    public static JsonPath skickadRemiss(long avsandare, String titel, Object... mottagare) {
        som(avsandare);
        long id = registrera(remiss(avsandare, titel, mottagare)).getLong("id");
        laddaUpp(id, "remiss.txt", "text/plain", ("Remisshandling " + titel).getBytes(StandardCharsets.UTF_8)).then().statusCode(201);
        return given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka")
                .then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath hamtaRemiss(long id) {
        return given().accept(ContentType.JSON).get("/api/remisser/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** How many remisser the sender has: tests count only their own sender's. */
    public static long antalRemisser(long avsandare) {
        return given().accept(ContentType.JSON).queryParam("avsandare", avsandare).get("/api/remisser")
                .then().statusCode(200).extract().jsonPath().getLong("totalt");
    }

    /** How many ärenden of one diarium match {@code sok} (all when null). */
    public static long antalArenden(long organisation, String sok) {
        var fraga = given().accept(ContentType.JSON);
        if (sok != null) {
            fraga.queryParam("sok", sok);
        }
        return fraga.get("/api/diarium/" + organisation + "/arenden").then().statusCode(200)
                .extract().jsonPath().getLong("totalt");
    }

    // ---------------------------------------------------------------------------------------------
    // Files

    public static byte[] slumpbytes(int antal) {
        byte[] b = new byte[antal];
        new Random().nextBytes(b);
        return b;
    }

    public static String sha256(byte[] innehall) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innehall));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
