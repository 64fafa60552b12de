package se.remiss.anvandare;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.testhjalp.Api.id;
import static se.remiss.testhjalp.Api.location;
import static se.remiss.testhjalp.Api.problem;
import static se.remiss.testhjalp.Api.somAdmin;
import static se.remiss.testhjalp.Api.unik;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.remiss.granskning.Granskningshandelse;
import se.remiss.sakerhet.Autentisering;
import se.remiss.sakerhet.CsrfSkydd;
import se.remiss.testhjalp.Anonym;
import se.remiss.testhjalp.Api;

/** The administrator's user API: users, roles, deactivation, passwords and the lock-out guard. */
@QuarkusTest
@ExtendWith(Anonym.class)
class AnvandareApiTest {

    static final String LOSENORD = "ett-hemligt-losenord";
    static final String NYTT_LOSENORD = "ett-annat-losenord";

    /** A valid new user of {@code organisation}; change entries to make it invalid. */
    static Map<String, Object> ny(String anvandarnamn, long organisation, String... roller) {
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("anvandarnamn", anvandarnamn);
        kropp.put("namn", "Testa Testsson " + anvandarnamn);
        kropp.put("titel", "Utredare");
        kropp.put("epost", anvandarnamn + "@exempel.se");
        kropp.put("organisation", organisation);
        kropp.put("roller", Arrays.asList(roller));
        kropp.put("losenord", LOSENORD);
        return kropp;
    }

    static JsonPath skapa(Map<String, Object> kropp) {
        Response svar = somAdmin().body(kropp).post("/api/anvandare");
        String plats = location(svar);
        JsonPath json = JsonPath.from(svar.asString());
        assertEquals("/api/anvandare/" + json.getLong("id"), plats);
        return json;
    }

    static JsonPath skapa(long organisation, String... roller) {
        return skapa(ny("t." + unik(), organisation, roller));
    }

