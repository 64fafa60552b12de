package se.remiss.avisering;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.remiss.anvandare.Anvandare;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * Notification mails through a real SMTP server in the test JVM (GreenMail): the right people,
 * once, with the right link; a failing server is retried later and nothing is lost or sent twice;
 * a category turned off is not sent.
 */
@QuarkusTest
@TestProfile(EpostProfil.class)
class EpostTest {

    private GreenMail smtp;

    private void startaSmtp() {
        smtp = new GreenMail(new ServerSetup(EpostProfil.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stoppaSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static void medAdress(String anvandarnamn, String adress) {
        QuarkusTransaction.requiringNew().run(() -> Anvandare.medAnvandarnamn(anvandarnamn).orElseThrow().epost = adress);
    }

    private List<MimeMessage> till(String adress) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(adress));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void ankomstTillRegistratorernaOchTilldelningTillHandlaggarenEnGangMedLank() throws Exception {
        startaSmtp();
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        String registrator = Api.nyAnvandare(mott, Roll.REGISTRATOR);
        String registrator2 = Api.nyAnvandare(mott, Roll.REGISTRATOR);
        String handlaggare = Api.nyAnvandare(mott, Roll.HANDLAGGARE);
        String utanAdress = Api.nyAnvandare(mott, Roll.REGISTRATOR);
        String u = Api.unik();
        medAdress(registrator, "reg-" + u + "@example.se");
        medAdress(registrator2, "reg2-" + u + "@example.se");
        medAdress(handlaggare, "hand-" + u + "@example.se");
        String titel = "E-posttest " + u;
        long mottagare = Api.skickadRemiss(avs, titel, mott).getLong("mottagare[0].id");
        Api.anonym();

        Brevlada.vanta(() -> till("reg-" + u + "@example.se").size() == 1 && till("reg2-" + u + "@example.se").size() == 1,
                "ankomst till båda registratorerna");
        MimeMessage ankomst = till("reg-" + u + "@example.se").get(0);
        assertTrue(ankomst.getSubject().contains(titel), ankomst.getSubject());
        String innehall = GreenMailUtil.getBody(ankomst);
        assertTrue(innehall.contains("https://remiss.example.se/mottagare/" + mottagare), innehall);
        assertTrue(innehall.contains("text/html") && innehall.contains("text/plain"), "text och HTML");
        assertEquals(0, till("hand-" + u + "@example.se").size(), "handläggaren är inte registrator");

        given().auth().preemptive().basic(registrator, Api.LOSENORD).contentType(ContentType.JSON)
                .body(Map.of("handlaggare", Api.anvandare(handlaggare))).post("/api/mottagare/" + mottagare + "/tilldela")
                .then().statusCode(200);
        Brevlada.vanta(() -> till("hand-" + u + "@example.se").size() == 1, "tilldelning till handläggaren");
        assertTrue(GreenMailUtil.getBody(till("hand-" + u + "@example.se").get(0))
                .contains("https://remiss.example.se/mottagare/" + mottagare));

        // Later runs send nothing again; the one without an address got nothing queued.
        Thread.sleep(2500);
        assertEquals(1, till("reg-" + u + "@example.se").size());
        assertEquals(1, till("hand-" + u + "@example.se").size());
        long koade = QuarkusTransaction.requiringNew().call(() -> Epostutskick.count("anvandare.anvandarnamn", utanAdress));
        assertEquals(0, koade);
    }

    @Test
    void enServerSomInteSvararProvasIgenUtanForlustEllerDubbletter() throws Exception {
        // No SMTP server yet: the arrival mail waits in the outbox with the error.
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        String registrator = Api.nyAnvandare(mott, Roll.REGISTRATOR);
        String u = Api.unik();
        medAdress(registrator, "vantar-" + u + "@example.se");
        long mottagare = Api.skickadRemiss(avs, "Avbrott " + u, mott).getLong("mottagare[0].id");
        Api.anonym();
        String nyckel = "ankomst:" + mottagare + ":" + Api.anvandare(registrator);
        Brevlada.vanta(() -> QuarkusTransaction.requiringNew().call(() -> Epostutskick.<Epostutskick>find("nyckel", nyckel)
                .firstResult().forsok) >= 1, "ett misslyckat försök");
        Epostutskick misslyckat = QuarkusTransaction.requiringNew().call(() -> Epostutskick.<Epostutskick>find("nyckel", nyckel).firstResult());
        assertEquals(null, misslyckat.skickad);
        assertTrue(misslyckat.senasteFel != null && !misslyckat.senasteFel.isBlank());

        // The server is back; the retry is due (moved forward, as time would): sent once.
        startaSmtp();
        QuarkusTransaction.requiringNew().run(() -> Epostutskick.update("nastaForsok = ?1 where nyckel = ?2", Instant.now(), nyckel));
        Brevlada.vanta(() -> till("vantar-" + u + "@example.se").size() == 1, "utskicket efter avbrottet");
        Thread.sleep(2500);
        assertEquals(1, till("vantar-" + u + "@example.se").size());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Epostutskick.<Epostutskick>find("nyckel", nyckel).firstResult().skickad) != null);
    }

