package se.remiss.granskning;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.remiss.plattform.Roll;
import se.remiss.sakerhet.Autentisering;
import se.remiss.sakerhet.CsrfSkydd;
import se.remiss.testhjalp.Api;

/**
 * The audit tests' own world: a sender A, recipients B and C, a handläggare at B, and the objects
 * each row needs, made fresh per row through the API so that no row depends on another's.
 * Everything here is prepared before the row's own call is counted.
 */
final class Granskningsmiljo {

    private static final Pattern CSRF_FALT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"");

    final long a;
    final long b;
    final long c;
    final String bNamn;
    final String cNamn;
    final long handlaggareB;
    final String handlaggareBNamn;
    private final String registratorA;

    Granskningsmiljo() {
        a = Api.skapaAvsandare();
        b = Api.skapaMottagare();
        c = Api.skapaMottagare();
        bNamn = namn(b);
        cNamn = namn(c);
        handlaggareBNamn = Api.nyAnvandare(b, Roll.HANDLAGGARE);
        handlaggareB = Api.anvandare(handlaggareBNamn);
        registratorA = Api.nyAnvandare(a, Roll.REGISTRATOR);
    }

    /**
     * A request authenticated (HTTP Basic, so no CSRF token) as {@code anvandare}, redirects not
     * followed, multipart text in UTF-8 as browsers send it.
     */
    static RequestSpecification som(String anvandare) {
        return Api.multipart().accept(ContentType.ANY).auth().preemptive().basic(anvandare, Api.LOSENORD)
                .redirects().follow(false);
    }

    /** A draft remiss from A to B with one document. */
    Lage utkast() {
        Lage l = new Lage();
        JsonPath r = som(registratorA).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Api.remiss(a, "Granskning " + Api.unik(), b)).post("/api/remisser")
                .then().statusCode(201).extract().jsonPath();
        l.remiss = r.getLong("id");
        l.mottagare = r.getLong("mottagare[0].id");
        l.version = r.getLong("mottagare[0].version");
        som(registratorA).multiPart("fil", "remiss.txt", "Remisshandling".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/remisser/" + l.remiss + "/dokument").then().statusCode(201);
        return l;
    }

    /** A remiss from A sent to B: {@code mottagare} is B's copy, status SKICKAD. */
    Lage skickad() {
        Lage l = utkast();
        som(registratorA).accept(ContentType.JSON).post("/api/remisser/" + l.remiss + "/skicka").then().statusCode(200);
        return l;
    }

    /** A calendar feed of {@code anvandare}: {@code kalender} its id. */
    static Lage kalender(String anvandare) {
        Lage l = new Lage();
        l.kalender = som(anvandare).contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("typ", "MINA"))
                .post("/api/konto/kalendrar").then().statusCode(201).extract().jsonPath().getLong("id");
        return l;
    }

    /** As {@link #skickad}, with a request for anstånd by B's registrator: {@code anstand} its id. */
    Lage anstand() {
        Lage l = skickad();
        l.anstand = som(Api.nyAnvandare(b, Roll.REGISTRATOR)).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("sistaDagKontorsutlatande", Granskningsrader.DATUM_K,
                        "sistaDagNamndprotokoll", Granskningsrader.DATUM_N, "motivering", "Nämnden sammanträder senare."))
                .post("/api/mottagare/" + l.mottagare + "/anstand").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        return l;
    }

    /**
     * A remiss from A sent to B with a tjänsteutlåtande drafted by {@code anvandare} (a handläggare
     * of B): {@code utlatande} its uid, {@code utlatandeId} its id, {@code arende} B's ärende, version 1.
     */
    Lage utlatande(String anvandare) {
        Lage l = skickad();
        JsonPath u = som(anvandare).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("mottagare", l.mottagare, "mall", "remissvar", "stallningstagande", "AVSTAR"))
                .post("/api/utlatanden").then().statusCode(201).extract().jsonPath();
        l.utlatande = u.getString("uid");
        l.utlatandeId = utlatandeId(l.utlatande);
        l.arende = u.getLong("arende");
        l.version = 1;
        return l;
    }

    /** As {@link #utlatande}, filled in and signed so that it can be marked ready (version 2). */
    Lage fardigtUtlatande(String anvandare) {
        Lage l = utlatande(anvandare);
        som(anvandare).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("version", 1, "underskrifter", java.util.List.of(handlaggareB, Api.anvandare(anvandare)),
                        "texter", Map.of("sammanfattning", "Sammanfattning.", "beredning", "Beredning.",
                                "synpunkter", "Synpunkter.")))
                .patch("/api/utlatanden/" + l.utlatande).then().statusCode(200);
        l.version = 2;
        return l;
    }

    /** As {@link #fardigtUtlatande}, marked "klar för godkännande". */
    Lage klartUtlatande(String anvandare) {
        Lage l = fardigtUtlatande(anvandare);
        som(anvandare).contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("version", 2))
                .post("/api/utlatanden/" + l.utlatande + "/klar").then().statusCode(200);
        return l;
    }

    /** As {@link #klartUtlatande}, approved and signed by both signatories ({@code anvandare} first). */
    Lage godkantUtlatande(String anvandare) {
        Lage l = klartUtlatande(anvandare);
        for (String vem : java.util.List.of(anvandare, handlaggareBNamn)) {
            som(vem).contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("version", 2))
                    .post("/api/utlatanden/" + l.utlatande + "/godkann").then().statusCode(200);
        }
        return l;
    }

    /** An ärende in A's diarium with one registered document ({@code handling}). */
    Lage handling() {
        Lage l = new Lage();
        l.arende = Api.location(som(registratorA).contentType(ContentType.JSON)
                .body(Map.of("rubrik", "Skrivelse " + Api.unik())).post("/api/diarium/" + a + "/arenden"))
                .transform(Granskningsmiljo::sistaId);
        l.handling = som(registratorA).multiPart("riktning", "IN").multiPart("titel", "Inkommen skrivelse")
                .post("/api/arenden/" + l.arende + "/handlingar").then().statusCode(201).extract().jsonPath().getLong("id");
        return l;
    }

    /** As {@link #handling()}, with the document marked confidential. */
    Lage markerad() {
        Lage l = handling();
        som(registratorA).contentType(ContentType.JSON).body(Map.of("osl", "26 kap. 1 § OSL"))
                .post("/api/arenden/" + l.arende + "/handlingar/" + l.handling + "/sekretess").then().statusCode(200);
        return l;
    }

    private static final java.util.concurrent.atomic.AtomicInteger MOTESDAG = new java.util.concurrent.atomic.AtomicInteger();

    /** A day no other row has used for a meeting of B's (one meeting per nämnd and day). */
    static String nyMotesdag() {
        return java.time.LocalDate.of(2031, 1, 1).plusDays(MOTESDAG.incrementAndGet()).toString();
    }

    /** A meeting of B's made by {@code sekreterare}: {@code sammantrade}, its version and day ({@code namn}). */
    Lage sammantrade(String sekreterare) {
        Lage l = new Lage();
        l.namn = nyMotesdag();
        JsonPath s = som(sekreterare).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("datum", l.namn, "plats", "Sammanträdesrummet")).post("/api/sammantraden")
                .then().statusCode(201).extract().jsonPath();
        l.sammantrade = s.getLong("id");
        l.version = s.getLong("version");
        return l;
    }

    /** B's planning rule as it stands: {@code version} holds its arendedagar. */
    Lage regel(String sekreterare) {
        Lage l = new Lage();
        l.version = som(sekreterare).accept(ContentType.JSON).get("/api/sammantraden/regel").then().statusCode(200)
                .extract().jsonPath().getLong("arendedagar");
        return l;
    }

    /** An organisation without diarium, and its current version. */
    Lage organisation() {
        JsonPath o = Api.skapaOrganisation("gransk", "BOLAG", null, null, null);
        Lage l = new Lage();
        l.organisation = o.getLong("id");
        l.version = o.getLong("version");
        l.namn = o.getString("namn");
        return l;
    }

    /** A group with B as its only member. */
    Lage grupp() {
        String u = Api.unik();
        Lage l = new Lage();
        l.grupp = Api.somAdmin().body(Map.of("kortnamn", "gransk-" + u, "namn", "Granskningsgrupp " + u,
                "medlemmar", java.util.List.of(b))).post("/api/grupper").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        l.namn = "Granskningsgrupp " + u;
        return l;
    }

    /** A user of A with one role, its current version and name ({@code person}, {@code version}, {@code namn}). */
    Lage anvandare() {
        String anvandarnamn = Api.nyAnvandare(a, Roll.HANDLAGGARE);
        Lage l = new Lage();
        l.person = Api.anvandare(anvandarnamn);
        JsonPath p = Api.somAdmin().get("/api/anvandare/" + l.person).then().statusCode(200).extract().jsonPath();
        l.version = p.getLong("version");
        l.namn = p.getString("namn");
        return l;
    }

    /** A browser session of {@code anvandare}: its cookie and the CSRF token its pages carry. */
    static Lage session(String anvandare) {
        Response svar = loggaIn(anvandare, Api.LOSENORD);
        Lage l = new Lage();
        l.kaka = svar.then().statusCode(303).extract().cookie(Autentisering.SESSIONSKAKA);
        l.csrf = hitta(CSRF_META, given().cookie(Autentisering.SESSIONSKAKA, l.kaka).get("/konto")
                .then().statusCode(200).extract().asString());
        return l;
    }

    /** The login form as a browser fills it in, with the form's own CSRF cookie and token. */
    static Response loggaIn(String anvandarnamn, String losenord) {
        Response formular = given().get("/logga-in");
        return given().redirects().follow(false)
                .cookie(CsrfSkydd.INLOGGNINGSKAKA, formular.cookie(CsrfSkydd.INLOGGNINGSKAKA))
                .formParams(Map.of("csrf-token", hitta(CSRF_FALT, formular.asString()), "anvandarnamn", anvandarnamn,
                        "losenord", losenord, "till", "/remisser"))
                .post("/logga-in");
    }

    /** The programme text the sample data imports; any programme will do. */
    static byte[] programtext() {
        try {
            return Files.readAllBytes(Path.of(
                    "sample-remisser/remisser/2006-socialt-program-prostitution/socialt-program-reviderat.txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The numeric id of a tjänsteutlåtande (the API names it by its uid). */
    static Long utlatandeId(String uid) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> se.remiss.utlatande.Utlatande.medUid(uid).orElseThrow().id);
    }

    /** The number at the end of a path such as /api/program/42 or /remisser/7?klart=x. */
    static long sistaId(String adress) {
        Matcher m = Pattern.compile("/(\\d+)(?:\\?.*)?$").matcher(adress);
        if (!m.find()) {
            throw new AssertionError("Inget id i " + adress);
        }
        return Long.parseLong(m.group(1));
    }

    private static String namn(long organisation) {
        return Api.somAdmin().get("/api/organisationer/" + organisation).then().statusCode(200).extract().jsonPath()
                .getString("namn");
    }

    private static String hitta(Pattern monster, String text) {
        Matcher m = monster.matcher(text);
        if (!m.find()) {
            throw new AssertionError("Hittade inte " + monster);
        }
        return m.group(1);
    }

    /** The objects one row works on. */
    static final class Lage {
        /** Who makes the refused call, when not the row's own user (e.g. one without the role). */
        String anvandare;
        Long person;
        Long remiss;
        Long mottagare;
        Long arende;
        Long handling;
        Long organisation;
        Long grupp;
        /** A request for anstånd. */
        Long anstand;
        /** A calendar feed. */
        Long kalender;
        /** A meeting of B's (the committee calendar). */
        Long sammantrade;
        /** A tjänsteutlåtande's uid and id. */
        String utlatande;
        Long utlatandeId;
        /** An item on a meeting's agenda and a § of its protokoll. */
        Long punkt;
        Long paragraf;
        /** The meeting's justerare (user name). */
        String justerare;
        long version;
        String namn;
        String kaka;
        String csrf;

        static Lage som(String anvandare) {
            Lage l = new Lage();
            l.anvandare = anvandare;
            return l;
        }
    }
}
