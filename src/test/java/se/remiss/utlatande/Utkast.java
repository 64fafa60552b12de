package se.remiss.utlatande;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.authentication.AuthenticationScheme;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.remiss.testhjalp.Api;

/**
 * What the drafting tests share: every HTTP call of theirs goes through here, cases of their own (a
 * remiss sent to Vantör with the sample programme), the sample cases (read only), and the rendered
 * document taken apart for assertions. A helper that finds a case leaves the test acting as the
 * handläggare who drafts for it ({@link #HANDLAGGARE} for Vantör, {@link #SOF_HANDLAGGARE} for
 * the skrivelse): drafts belong to the recipient's organisation.
 */
final class Utkast {

    static final String EXEMPELREMISS = "Revidering av Stockholms stads sociala program för att minska prostitution";
    static final String SKRIVELSE = "Skrivelse från Christer Öhgren (mp) om att anordna en hearing om sexköp";
    static final String VANTOR = "Vantörs stadsdelsnämnd";
    static final String HANDLAGGARE = "vantor-handlaggare";
    static final String SOF_HANDLAGGARE = "sotn-handlaggare";
    /** The sample remiss's sender's registrator: sees every recipient row. */
    static final String AVSANDARE = "slk-registrator";
    private static final Path PROGRAMMAPP = Path.of("sample-remisser/remisser/2006-socialt-program-prostitution");

    private Utkast() {
    }

    // --- HTTP ------------------------------------------------------------------------------------

    /** Does {@code gora} as {@code anvandare} and goes back to whoever the test was acting as. */
    static <T> T som(String anvandare, Supplier<T> gora) {
        AuthenticationScheme fore = RestAssured.authentication;
        Api.som(anvandare);
        try {
            return gora.get();
        } finally {
            RestAssured.authentication = fore;
        }
    }

    static io.restassured.specification.RequestSpecification json() {
        return Api.json();
    }

    /** For the endpoints that answer a document (HTML or PDF), or problem+json when they cannot. */
    static io.restassured.specification.RequestSpecification dokument() {
        return given().accept("text/html, application/pdf, application/problem+json");
    }

    static io.restassured.specification.RequestSpecification webb() {
        return given().redirects().follow(false);
    }

    static Response skapa(Map<String, Object> kropp) {
        return json().body(kropp).post("/api/utlatanden");
    }

    /** Creates a draft and returns its uid (asserting 201 and the Location). */
    static String skapa(long mottagare, String mall, String stallningstagande, Long... underskrifter) {
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("mottagare", mottagare);
        kropp.put("mall", mall);
        kropp.put("stallningstagande", stallningstagande);
        kropp.put("underskrifter", List.of(underskrifter));
        Response svar = skapa(kropp);
        String plats = Api.location(svar);
        String uid = svar.jsonPath().getString("uid");
        assertEquals("/api/utlatanden/" + uid, plats);
        return uid;
    }

    static JsonPath hamta(String uid) {
        return json().get("/api/utlatanden/" + uid).then().statusCode(200).extract().jsonPath();
    }

    static int version(String uid) {
        return hamta(uid).getInt("version");
    }

    /**
     * A complete remissvar draft of Vantör's, signed by its direktör and avdelningschef, saved as
     * version 2 and not yet marked ready.
     */
    static String ifylltVantorsUtkast(long mottagare) {
        String uid = skapa(mottagare, "remissvar", null);
        long[] under = vantorsUndertecknare();
        Map<String, Object> andring = new LinkedHashMap<>();
        andring.put("version", 1);
        andring.put("stallningstagande", "AVSTAR");
        andring.put("underskrifter", List.of(under[0], under[1]));
        andring.put("texter", Map.of("sammanfattning", "Förvaltningen avstår.", "beredning", "Inom IFO.",
                "synpunkter", "Se [[5.3]]."));
        patch(uid, andring).then().statusCode(200);
        return uid;
    }

