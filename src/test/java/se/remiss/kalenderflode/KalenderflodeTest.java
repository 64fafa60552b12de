package se.remiss.kalenderflode;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.remiss.granskning.Granskningshandelse;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * Calendar feeds read by an independent iCalendar parser (biweekly): all-day deadlines with an
 * alarm, UIDs kept and SEQUENCE raised when an anstånd moves a deadline, the secret address
 * revocable (then 404, like an unknown one) and never written to a log line or the audit trail.
 */
@QuarkusTest
class KalenderflodeTest {

    private static RequestSpecification som(String anvandare) {
        return given().auth().preemptive().basic(anvandare, Api.LOSENORD).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    private static JsonPath skapa(String anvandare, Map<String, ?> kropp) {
        Response svar = som(anvandare).body(kropp).post("/api/konto/kalendrar");
        svar.then().statusCode(201);
        return svar.jsonPath();
    }

    /** The feed as a calendar client fetches it: no credentials, only the address. */
    private static Response hamta(String adress) {
        return given().get(URI.create(adress).getPath());
    }

    private static ICalendar tolka(String adress) {
        Response svar = hamta(adress);
        svar.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar"));
        List<List<biweekly.io.ParseWarning>> varningar = new ArrayList<>();
        ICalendar kalender = Biweekly.parse(svar.asString()).warnings(varningar).first();
        assertNotNull(kalender, svar.asString());
        assertTrue(varningar.stream().allMatch(List::isEmpty), "tolkningsvarningar: " + varningar);
        return kalender;
    }

    private static Map<String, VEvent> perUid(ICalendar kalender) {
        return kalender.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    private static LocalDate dag(VEvent e) {
        assertFalse(e.getDateStart().getValue().hasTime(), "heldagshändelse");
        return e.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    @Test
    void flodetFoljerAnstandMedSammaUidOchHogreSequence() {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        String titel = "Kalender " + Api.unik() + ", med komma; och semikolon";
        JsonPath remiss = Api.skickadRemiss(avs, titel, mott);
        long mottagare = remiss.getLong("mottagare[0].id");
        String registratorA = Api.nyAnvandare(avs, Roll.REGISTRATOR);
        String registratorB = Api.nyAnvandare(mott, Roll.REGISTRATOR);
        String handlaggareB = Api.nyAnvandare(mott, Roll.HANDLAGGARE);
        Api.anonym();
        som(registratorB).body(Map.of("handlaggare", Api.anvandare(handlaggareB)))
                .post("/api/mottagare/" + mottagare + "/tilldela").then().statusCode(200);

        String mina = skapa(handlaggareB, Map.of("typ", "MINA")).getString("adress");
        String sandarens = skapa(registratorA, Map.of("typ", "REMISS", "remiss", remiss.getLong("id"), "namn", "Svaren"))
                .getString("adress");
        String organisationens = skapa(registratorB, Map.of("typ", "ORGANISATION")).getString("adress");
        assertTrue(mina.matches("http://[^/]+/kalender/[A-Za-z0-9_-]{43}\\.ics"), mina);

        ICalendar fore = tolka(mina);
        Map<String, VEvent> handelser = perUid(fore);
        String uidK = "remissmottagare-" + mottagare + "-kontorsutlatande@remiss";
        String uidN = "remissmottagare-" + mottagare + "-namndprotokoll@remiss";
        assertEquals(java.util.Set.of(uidK, uidN), handelser.keySet());
        VEvent k = handelser.get(uidK);
        assertEquals(Api.KONTORSUTLATANDE, dag(k));
        assertEquals(0, k.getSequence().getValue());
        assertEquals("Sista dag kontorsutlåtande: " + titel, k.getSummary().getValue());
        assertTrue(k.getUrl().getValue().endsWith("/mottagare/" + mottagare), k.getUrl().getValue());
        assertEquals(1, k.getAlarms().size());
        assertEquals(Api.NAMNDPROTOKOLL, dag(handelser.get(uidN)));
        // The sender's feed of the remiss and the recipient's organisation feed have the same deadlines.
        assertEquals(java.util.Set.of(uidK, uidN), perUid(tolka(sandarens)).keySet());
        assertTrue(perUid(tolka(organisationens)).containsKey(uidK));

        // An anstånd granted moves both deadlines: the same events, one SEQUENCE further.
        long anstand = som(handlaggareB).body(Map.of("sistaDagKontorsutlatande", "2027-01-12",
                "sistaDagNamndprotokoll", "2027-01-19", "motivering", "Nämnden sammanträder i januari."))
                .post("/api/mottagare/" + mottagare + "/anstand").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(0, perUid(tolka(mina)).get(uidK).getSequence().getValue(), "begärt är inte beviljat");
        som(registratorA).body("{}").post("/api/anstand/" + anstand + "/bevilja").then().statusCode(200);
        for (String adress : List.of(mina, sandarens)) {
            Map<String, VEvent> efter = perUid(tolka(adress));
            assertEquals(java.util.Set.of(uidK, uidN), efter.keySet());
            assertEquals(LocalDate.of(2027, 1, 12), dag(efter.get(uidK)));
            assertEquals(1, efter.get(uidK).getSequence().getValue());
            assertEquals(LocalDate.of(2027, 1, 19), dag(efter.get(uidN)));
            assertEquals(1, efter.get(uidN).getSequence().getValue());
        }
    }

    @Test
    void aterkalladOchOkandAdressSvarar404OchNyckelnSynsIngenstans() {
        long mott = Api.skapaMottagare();
        String anvandare = Api.nyAnvandare(mott, Roll.HANDLAGGARE);
        String annan = Api.nyAnvandare(Api.skapaMottagare(), Roll.HANDLAGGARE);
        Api.anonym();
        List<String> loggrader = Collections.synchronizedList(new ArrayList<>());
        Handler fangare = new Handler() {
            @Override
            public void publish(LogRecord r) {
                loggrader.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())
                        + (r.getThrown() == null ? "" : " " + r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger rot = Logger.getLogger("");
        rot.addHandler(fangare);
        try {
            JsonPath ny = skapa(anvandare, Map.of("typ", "MINA", "namn", "Mina frister"));
            String adress = ny.getString("adress");
            String token = adress.substring(adress.lastIndexOf('/') + 1, adress.length() - ".ics".length());
            long id = ny.getLong("id");
            tolka(adress);

            // Listed without the address; what was fetched and when shows.
            JsonPath lista = som(anvandare).get("/api/konto/kalendrar").then().statusCode(200).extract().jsonPath();
            assertEquals(1, lista.getList("$").size());
            assertNull(lista.get("[0].adress"));
            assertNotNull(lista.get("[0].senastHamtad"));
            String kontosida = given().auth().preemptive().basic(anvandare, Api.LOSENORD).get("/konto/kalendrar")
                    .then().statusCode(200).extract().asString();
            assertTrue(kontosida.contains("Mina frister") && !kontosida.contains(token));

            // Another user can neither revoke nor see it; the owner revokes it.
            som(annan).delete("/api/konto/kalendrar/" + id).then().statusCode(404);
            hamta(adress).then().statusCode(200);
            som(anvandare).delete("/api/konto/kalendrar/" + id).then().statusCode(204);
            hamta(adress).then().statusCode(404);
            given().get("/kalender/" + token.substring(1) + "x.ics").then().statusCode(404);
            given().get("/kalender/finns-inte.ics").then().statusCode(404);
            given().post("/kalender/" + token + ".ics").then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
            assertFalse(som(anvandare).get("/api/konto/kalendrar").jsonPath().getBoolean("[0].aktiv"));

            // Made and revoked are audited, without the token.
            long handelser = QuarkusTransaction.requiringNew().call(() -> Granskningshandelse.count(
                    "objekttyp = 'Kalenderprenumeration' and objektId = ?1", id));
            assertEquals(2, handelser);
            long medToken = QuarkusTransaction.requiringNew().call(() -> Granskningshandelse.count(
                    "beskrivning like ?1 or fore like ?1 or efter like ?1", "%" + token + "%"));
            assertEquals(0, medToken);
            // The handler sees the application's log lines (so an empty result means something).
            org.jboss.logging.Logger.getLogger(KalenderflodeTest.class).info("kontrollrad för loggfångaren");
            synchronized (loggrader) {
                assertTrue(loggrader.stream().anyMatch(r -> r.contains("kontrollrad för loggfångaren")), "fångaren ser loggen");
                List<String> med = loggrader.stream().filter(r -> r.contains(token)).toList();
                assertEquals(List.of(), med, "loggrader med nyckeln");
            }
        } finally {
            rot.removeHandler(fangare);
        }
    }

    @Test
    void felaktigaBegaranGerFaltfel() {
        long avs = Api.skapaAvsandare();
        String anvandare = Api.nyAnvandare(avs, Roll.REGISTRATOR);
        Api.anonym();
        Api.problem(som(anvandare).body("{}").post("/api/konto/kalendrar"), 400, "typ");
        Api.problem(som(anvandare).body(Map.of("typ", "REMISS")).post("/api/konto/kalendrar"), 400, "remiss");
        Api.problem(som(anvandare).body(Map.of("typ", "VECKA")).post("/api/konto/kalendrar"), 400);
        // Another organisation's remiss does not exist for the user.
        long annanRemiss = Api.skickadRemiss(Api.skapaAvsandare(), "Annans " + Api.unik(), Api.skapaMottagare()).getLong("id");
        Api.anonym();
        Api.problem(som(anvandare).body(Map.of("typ", "REMISS", "remiss", annanRemiss)).post("/api/konto/kalendrar"), 404);
        assertEquals(0, som(anvandare).get("/api/konto/kalendrar").jsonPath().getList("$").size());
    }
}
