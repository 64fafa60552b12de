package se.remiss.avisering;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import se.remiss.anvandare.Anvandare;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * Deadline reminders and the senders' daily digest, queued by the jobs (called here with the day
 * they run on) and sent through a real SMTP server: the right people, once, with the right link;
 * N working days counted over weekends and Christmas; the first working day overdue; a granted
 * anstånd moves the reminder; opt-out respected; two runs at once give one mail.
 */
@QuarkusTest
@TestProfile(EpostProfil.class)
class PaminnelseTest {

    @Inject
    Paminnelser paminnelser;

    private static void medAdress(String anvandarnamn, String adress) {
        QuarkusTransaction.requiringNew().run(() -> Anvandare.medAnvandarnamn(anvandarnamn).orElseThrow().epost = adress);
    }

    /** Subjects of the mails to {@code adress} that are not the arrival notice. */
    private static List<String> paminnelserTill(Brevlada brevlada, String adress) {
        return brevlada.till(adress).stream().map(PaminnelseTest::amne).filter(a -> !a.startsWith("Ny remiss")).toList();
    }

    private static String amne(MimeMessage brev) {
        try {
            return brev.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long koade(String adress) {
        return QuarkusTransaction.requiringNew().call(() -> Epostutskick.count("adress", adress));
    }

    private static long koade(String adress, Epostkategori kategori) {
        return QuarkusTransaction.requiringNew().call(() -> Epostutskick.count("adress = ?1 and kategori = ?2", adress, kategori));
    }

    /** Sets the sender's reminder lead through the API (the other fields as they are). */
    private static io.restassured.response.Response sattPaminnelsedagar(long organisation, Object dagar) {
        JsonPath o = Api.somAdmin().get("/api/organisationer/" + organisation).then().statusCode(200).extract().jsonPath();
        Map<String, Object> kropp = new LinkedHashMap<>();
        kropp.put("kortnamn", o.getString("kortnamn"));
        kropp.put("namn", o.getString("namn"));
        kropp.put("typ", o.getString("typ"));
        kropp.put("diarieformat", o.getString("diarium.format"));
        kropp.put("diariekod", o.getString("diarium.kod"));
        kropp.put("paminnelsedagar", dagar);
        return Api.somAdmin().body(kropp).put("/api/organisationer/" + organisation);
    }

    /** Registers and sends a remiss with these deadlines; returns the recipient ids in order. */
    private static JsonPath skicka(long avsandare, String titel, LocalDate kontor, LocalDate namnd, Object... mottagare) {
        Map<String, Object> kropp = Api.remiss(avsandare, titel, mottagare);
        kropp.put("sistaDagKontorsutlatande", kontor.toString());
        kropp.put("sistaDagNamndprotokoll", namnd.toString());
        long id = Api.registrera(kropp).getLong("id");
        Api.laddaUpp(id, "remiss.txt", "text/plain", titel.getBytes(StandardCharsets.UTF_8)).then().statusCode(201);
        JsonPath svar = given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka").then().statusCode(200)
                .extract().jsonPath();
        Api.anonym();
        return svar;
    }

    private static void tilldela(String registrator, long mottagare, String handlaggare) {
        given().auth().preemptive().basic(registrator, Api.LOSENORD).contentType(ContentType.JSON)
                .body(Map.of("handlaggare", Api.anvandare(handlaggare))).post("/api/mottagare/" + mottagare + "/tilldela")
                .then().statusCode(200);
    }

    @Test
    void paminnelserFemArbetsdagarForeOchForstaArbetsdagenEfterTillRegistratorerOchHandlaggareEnGang() throws Exception {
        try (Brevlada brevlada = Brevlada.starta()) {
            long avs = Api.skapaAvsandare();
            long mott = Api.skapaMottagare();
            sattPaminnelsedagar(avs, 5).then().statusCode(200);
            String registrator = Api.nyAnvandare(mott, Roll.REGISTRATOR);
            String avstangd = Api.nyAnvandare(mott, Roll.REGISTRATOR);
            String handlaggare = Api.nyAnvandare(mott, Roll.HANDLAGGARE);
            String annan = Api.nyAnvandare(mott, Roll.HANDLAGGARE);
            String u = Api.unik();
            String reg = "p-reg-" + u + "@example.se";
            String av = "p-av-" + u + "@example.se";
            String hand = "p-hand-" + u + "@example.se";
            String ann = "p-ann-" + u + "@example.se";
            medAdress(registrator, reg);
            medAdress(avstangd, av);
            medAdress(handlaggare, hand);
            medAdress(annan, ann);
            // The second registrator wants no early reminders (but does want the overdue ones).
            given().auth().preemptive().basic(avstangd, Api.LOSENORD).redirects().follow(false).contentType(ContentType.URLENC)
                    .formParams(Map.of("pa", List.of("ANKOMST", "TILLDELNING", "FRIST_PASSERAD"))).post("/konto/epost")
                    .then().statusCode(303);
            // Statement Tuesday 15 December; minutes Tuesday 29 December, after Christmas.
            long m = skicka(avs, "Påminnelser " + u, LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 29), mott)
                    .getLong("mottagare[0].id");
            tilldela(registrator, m, handlaggare);

            // Five working days before Tuesday 15 December is Tuesday 8 December (over one weekend).
            paminnelser.skapaPaminnelser(LocalDate.of(2026, 12, 7));
            assertEquals(0, koade(reg, Epostkategori.FRIST_NARMAR));
            paminnelser.skapaPaminnelser(LocalDate.of(2026, 12, 8));
            Brevlada.vanta(() -> brevlada.till(reg).size() == 2 && brevlada.till(hand).size() == 2,
                    "påminnelsen till registratorn och handläggaren");
            MimeMessage paminnelse = brevlada.medAmne(hand, "Påminnelse: sista dag för kontorsutlåtande");
            assertTrue(paminnelse.getSubject().contains("tisdag 15 december 2026"), paminnelse.getSubject());
            String innehall = Brevlada.text(paminnelse);
            assertTrue(innehall.contains("https://remiss.example.se/mottagare/" + m), innehall);
            assertTrue(innehall.contains("om 7 dagar"), innehall);
            assertTrue(Brevlada.html(paminnelse).contains("<a href=\"https://remiss.example.se/mottagare/" + m + "\">"),
                    Brevlada.html(paminnelse));
            assertEquals(0, koade(av, Epostkategori.FRIST_NARMAR), "avstängd kategori");
            assertEquals(0, koade(ann), "en handläggare som inte har ärendet");

            // The same day again, and the next days up to the deadline: nothing new.
            paminnelser.skapaPaminnelser(LocalDate.of(2026, 12, 8));
            paminnelser.skapaPaminnelser(LocalDate.of(2026, 12, 15));
            assertEquals(1, koade(reg, Epostkategori.FRIST_NARMAR));
            assertEquals(1, koade(hand, Epostkategori.FRIST_NARMAR));
            assertEquals(0, koade(reg, Epostkategori.FRIST_PASSERAD), "sista dagen är inte försenad");

            // Wednesday 16 December, the first day overdue: two instances at once give one mail each.
            CyclicBarrier samtidigt = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> korningar = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                korningar.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        samtidigt.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return paminnelser.skapaPaminnelser(LocalDate.of(2026, 12, 16));
                }));
            }
            korningar.forEach(CompletableFuture::join);
            assertEquals(1, koade(reg, Epostkategori.FRIST_PASSERAD));
            assertEquals(1, koade(av, Epostkategori.FRIST_PASSERAD));
            assertEquals(1, koade(hand, Epostkategori.FRIST_PASSERAD));
            Brevlada.vanta(() -> brevlada.till(hand).size() == 3, "förseningen till handläggaren");
            brevlada.medAmne(hand, "Försenat: sista dag för kontorsutlåtande");

            // Minutes on Tuesday 29 December: five working days before, over Christmas, is Friday 18 December.
            paminnelser.skapaPaminnelser(LocalDate.of(2026, 12, 17));
            assertEquals(1, koade(hand, Epostkategori.FRIST_NARMAR));
            paminnelser.skapaPaminnelser(LocalDate.of(2026, 12, 18));
            assertEquals(2, koade(hand, Epostkategori.FRIST_NARMAR));
            // Overdue from Wednesday 30 December, not on the deadline itself.
            paminnelser.skapaPaminnelser(LocalDate.of(2026, 12, 29));
            assertEquals(1, koade(hand, Epostkategori.FRIST_PASSERAD));
            paminnelser.skapaPaminnelser(LocalDate.of(2026, 12, 30));
            assertEquals(2, koade(hand, Epostkategori.FRIST_PASSERAD));
            Brevlada.vanta(() -> brevlada.till(hand).size() == 5, "alla fem till handläggaren");
            Thread.sleep(1500);
            assertEquals(5, brevlada.till(hand).size(), "inget skickat två gånger");
        }
    }

    @Test
    void ettBeviljatAnstandFlyttarPaminnelsenOchDenGamlaSkickasInte() throws Exception {
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        String registrator = Api.nyAnvandare(mott, Roll.REGISTRATOR);
        String u = Api.unik();
        String reg = "a-reg-" + u + "@example.se";
        medAdress(registrator, reg);
        // Default lead (3): Tuesday 15 December is reminded on Thursday 10 December.
        long m = skicka(avs, "Anstånd och påminnelse " + u, Api.KONTORSUTLATANDE, Api.NAMNDPROTOKOLL, mott)
                .getLong("mottagare[0].id");
        // No SMTP server yet: the reminder waits in the outbox.
        paminnelser.skapaPaminnelser(LocalDate.of(2026, 12, 10));
        String gammal = Paminnelser.nyckel(m, se.remiss.remiss.Fristtyp.KONTORSUTLATANDE, Api.KONTORSUTLATANDE, "fore",
                Api.anvandare(registrator));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Epostutskick.count("nyckel", gammal)));

        long anstand = given().auth().preemptive().basic(registrator, Api.LOSENORD).contentType(ContentType.JSON)
                .accept(ContentType.JSON).body(Map.of("sistaDagKontorsutlatande", "2027-01-12",
                        "sistaDagNamndprotokoll", "2027-01-14", "motivering", "Nämnden sammanträder i januari."))
                .post("/api/mottagare/" + m + "/anstand").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.som(avs);
        Api.json().body(Map.of()).post("/api/anstand/" + anstand + "/bevilja").then().statusCode(200);
        Api.anonym();
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Epostutskick.count("nyckel", gammal)),
                "påminnelsen om den gamla fristen skickas inte");

        try (Brevlada brevlada = Brevlada.starta()) {
            // The old deadline passes unremarked; three working days before 12 January (Tuesday) is 7 January.
            paminnelser.skapaPaminnelser(LocalDate.of(2026, 12, 16));
            paminnelser.skapaPaminnelser(LocalDate.of(2027, 1, 6));
            assertEquals(0, koade(reg, Epostkategori.FRIST_PASSERAD));
            assertEquals(0, koade(reg, Epostkategori.FRIST_NARMAR));
            paminnelser.skapaPaminnelser(LocalDate.of(2027, 1, 7));
            // The arrival mail queued while no server ran may also reach the registrator now: count reminders only.
            Brevlada.vanta(() -> paminnelserTill(brevlada, reg).size() == 1, "påminnelsen om den nya fristen");
            assertTrue(paminnelserTill(brevlada, reg).get(0).contains("tisdag 12 januari 2027"),
                    paminnelserTill(brevlada, reg).get(0));
            Thread.sleep(1500);
            assertEquals(1, paminnelserTill(brevlada, reg).size());
        }
    }

    @Test
    void sammandragEttPerRegistratorOchArbetsdagMedDeForsenadeMottagarna() throws Exception {
        try (Brevlada brevlada = Brevlada.starta()) {
            long avs = Api.skapaAvsandare();
            long mott1 = Api.skapaMottagare();
            long mott2 = Api.skapaMottagare();
            String registrator = Api.nyAnvandare(avs, Roll.REGISTRATOR);
            String avstangd = Api.nyAnvandare(avs, Roll.REGISTRATOR);
            String handlaggare = Api.nyAnvandare(avs, Roll.HANDLAGGARE);
            String u = Api.unik();
            String reg = "s-reg-" + u + "@example.se";
            String av = "s-av-" + u + "@example.se";
            String hand = "s-hand-" + u + "@example.se";
            medAdress(registrator, reg);
            medAdress(avstangd, av);
            medAdress(handlaggare, hand);
            given().auth().preemptive().basic(avstangd, Api.LOSENORD).redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("pa", "ANKOMST").post("/konto/epost").then().statusCode(303);
            JsonPath remiss = skicka(avs, "Sammandrag " + u, Api.KONTORSUTLATANDE, Api.NAMNDPROTOKOLL, mott1, mott2);
            long remissId = remiss.getLong("id");
            List<Long> mottagare = remiss.getList("mottagare.id", Long.class);

            // Nothing overdue on the last day: nothing sent.
            paminnelser.skapaSammandrag(Api.KONTORSUTLATANDE);
            assertEquals(0, koade(reg));

            paminnelser.skapaSammandrag(LocalDate.of(2026, 12, 16));
            paminnelser.skapaSammandrag(LocalDate.of(2026, 12, 16));
            Brevlada.vanta(() -> brevlada.till(reg).size() == 1, "sammandraget");
            MimeMessage sammandrag = brevlada.till(reg).get(0);
            assertTrue(sammandrag.getSubject().startsWith("Försenade remissvar onsdag 16 december 2026: 2 mottagare"),
                    sammandrag.getSubject());
            String text = Brevlada.text(sammandrag);
            for (long m : mottagare) {
                assertTrue(text.contains("https://remiss.example.se/remisser/" + remissId + "/mottagare/" + m), text);
            }
            assertTrue(text.contains("kontorsutlåtande försenat 1 dag (sista dag tisdag 15 december 2026)"), text);
            assertTrue(!text.contains("nämndprotokoll försenat"), text);
            assertTrue(Brevlada.html(sammandrag).contains("<a href=\"https://remiss.example.se/remisser/" + remissId
                    + "/mottagare/" + mottagare.get(0) + "\">"), Brevlada.html(sammandrag));
            assertEquals(0, koade(av), "avstängt sammandrag");
            assertEquals(0, koade(hand), "bara registratorer");

            // Saturday: no digest; Monday: a new one with both deadlines overdue.
            paminnelser.skapaSammandrag(LocalDate.of(2026, 12, 19));
            assertEquals(1, koade(reg));
            paminnelser.skapaSammandrag(LocalDate.of(2026, 12, 21));
            Brevlada.vanta(() -> brevlada.till(reg).size() == 2, "måndagens sammandrag");
            String mandag = Brevlada.text(brevlada.till(reg).get(1));
            assertTrue(mandag.contains("kontorsutlåtande försenat 6 dagar (sista dag tisdag 15 december 2026); "
                    + "nämndprotokoll försenat 4 dagar (sista dag torsdag 17 december 2026)"), mandag);
            Thread.sleep(1500);
            assertEquals(2, brevlada.till(reg).size());
        }
    }

    @Test
    void paminnelsedagarPerAvsandareValideras() {
        long avs = Api.skapaAvsandare();
        JsonPath fel = Api.problem(sattPaminnelsedagar(avs, 31), 400, "paminnelsedagar");
        assertTrue(fel.getString("'invalid-params'[0].reason").contains("0–30 arbetsdagar"), fel.prettify());
        Api.problem(sattPaminnelsedagar(avs, -1), 400, "paminnelsedagar");
        Api.problem(sattPaminnelsedagar(avs, "tre"), 400, "paminnelsedagar");
        assertEquals(7, sattPaminnelsedagar(avs, 7).then().statusCode(200).extract().jsonPath().getInt("paminnelsedagar"));
        // null: back to the installation's default.
        assertNull(sattPaminnelsedagar(avs, null).then().statusCode(200).extract().jsonPath().get("paminnelsedagar"));

        // The page: text that is no number is refused in Swedish, a number is saved (and audited).
        JsonPath o = Api.somAdmin().get("/api/organisationer/" + avs).then().extract().jsonPath();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("kortnamn", o.getString("kortnamn"));
        form.put("namn", o.getString("namn"));
        form.put("typ", o.getString("typ"));
        form.put("aktiv", "true");
        form.put("diarieformat", o.getString("diarium.format"));
        form.put("diariekod", o.getString("diarium.kod"));
        form.put("version", o.getString("version"));
        form.put("paminnelsedagar", "tre");
        String sida = given().auth().preemptive().basic("admin", Api.LOSENORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParams(form).post("/organisationer/" + avs)
                .then().statusCode(400).extract().asString();
        assertTrue(sida.contains("ange ett antal arbetsdagar"), sida);
        form.put("paminnelsedagar", "4");
        given().auth().preemptive().basic("admin", Api.LOSENORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParams(form).post("/organisationer/" + avs).then().statusCode(303);
        assertEquals(4, Api.somAdmin().get("/api/organisationer/" + avs).jsonPath().getInt("paminnelsedagar"));
        String sidan = given().auth().preemptive().basic("admin", Api.LOSENORD).get("/organisationer/" + avs)
                .then().statusCode(200).extract().asString();
        assertTrue(sidan.contains("name=\"paminnelsedagar\" value=\"4\""), sidan);
    }
}