    static JsonPath hamta(long id) {
        return somAdmin().get("/api/anvandare/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The editable fields of a fetched user, as a PUT body. */
    static Map<String, Object> andring(JsonPath a) {
        Map<String, Object> kropp = new HashMap<>();
        kropp.put("namn", a.getString("namn"));
        kropp.put("titel", a.getString("titel"));
        kropp.put("epost", a.getString("epost"));
        kropp.put("organisation", a.getLong("organisation.id"));
        kropp.put("roller", a.getList("roller", String.class));
        kropp.put("aktiv", a.getBoolean("aktiv"));
        kropp.put("version", a.getLong("version"));
        return kropp;
    }

    /** Deactivates a user as the sample administrator; returns the user as changed. */
    static JsonPath inaktivera(long id) {
        Map<String, Object> kropp = andring(hamta(id));
        kropp.put("aktiv", false);
        return somAdmin().body(kropp).put("/api/anvandare/" + id).then().statusCode(200).extract().jsonPath();
    }

    static RequestSpecification som(String anvandarnamn, String losenord) {
        return given().auth().preemptive().basic(anvandarnamn, losenord).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** Whether HTTP Basic with these credentials is accepted (200) or not (401). */
    static int basic(String anvandarnamn, String losenord) {
        return som(anvandarnamn, losenord).get("/api/organisationer/" + id("slk")).statusCode();
    }

    static void ingenHash(Map<String, ?> post) {
        assertFalse(post.containsKey("losenordHash"), post.toString());
        assertFalse(post.containsKey("losenord"), post.toString());
        assertFalse(post.toString().contains("$2a$"), post.toString());
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void anvandareSkapasHamtasOchAndras() {
        long vantor = id("vantor-sdf");
        String namn = "t." + unik();
        JsonPath skapad = skapa(ny(namn, vantor, "registrator", "handlaggare"));
        long id = skapad.getLong("id");
        assertEquals(namn, skapad.getString("anvandarnamn"));
        assertEquals("Testa Testsson " + namn, skapad.getString("namn"));
        assertEquals("Utredare", skapad.getString("titel"));
        assertEquals(namn + "@exempel.se", skapad.getString("epost"));
        assertEquals(vantor, skapad.getLong("organisation.id"));
        assertEquals("Vantörs stadsdelsförvaltning", skapad.getString("organisation.namn"));
        assertEquals(List.of("registrator", "handlaggare"), skapad.getList("roller", String.class));
        assertEquals(List.of("Registrator", "Handläggare"), skapad.getList("rollEtiketter", String.class));
        assertTrue(skapad.getBoolean("aktiv"));
        assertTrue(skapad.getBoolean("harLosenord"));
        ingenHash(skapad.getMap("$"));

        JsonPath hamtad = hamta(id);
        assertEquals(skapad.getMap("$"), hamtad.getMap("$"));
        assertEquals(200, basic(namn, LOSENORD), "den nya användaren loggar in med sitt lösenord");

        Map<String, Object> andring = andring(hamtad);
        andring.put("namn", "Ändrad Änglund");
        andring.put("titel", "");
        andring.put("epost", null);
        andring.put("organisation", id("slk"));
        andring.put("roller", List.of("lasare"));
        JsonPath andrad = somAdmin().body(andring).put("/api/anvandare/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Ändrad Änglund", andrad.getString("namn"));
        assertNull(andrad.getString("titel"));
        assertNull(andrad.getString("epost"));
        assertEquals("Stadsledningskontoret", andrad.getString("organisation.namn"));
        assertEquals(List.of("lasare"), andrad.getList("roller", String.class));
        assertEquals(namn, andrad.getString("anvandarnamn"));
        assertEquals(hamtad.getLong("version") + 1, andrad.getLong("version"));
        assertEquals(andrad.getMap("$"), hamta(id).getMap("$"));
        ingenHash(andrad.getMap("$"));

        // The new roles apply at once: a läsare is no administrator.
        problem(som(namn, LOSENORD).get("/api/anvandare"), 403);
    }

    @Test
    void telefonnummerSattsAndrasOchBehallsNarFaltetSaknas() {
        // Issue 12/14: the document head prints the handläggare's phone; the sample users have one.
        assertEquals("08-508 15 135", hamta(Api.anvandare("vantor-handlaggare")).getString("telefon"));

        Map<String, Object> kropp = ny("t." + unik(), id("vantor-sdf"), "handlaggare");
        kropp.put("telefon", "08-508  12 345 ");
        JsonPath skapad = skapa(kropp);
        long id = skapad.getLong("id");
        assertEquals("08-508 12 345", skapad.getString("telefon"), "blanksteg städas");

        Map<String, Object> andring = andring(hamta(id));
        andring.put("telefon", "+46 8 508 99 999");
        JsonPath andrad = somAdmin().body(andring).put("/api/anvandare/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("+46 8 508 99 999", andrad.getString("telefon"));

        // A client that does not know the field keeps the number; a blank one clears it.
        Map<String, Object> utan = andring(andrad);
        utan.remove("telefon");
        assertEquals("+46 8 508 99 999", somAdmin().body(utan).put("/api/anvandare/" + id).then().statusCode(200)
                .extract().jsonPath().getString("telefon"));
        Map<String, Object> tom = andring(hamta(id));
        tom.put("telefon", " ");
        assertNull(somAdmin().body(tom).put("/api/anvandare/" + id).then().statusCode(200).extract().jsonPath()
                .getString("telefon"));

        for (String fel : List.of("ring mig", "08-12", "1".repeat(41))) {
            Map<String, Object> felaktig = andring(hamta(id));
            felaktig.put("telefon", fel);
            problem(somAdmin().body(felaktig).put("/api/anvandare/" + id), 400, "telefon");
        }
        assertNull(hamta(id).getString("telefon"));
    }

    @Test
    void varOchEnSatterSittEgetTelefonnummerUnderMittKonto() {
        String namn = "t." + unik();
        long id = skapa(ny(namn, id("vantor-sdf"), "handlaggare")).getLong("id");
        som(namn, LOSENORD).contentType(ContentType.URLENC).accept(ContentType.HTML).redirects().follow(false)
                .formParam("telefon", "08-508 44 444")
                .post("/konto/telefon").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/konto?klart=telefon"));
        assertEquals("08-508 44 444", hamta(id).getString("telefon"));
        String sida = som(namn, LOSENORD).contentType(ContentType.URLENC).accept(ContentType.HTML)
                .formParam("telefon", "ring mig").post("/konto/telefon").then().statusCode(400).extract().asString();
        assertTrue(sida.contains("Telefonnumret sparades inte") && sida.contains("value=\"ring mig\""), sida);
        assertEquals("08-508 44 444", hamta(id).getString("telefon"));
    }

    @Test
    void listanFiltrerasSorterasOchDelasISidor() {
        long org = Api.skapaOrganisation("anv", "KONTOR", null, null, null).getLong("id");
        String u = unik();
        Map<String, Object> anna = ny("anna." + u, org, "registrator");
        anna.put("namn", "Anna Lista " + u);
        Map<String, Object> bertil = ny("bertil." + u, org, "handlaggare", "registrator");
        bertil.put("namn", "bertil Lista " + u);
        Map<String, Object> cecilia = ny("cecilia." + u, org, "lasare");
        cecilia.put("namn", "Cecilia Lista " + u);
        // Created out of order: the list sorts by name, whatever the case.
        skapa(cecilia);
        skapa(anna);
        skapa(bertil);

        assertEquals(List.of("Anna", "bertil", "Cecilia"), fornamn(lista(Map.of("organisation", org))));
        JsonPath sida = lista(Map.of("organisation", org, "storlek", 2, "sida", 2));
        assertEquals(List.of("Cecilia"), fornamn(sida));
        assertEquals(3, sida.getLong("totalt"));
        assertEquals(2, sida.getInt("antalSidor"));
        assertEquals(List.of("Cecilia", "bertil", "Anna"),
                fornamn(lista(Map.of("organisation", org, "ordning", "fallande"))));
        assertEquals(List.of("Anna", "bertil", "Cecilia"),
                fornamn(lista(Map.of("organisation", org, "sortera", "anvandarnamn"))));

        assertEquals(List.of("Anna", "bertil"), fornamn(lista(Map.of("organisation", org, "roll", "registrator"))));
        assertEquals(List.of("bertil"), fornamn(lista(Map.of("organisation", org, "roll", "handlaggare"))));
        assertEquals(List.of(), fornamn(lista(Map.of("organisation", org, "roll", "administrator"))));
        assertEquals(List.of("bertil"), fornamn(lista(Map.of("sok", "BERTIL LISTA " + u.toUpperCase()))));
        assertEquals(List.of("Cecilia"), fornamn(lista(Map.of("sok", "cecilia." + u))));

        long ceciliaId = lista(Map.of("sok", "cecilia." + u)).getLong("rader[0].id");
        inaktivera(ceciliaId);
        assertEquals(List.of("Cecilia"), fornamn(lista(Map.of("organisation", org, "aktiv", false))));
        assertEquals(List.of("Anna", "bertil"), fornamn(lista(Map.of("organisation", org, "aktiv", true))));

        List<Map<String, Object>> rader = lista(Map.of("storlek", 200)).getList("rader");
        assertTrue(rader.size() > 10, "exempelanvändarna finns med");
        rader.forEach(AnvandareApiTest::ingenHash);

        problem(somAdmin().queryParam("roll", "chef").get("/api/anvandare"), 400, "roll");
        problem(somAdmin().queryParam("aktiv", "kanske").get("/api/anvandare"), 400, "aktiv");
        problem(somAdmin().queryParam("organisation", "slk").get("/api/anvandare"), 400, "organisation");
        problem(somAdmin().queryParam("storlek", 0).get("/api/anvandare"), 400, "storlek");
        problem(somAdmin().queryParam("sida", "en").get("/api/anvandare"), 400, "sida");
    }

    static JsonPath lista(Map<String, Object> parametrar) {
        return somAdmin().queryParams(parametrar).get("/api/anvandare").then().statusCode(200).extract().jsonPath();
    }

    static List<String> fornamn(JsonPath sida) {
        return sida.getList("rader.namn", String.class).stream().map(n -> n.split(" ")[0]).toList();
    }

    @Test
    void felaktigaUppgifterNamngerVarjeFaltOchIngetSparas() {
        String u = unik();
        Map<String, Object> kropp = ny("Anna Berg " + u, 987654321L, "chef");
        kropp.put("namn", " ");
        kropp.put("epost", "inte-en-adress");
        kropp.put("losenord", "kort");
        problem(somAdmin().body(kropp).post("/api/anvandare"), 400,
                "anvandarnamn", "namn", "epost", "organisation", "roller", "losenord");

        long slk = id("slk");
        avvisas(ny("a", slk, "lasare"), "anvandarnamn");
        avvisas(ny("x".repeat(61), slk, "lasare"), "anvandarnamn");
        avvisas(ny("åsa." + u, slk, "lasare"), "anvandarnamn");
        avvisas(ny("Versaler." + u, slk, "lasare"), "anvandarnamn");
        avvisas(ny("ok." + u, slk), "roller");
        Map<String, Object> k = ny("ok." + u, slk, "lasare");
        k.remove("organisation");
        avvisas(k, "organisation");
        k = ny("ok." + u, slk, "lasare");
        k.put("titel", "t".repeat(201));
        avvisas(k, "titel");
        k = ny("ok." + u, slk, "lasare");
        k.put("losenord", "å".repeat(37)); // 37 characters, 74 bytes: bcrypt would cut it silently
        avvisas(k, "losenord");
        k = ny("ok." + u, slk, "lasare");
        k.remove("losenord");
        avvisas(k, "losenord");
        k = ny("ok." + u, slk, "lasare");
        k.put("roller", "lasare");
        avvisas(k, "roller");
        k = ny("ok." + u, slk, "lasare");
        k.put("organisation", "slk");
        avvisas(k, "organisation");
        problem(somAdmin().body("").post("/api/anvandare"), 400, "body");
        problem(somAdmin().body("{\"anvandarnamn\": ").post("/api/anvandare"), 400);
        problem(somAdmin().contentType(ContentType.TEXT).body("anvandarnamn=x").post("/api/anvandare"), 415);

        assertEquals(0, lista(Map.of("sok", u)).getLong("totalt"));
    }

    static void avvisas(Map<String, Object> kropp, String falt) {
        problem(somAdmin().body(kropp).post("/api/anvandare"), 400, falt);
    }

    @Test
    void upptagetAnvandarnamnAvvisas() {
        JsonPath forsta = skapa(id("slk"), "lasare");
        Map<String, Object> igen = ny(forsta.getString("anvandarnamn"), id("vantor-sdf"), "registrator");
        JsonPath fel = problem(somAdmin().body(igen).post("/api/anvandare"), 400, "anvandarnamn");
        assertTrue(fel.getString("'invalid-params'[0].reason").contains("används redan"), fel.prettify());
        problem(somAdmin().body(ny("admin", id("slk"), "lasare")).post("/api/anvandare"), 400, "anvandarnamn");
        assertEquals(forsta.getMap("$"), hamta(forsta.getLong("id")).getMap("$"));
    }

    @Test
    void inaktuellVersionGer409OchSkriverInteOver() {
        JsonPath a = skapa(id("slk"), "lasare");
        long id = a.getLong("id");
        Map<String, Object> forsta = andring(a);
        forsta.put("namn", "Första ändringen");
        somAdmin().body(forsta).put("/api/anvandare/" + id).then().statusCode(200);

        Map<String, Object> gammal = andring(a);
        gammal.put("namn", "Gammal ändring");
        problem(somAdmin().body(gammal).put("/api/anvandare/" + id), 409);
        gammal.remove("version");
        problem(somAdmin().body(gammal).put("/api/anvandare/" + id), 400, "version");
        assertEquals("Första ändringen", hamta(id).getString("namn"));
        problem(somAdmin().body(gammal).put("/api/anvandare/987654321"), 404);
        problem(somAdmin().get("/api/anvandare/987654321"), 404);
    }

    @Test
    void baraAdministratorerKommerAt() {
        long id = skapa(id("slk"), "lasare").getLong("id");
        Map<String, Object> kropp = ny("t." + unik(), id("slk"), "lasare");
        for (String vem : List.of("vantor-registrator", "slk-handlaggare")) {
            problem(som(vem, Api.LOSENORD).get("/api/anvandare"), 403);
            problem(som(vem, Api.LOSENORD).get("/api/anvandare/" + id), 403);
            problem(som(vem, Api.LOSENORD).body(kropp).post("/api/anvandare"), 403);
            problem(som(vem, Api.LOSENORD).body(andring(hamta(id))).put("/api/anvandare/" + id), 403);
            problem(som(vem, Api.LOSENORD).body(Map.of("losenord", NYTT_LOSENORD))
                    .post("/api/anvandare/" + id + "/losenord"), 403);
        }
        for (Response svar : List.of(given().accept(ContentType.JSON).get("/api/anvandare"),
                given().accept(ContentType.JSON).get("/api/anvandare/" + id),
                given().contentType(ContentType.JSON).body(kropp).post("/api/anvandare"),
                given().contentType(ContentType.JSON).body(Map.of("losenord", NYTT_LOSENORD))
                        .post("/api/anvandare/" + id + "/losenord"))) {
            problem(svar, 401);
            assertNotNull(svar.header("WWW-Authenticate"));
        }
        assertEquals(0, lista(Map.of("sok", (String) kropp.get("anvandarnamn"))).getLong("totalt"));
    }

    @Test
    void administratornSatterNyttLosenordOchSessionernaAvslutas() {
        JsonPath a = skapa(id("vantor-sdf"), "handlaggare");
        String namn = a.getString("anvandarnamn");
        long id = a.getLong("id");
        String kaka = sessionskaka(namn, LOSENORD);
        assertEquals(200, medSession(kaka).statusCode(), "inloggad med formuläret");

        problem(somAdmin().body(Map.of("losenord", "kort")).post("/api/anvandare/" + id + "/losenord"), 400,
                "losenord");
        problem(somAdmin().body(Map.of("losenord", NYTT_LOSENORD, "upprepat", NYTT_LOSENORD))
                .post("/api/anvandare/" + id + "/losenord"), 400, "upprepat");
        problem(somAdmin().body("{}").post("/api/anvandare/" + id + "/losenord"), 400, "losenord");
        problem(somAdmin().body(Map.of("losenord", NYTT_LOSENORD)).post("/api/anvandare/987654321/losenord"), 404);
        assertEquals(200, basic(namn, LOSENORD), "inget av det avvisade ändrade lösenordet");

        somAdmin().body(Map.of("losenord", NYTT_LOSENORD)).post("/api/anvandare/" + id + "/losenord")
                .then().statusCode(204);
        assertEquals(401, basic(namn, LOSENORD), "det gamla lösenordet gäller inte längre");
        assertEquals(200, basic(namn, NYTT_LOSENORD), "det nya lösenordet gäller");
        Response efter = medSession(kaka);
        assertEquals(303, efter.statusCode(), "sessionen är avslutad");
        assertTrue(efter.header("Location").contains("/logga-in"), efter.header("Location"));
    }

    /** Logs in with the form (double-submit token of the login page) and returns the session cookie. */
    static String sessionskaka(String anvandarnamn, String losenord) {
        String csrf = given().redirects().follow(false).get("/logga-in").then().statusCode(200).extract()
                .cookie(CsrfSkydd.INLOGGNINGSKAKA);
        Response svar = given().redirects().follow(false).cookie(CsrfSkydd.INLOGGNINGSKAKA, csrf)
                .formParam("anvandarnamn", anvandarnamn).formParam("losenord", losenord)
                .formParam(CsrfSkydd.FALT, csrf).post("/logga-in");
        svar.then().statusCode(303);
        String kaka = svar.cookie(Autentisering.SESSIONSKAKA);
        assertNotNull(kaka, "sessionskaka saknas");
        return kaka;
    }

    static Response medSession(String kaka) {
        return given().redirects().follow(false).cookie(Autentisering.SESSIONSKAKA, kaka).get("/konto");
    }

    @Test
    void inaktiveradAnvandareKanInteLoggaIn() {
        JsonPath a = skapa(id("vantor-sdf"), "registrator");
        String namn = a.getString("anvandarnamn");
        long id = a.getLong("id");
        String kaka = sessionskaka(namn, LOSENORD);
        assertEquals(200, basic(namn, LOSENORD));

        JsonPath inaktiv = inaktivera(id);
        assertFalse(inaktiv.getBoolean("aktiv"));
        assertEquals(401, basic(namn, LOSENORD), "en inaktiverad användare kommer inte in");
        assertEquals(303, medSession(kaka).statusCode(), "och hennes session är avslutad");
        assertEquals(1, lista(Map.of("sok", namn, "aktiv", false)).getLong("totalt"), "men hon finns kvar");

        Map<String, Object> ater = andring(inaktiv);
        ater.put("aktiv", true);
        somAdmin().body(ater).put("/api/anvandare/" + id).then().statusCode(200);
        assertEquals(200, basic(namn, LOSENORD), "återaktiverad kommer hon in igen");
        problem(somAdmin().delete("/api/anvandare/" + id), 405);
    }

    @Test
    void administratorKanInteLasaUtSigSjalv() {
        // A test administrator of its own, so that a failing guard cannot lock the sample admin out.
        JsonPath adm = skapa(id("slk"), "administrator", "registrator");
        String namn = adm.getString("anvandarnamn");
        long id = adm.getLong("id");

        Map<String, Object> inaktivera = andring(adm);
        inaktivera.put("aktiv", false);
        JsonPath fel = problem(som(namn, LOSENORD).body(inaktivera).put("/api/anvandare/" + id), 409);
        assertTrue(fel.getString("detail").contains("inaktivera ditt eget konto"), fel.prettify());

        Map<String, Object> utanAdmin = andring(adm);
        utanAdmin.put("roller", List.of("registrator"));
        fel = problem(som(namn, LOSENORD).body(utanAdmin).put("/api/anvandare/" + id), 409);
        assertTrue(fel.getString("detail").contains("administratörsroll"), fel.prettify());

        fel = problem(som(namn, LOSENORD).body(Map.of("losenord", NYTT_LOSENORD))
                .post("/api/anvandare/" + id + "/losenord"), 409);
        assertTrue(fel.getString("detail").contains("Mitt konto"), fel.prettify());
        assertEquals(adm.getMap("$"), hamta(id).getMap("$"), "inget ändrades");

        // Other changes of one's own account are fine, and so is deactivating another administrator.
        Map<String, Object> annatNamn = andring(adm);
        annatNamn.put("namn", "Admin Adminsson");
        annatNamn.put("roller", List.of("administrator"));
        som(namn, LOSENORD).body(annatNamn).put("/api/anvandare/" + id).then().statusCode(200);
        JsonPath annan = skapa(id("slk"), "administrator");
        Map<String, Object> annanInaktiv = andring(annan);
        annanInaktiv.put("aktiv", false);
        som(namn, LOSENORD).body(annanInaktiv).put("/api/anvandare/" + annan.getLong("id")).then().statusCode(200);

        // Clean up: the test administrator is deactivated by the sample admin.
        inaktivera(id);
    }

    @Test
    void varjeAndringGranskasMenAldrigLosenordet() {
        JsonPath a = skapa(id("vantor-sdf"), "registrator");
        long id = a.getLong("id");
        Map<String, Object> andring = andring(a);
        andring.put("namn", "Granskad Person");
        andring.put("roller", List.of("registrator", "namndsekreterare"));
        somAdmin().body(andring).put("/api/anvandare/" + id).then().statusCode(200);
        somAdmin().body(Map.of("losenord", NYTT_LOSENORD)).post("/api/anvandare/" + id + "/losenord")
                .then().statusCode(204);
        problem(somAdmin().body(andring).put("/api/anvandare/" + id), 409); // stale: refused

        List<Granskningshandelse> handelser = QuarkusTransaction.requiringNew().call(() -> Granskningshandelse
                .list("objekttyp = 'Anvandare' and objektId = ?1 order by id", id));
        assertEquals(List.of("ANVANDARE_SKAPAD", "ANVANDARE_ANDRAD", "LOSENORD_SATT"),
                handelser.stream().map(h -> h.handling).toList(), "en händelse per ändring, ingen för det avvisade");
        handelser.forEach(h -> {
            assertEquals("admin", h.anvandarnamn);
            assertEquals(Granskningshandelse.Utfall.LYCKADES, h.utfall);
        });
        assertTrue(handelser.get(0).efter.contains("\"roller\":\"registrator\""), handelser.get(0).efter);
        assertTrue(handelser.get(1).fore.contains("Testa Testsson"), handelser.get(1).fore);
        assertTrue(handelser.get(1).efter.contains("\"namn\":\"Granskad Person\""), handelser.get(1).efter);
        assertTrue(handelser.get(1).efter.contains("registrator,namndsekreterare"), handelser.get(1).efter);
        for (Granskningshandelse h : handelser) {
            String allt = h.beskrivning + h.fore + h.efter;
            assertFalse(allt.contains("$2a$") || allt.contains(LOSENORD) || allt.contains(NYTT_LOSENORD), allt);
        }
        // The refused change is recorded as a failed attempt (by the error handling).
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Granskningshandelse.count(
                "utfall = ?1 and beskrivning like ?2", Granskningshandelse.Utfall.MISSLYCKADES,
                "PUT /api/anvandare/" + id + " → 409%")));
    }

    @Test
    void extraFaltAvvisasOchIngetAndras() {
        String u = unik();
        for (Map.Entry<String, Object> extra : Map.<String, Object>of("id", 1, "losenordHash",
                "$2a$04$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234", "version", 7, "status", "AKTIV",
                "aktiv", false).entrySet()) {
            Map<String, Object> kropp = ny("extra." + u, id("slk"), "lasare");
            kropp.put(extra.getKey(), extra.getValue());
            JsonPath fel = problem(somAdmin().body(kropp).post("/api/anvandare"), 400, extra.getKey());
            assertTrue(fel.getString("'invalid-params'[0].reason").contains("Okänt fält"), fel.prettify());
        }
        assertEquals(0, lista(Map.of("sok", "extra." + u)).getLong("totalt"), "inget skapades");

        JsonPath a = skapa(id("slk"), "lasare");
        long id = a.getLong("id");
        for (Map.Entry<String, Object> extra : Map.<String, Object>of("anvandarnamn", "nytt." + u, "losenord",
                NYTT_LOSENORD, "losenordHash", "$2a$04$x", "id", 1, "status", "AKTIV").entrySet()) {
            Map<String, Object> kropp = andring(a);
            kropp.put("namn", "Ändrad " + u);
            kropp.put(extra.getKey(), extra.getValue());
            problem(somAdmin().body(kropp).put("/api/anvandare/" + id), 400, extra.getKey());
        }
        problem(somAdmin().body(Map.of("losenord", NYTT_LOSENORD, "anvandarnamn", "x"))
                .post("/api/anvandare/" + id + "/losenord"), 400, "anvandarnamn");
        assertEquals(a.getMap("$"), hamta(id).getMap("$"), "inget ändrades");
        assertEquals(200, basic(a.getString("anvandarnamn"), LOSENORD));
    }
}