    static Response patch(String uid, Map<String, Object> kropp) {
        return json().body(kropp).patch("/api/utlatanden/" + uid);
    }

    static Response skrivAvsnitt(String uid, String nyckel, int version, String text) {
        return json().body(Map.of("version", version, "text", text)).put("/api/utlatanden/" + uid + "/avsnitt/" + nyckel);
    }

    /** Writes a section from the current version and returns the new version. */
    static int skriv(String uid, String nyckel, String text) {
        return skrivAvsnitt(uid, nyckel, version(uid), text).then().statusCode(200).extract().jsonPath().getInt("version");
    }

    static Response klar(String uid, Integer version) {
        return json().body(version == null ? Map.of() : Map.of("version", version)).post("/api/utlatanden/" + uid + "/klar");
    }

    static String forhandsvisning(String uid) {
        return given().accept(ContentType.HTML).get("/api/utlatanden/" + uid + "/forhandsvisning").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
    }

    static byte[] pdf(String uid) {
        return given().get("/api/utlatanden/" + uid + "/pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
    }

    // --- cases -----------------------------------------------------------------------------------

    /** The sample remiss's id. */
    static long exempelremiss() {
        return som(AVSANDARE, Utkast::hittaExempelremiss);
    }

    private static long hittaExempelremiss() {
        List<Map<String, Object>> rader = json().queryParam("sok", EXEMPELREMISS).get("/api/remisser").then()
                .statusCode(200).extract().jsonPath().getList("rader");
        return rader.stream().filter(r -> EXEMPELREMISS.equals(r.get("titel"))).map(r -> ((Number) r.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("Exempelremissen saknas"));
    }

    /** The sample remiss's recipients: organisation name → recipient id; then acts as Vantör's handläggare. */
    static Map<String, Long> exempelmottagare() {
        Map<String, Long> mottagare = new LinkedHashMap<>();
        exempelmottagarrader().forEach(m -> mottagare.put(organisation(m, "namn"), ((Number) m.get("id")).longValue()));
        Api.som(HANDLAGGARE);
        return mottagare;
    }

    /** The sample remiss's recipients: recipient id → the recipient organisation's id. */
    static Map<Long, Long> exempelmottagarnasOrganisationer() {
        Map<Long, Long> mottagare = new LinkedHashMap<>();
        exempelmottagarrader().forEach(m -> mottagare.put(((Number) m.get("id")).longValue(),
                ((Number) organisation(m, "id")).longValue()));
        return mottagare;
    }

    private static List<Map<String, Object>> exempelmottagarrader() {
        return som(AVSANDARE, () -> Api.hamtaRemiss(hittaExempelremiss()).getList("mottagare"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T organisation(Map<String, Object> mottagare, String falt) {
        return (T) ((Map<String, Object>) mottagare.get("organisation")).get(falt);
    }

    /** The sample skrivelse ärende in Socialtjänstförvaltningen's diarium; then acts as its handläggare. */
    static long skrivelsearende() {
        Api.som(SOF_HANDLAGGARE);
        long sof = Api.id("sof");
        List<Map<String, Object>> rader = json().queryParam("sok", "hearing om sexköp").get("/api/diarium/" + sof + "/arenden")
                .then().statusCode(200).extract().jsonPath().getList("rader");
        return rader.stream().filter(r -> SKRIVELSE.equals(r.get("rubrik"))).map(r -> ((Number) r.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("Skrivelseärendet saknas: " + rader));
    }

    /**
     * A remiss of the test's own, with the sample programme (seed 004) imported, sent to Vantörs
     * stadsdelsnämnd and assigned to Vantör's handläggare; returns the recipient id.
     */
    static long nyRemissTillVantor(String titel) {
        return nyRemissTillVantor(titel, "socialt-program-reviderat.txt", fil("socialt-program-reviderat.txt"));
    }

    static long nyRemissTillVantor(String titel, String programfil, byte[] program) {
        return nyRemissTillVantor(Api.remiss(Api.skapaAvsandare(), titel, Api.id("vantor-sdn")), programfil, program);
    }

    /** {@code registrering}: a body from {@link Api#remiss}, to Vantör. */
    static long nyRemissTillVantor(Map<String, Object> registrering, String programfil, byte[] program) {
        long remiss = Api.registrera(registrering).getLong("id");
        if (program != null) {
            importeraSomAvsandare(remiss, programfil, program);
        }
        Api.laddaUpp(remiss, programfil, "text/plain", program == null ? "Remiss".getBytes(StandardCharsets.UTF_8) : program)
                .then().statusCode(201);
        long mottagare = json().post("/api/remisser/" + remiss + "/skicka").then().statusCode(200).extract().jsonPath()
                .getLong("mottagare[0].id");
        Api.som("vantor-registrator");
        json().body(Map.of("handlaggare", Api.anvandare(HANDLAGGARE))).post("/api/mottagare/" + mottagare + "/tilldela")
                .then().statusCode(200);
        Api.som(HANDLAGGARE);
        return mottagare;
    }

    /** Imports a programme version as a user of the remiss's sender, then goes on as before. */
    static void importera(long remiss, String filnamn, byte[] innehall) {
        long avsandare = Api.hamtaRemiss(remiss).getLong("avsandare.id");
        som(Api.testanvandare(avsandare), () -> {
            importeraSomAvsandare(remiss, filnamn, innehall);
            return null;
        });
    }

    private static void importeraSomAvsandare(long remiss, String filnamn, byte[] innehall) {
        Api.multipart().multiPart("fil", filnamn, innehall, "text/plain").post("/api/remisser/" + remiss + "/program")
                .then().statusCode(201);
    }

    static long remissFor(long mottagare) {
        return json().get("/api/mottagare/" + mottagare).then().statusCode(200).extract().jsonPath().getLong("remissId");
    }

    static long[] vantorsUndertecknare() {
        return new long[] {Api.anvandare("vantor-direktor"), Api.anvandare("vantor-avdelningschef")};
    }

    static byte[] fil(String namn) {
        try {
            return Files.readAllBytes(PROGRAMMAPP.resolve(namn));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seed(String resurs) {
        try (InputStream in = Utkast.class.getResourceAsStream(resurs)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the rendered document -------------------------------------------------------------------

    private static final Pattern AVSNITT = Pattern.compile(
            "<section class=\"avsnitt[^\"]*\" id=\"avsnitt-([a-z0-9-]+)\"[^>]*>\\s*<h2>(.*?)</h2>(.*?)</section>", Pattern.DOTALL);

    /** Section key → its heading and inner HTML, in document order. */
    static Map<String, String[]> avsnitt(String html) {
        Map<String, String[]> avsnitt = new LinkedHashMap<>();
        Matcher m = AVSNITT.matcher(html);
        while (m.find()) {
            avsnitt.put(m.group(1), new String[] {text(m.group(2)), m.group(3)});
        }
        return avsnitt;
    }

    static List<String> rubriker(String html) {
        List<String> rubriker = new ArrayList<>();
        avsnitt(html).values().forEach(a -> rubriker.add(a[0]));
        return rubriker;
    }

    /** The visible text of some HTML: tags removed, the entities our templates produce decoded, white space folded. */
    static String text(String html) {
        String utan = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("</?(span|strong|em|ins|del)\\b[^>]*>", "")
                .replaceAll("<[^>]+>", " ");
        return normal(utan.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&"));
    }

    static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** For comparing with the seeds' extracted text: letters and digits only, lower case. */
    static String ord(String text) {
        return text.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static void innehaller(String helhet, String del) {
        assertTrue(helhet.contains(del), () -> "Saknar:\n  " + del + "\ni:\n  " + helhet);
    }
}