    @Test
    void enAvstangdKategoriSkickasInte() throws Exception {
        startaSmtp();
        long avs = Api.skapaAvsandare();
        long mott = Api.skapaMottagare();
        String registrator = Api.nyAnvandare(mott, Roll.REGISTRATOR);
        String u = Api.unik();
        medAdress(registrator, "av-" + u + "@example.se");
        // Only assignment left on: arrival is off.
        given().auth().preemptive().basic(registrator, Api.LOSENORD).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("pa", "TILLDELNING").post("/konto/epost").then().statusCode(303);
        String sida = given().auth().preemptive().basic(registrator, Api.LOSENORD).get("/konto/epost").then().statusCode(200)
                .extract().asString();
        assertTrue(sida.contains("value=\"TILLDELNING\" checked") && !sida.contains("value=\"ANKOMST\" checked"), sida);
        Api.skickadRemiss(avs, "Avstängd " + u, mott);
        Api.anonym();
        Thread.sleep(2500);
        assertEquals(0, till("av-" + u + "@example.se").size());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Epostutskick.count("adress", "av-" + u + "@example.se")));
    }

    @Test
    void ettBrevSomInteKanLasasHindrarInteDeEfterDet() throws Exception {
        startaSmtp();
        String namn = Api.nyAnvandare(Api.skapaMottagare(), Roll.REGISTRATOR);
        long anvandare = Api.anvandare(namn);
        // Far above anything the sequence hands out, so the ids cannot meet Hibernate's.
        long id = 9_000_000_000L + System.nanoTime() % 1_000_000_000L;
        String adress = "lasbar-" + Api.unik() + "@example.se";
        QuarkusTransaction.requiringNew().run(() -> {
            String sql = "insert into epostutskick (id, nyckel, kategori, anvandare_id, adress, amne, brodtext, html, skapad,"
                    + " nasta_forsok, forsok) values (?1, ?2, ?3, ?4, ?5, 'Ämne', 'Text', '<p>Text</p>', ?6, ?6, 0)";
            Instant nu = Instant.now().minusSeconds(5);
            for (Object[] rad : List.of(new Object[] {id, "OKAND_KATEGORI", "trasig-" + Api.unik() + "@example.se"},
                    new Object[] {id + 1, "ANKOMST", adress})) {
                io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery(sql)
                        .setParameter(1, rad[0]).setParameter(2, "prov-" + rad[0]).setParameter(3, rad[1])
                        .setParameter(4, anvandare).setParameter(5, rad[2]).setParameter(6, nu).executeUpdate();
            }
        });

        Brevlada.vanta(() -> till(adress).size() == 1, "brevet efter det oläsbara");
        Object[] trasig = QuarkusTransaction.requiringNew().call(() -> (Object[]) io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().createNativeQuery("select skickad, senaste_fel, nasta_forsok, forsok from epostutskick where id = ?1")
                .setParameter(1, id).getSingleResult());
        assertEquals(null, trasig[0], "det oläsbara brevet är inte skickat");
        assertTrue(trasig[1] != null, "felet sparas");
        assertEquals(1, ((Number) trasig[3]).intValue());
        // The JDBC drivers hand a timestamp with time zone back as different types.
        Instant nasta = trasig[2] instanceof Instant i ? i
                : trasig[2] instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) trasig[2]).toInstant();
        assertTrue(nasta.isAfter(Instant.now().plus(Duration.ofMinutes(50))), "nytt försök först om en timme: " + nasta);
        QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("delete from epostutskick where id = ?1").setParameter(1, id).executeUpdate());
    }
}
