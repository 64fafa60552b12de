package se.remiss.sakerhet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.remiss.anvandare.Anvandare;
import se.remiss.anvandare.Losenord;
import se.remiss.testhjalp.Api;

/**
 * What another instance on the same database does is honoured here at once. "The other instance" is
 * a change made straight in the database, past this JVM's services and memory: a new password hash
 * (its password change) and an ended session row (its logout). Both are what bench/tva-instanser.sh
 * shows with two real instances; here they are checked in one JVM on every build.
 */
@QuarkusTest
class AnnanInstansTest {

    @Test
    void losenordsbyteIDatabasenGallerGenastTrotsMinnetAvBasicLosenord() {
        String namn = Api.nyAnvandare(Api.skapaAvsandare(), "REGISTRATOR");
        // Twice, so that the password is remembered in this JVM (VerifieradeLosenord).
        for (int i = 0; i < 2; i++) {
            given().auth().preemptive().basic(namn, Api.LOSENORD).accept("application/json").get("/api/remisser")
                    .then().statusCode(200);
        }
        String nytt = "annan-instans-" + Api.unik();
        String hash = Losenord.hasha(nytt, 4);
        QuarkusTransaction.requiringNew().run(() -> Anvandare.update("losenordHash = ?1 where anvandarnamn = ?2", hash, namn));

        given().auth().preemptive().basic(namn, Api.LOSENORD).accept("application/json").get("/api/remisser")
                .then().statusCode(401);
        given().auth().preemptive().basic(namn, nytt).accept("application/json").get("/api/remisser")
                .then().statusCode(200);
    }

    @Test
    void sessionSomAvslutatsIDatabasenGallerInteLangre() {
        String namn = Api.nyAnvandare(Api.skapaAvsandare(), "REGISTRATOR");
        Webbsession session = Webbsession.loggaIn(namn);
        session.begaran().get("/konto").then().statusCode(200);

        long avslutade = QuarkusTransaction.requiringNew().call(() -> Inloggningssession.avslutaAllaFor(
                Anvandare.medAnvandarnamn(namn).orElseThrow(), Instant.now()));
        assertEquals(1, avslutade);

        session.begaran().accept("application/json").get("/api/remisser").then().statusCode(401);
    }
}
