package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * Three organisations of the security tests' own: A sends a remiss (with a document and an
 * imported programme) to B; C is "another organisation" with every role. A and B have one user per
 * role. Built through the API, so it exists once per application start and no other test's data
 * is touched.
 */
final class Fixtur {

    private static Fixtur fixtur;

    final long a;
    final long b;
    final long c;
    final Map<String, String> anvandareA = new LinkedHashMap<>();
    final Map<String, String> anvandareB = new LinkedHashMap<>();
    final String allaRollerC;
    final long remiss;
    final long mottagare;
    final long dokument;
    final long arendeA;
    final long program;
    final long grupp;
    /** A tjänsteutlåtande drafted by B's handläggare for B's copy of the remiss, and B's ärende. */
    final String utlatande;
    final long arendeB;
    /** A request for anstånd by B's registrator, awaiting A's decision. */
    final long anstand;
    /** The token of a calendar feed of A's registrator. */
    final String kalendertoken;
    /** A meeting of B whose protokoll is justerat and whose § 1 extract has been sent to A. */
    final se.remiss.sammantrade.Protokollmiljo.Mote mote;
    /** A meeting of A's (A holds its own meetings: it is a body of the unit, not a förvaltning). */
    final long sammantrade;
    /** A's member (its user of the role ledamot) in A's own meetings. */
    final long ledamot;

    private Fixtur() throws Exception {
        a = Api.skapaAvsandare();
        b = Api.skapaMottagare();
        c = Api.skapaMottagare();
        for (String roll : Roll.ALLA) {
            anvandareA.put(roll, Api.nyAnvandare(a, roll));
            anvandareB.put(roll, Api.nyAnvandare(b, roll));
        }
        allaRollerC = Api.nyAnvandare(c, Roll.ALLA.toArray(String[]::new));
        JsonPath r = Api.skickadRemiss(a, "Behörighetsmatris " + Api.unik(), b);
        remiss = r.getLong("id");
        mottagare = r.getLong("mottagare[0].id");
        dokument = r.getLong("dokument[0].id");
        // A's diarium holds only this remiss's ärende (the organisation is the test's own).
        arendeA = given().accept(ContentType.JSON).get("/api/diarium/" + a + "/arenden")
                .then().statusCode(200).extract().jsonPath().getLong("rader[0].id");
        byte[] text = Files.readAllBytes(Path.of("sample-remisser/remisser/2006-socialt-program-prostitution/socialt-program-reviderat.txt"));
        String plats = Api.location(Api.multipart().multiPart("fil", "program.txt", text, "text/plain")
                .post("/api/remisser/" + remiss + "/program"));
        program = Long.parseLong(plats.substring(plats.lastIndexOf('/') + 1));
        JsonPath utkast = given().auth().preemptive().basic(anvandareB.get(Roll.HANDLAGGARE), Api.LOSENORD)
                .contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("mottagare", mottagare, "mall", "remissvar", "stallningstagande", "AVSTAR"))
                .post("/api/utlatanden").then().statusCode(201).extract().jsonPath();
        utlatande = utkast.getString("uid");
        arendeB = utkast.getLong("arende");
        anstand = given().auth().preemptive().basic(anvandareB.get(Roll.REGISTRATOR), Api.LOSENORD)
                .contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("sistaDagNamndprotokoll", "2027-01-14", "motivering", "Nämnden sammanträder i januari."))
                .post("/api/mottagare/" + mottagare + "/anstand").then().statusCode(201).extract().jsonPath().getLong("id");
        String adress = given().auth().preemptive().basic(anvandareA.get(Roll.REGISTRATOR), Api.LOSENORD)
                .contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("typ", "MINA"))
                .post("/api/konto/kalendrar").then().statusCode(201).extract().jsonPath().getString("adress");
        kalendertoken = adress.substring(adress.lastIndexOf('/') + 1, adress.length() - ".ics".length());
        mote = new se.remiss.sammantrade.Protokollmiljo(a, b).mote(java.time.LocalDate.of(2026, 11, 19),
                se.remiss.sammantrade.Protokollmiljo.Steg.SKICKAT);
        sammantrade = given().auth().preemptive().basic(anvandareA.get(Roll.NAMNDSEKRETERARE), Api.LOSENORD)
                .contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("datum", "2027-05-20", "plats", "Sammanträdesrummet")).post("/api/sammantraden")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        ledamot = given().auth().preemptive().basic(anvandareA.get(Roll.NAMNDSEKRETERARE), Api.LOSENORD)
                .contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("anvandare", Api.anvandare(anvandareA.get(Roll.LEDAMOT)), "uppdrag", "LEDAMOT"))
                .post("/api/sammantraden/ledamoter").then().statusCode(201).extract().jsonPath().getLong("id");
        grupp = Api.somAdmin().get("/api/grupper").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        Api.anonym();
    }

    static synchronized Fixtur hamta() {
        try {
            if (fixtur == null || !finns(fixtur)) {
                fixtur = new Fixtur();
            }
            return fixtur;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** After a restart of the application (another test profile) the in-memory database is new. */
    private static boolean finns(Fixtur f) {
        return Api.somAdmin().get("/api/organisationer/" + f.a).statusCode() == 200;
    }

    enum Sida { AVSANDARE, MOTTAGARE }

    /** The user holding {@code roll} on one side of the remiss. */
    String anvandare(Sida sida, String roll) {
        return (sida == Sida.MOTTAGARE ? anvandareB : anvandareA).get(roll);
    }
}
