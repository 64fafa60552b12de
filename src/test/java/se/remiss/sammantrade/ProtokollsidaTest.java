package se.remiss.sammantrade;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * The HTML pages around the protokoll: the secretary's page offers a new § only for agenda items that
 * have none yet; the sender's page of one recipient shows the protokollsutdrag that answered it.
 */
@QuarkusTest
class ProtokollsidaTest {

    private static final String ALLA_HAR_PARAGRAF = "Varje ärende på föredragningslistan har sin § i protokollet.";

    @Test
    void ettArendeMedParagrafErbjudsInteIgen() {
        Protokollmiljo m = new Protokollmiljo();
        Protokollmiljo.Mote mote = m.mote(Protokollmiljo.MOTESDAG, Protokollmiljo.Steg.PUBLICERAD);
        String sida = "/sammantraden/" + mote.sammantrade() + "/protokoll";
        String alternativ = "<option value=\"" + mote.punkt() + "\">";

        given().auth().preemptive().basic(m.sekreterare, Api.LOSENORD).get(sida).then().statusCode(200)
                .body(containsString(alternativ), not(containsString(ALLA_HAR_PARAGRAF)));

        m.paragraf(mote.sammantrade(), mote.punkt());
        given().auth().preemptive().basic(m.sekreterare, Api.LOSENORD).get(sida).then().statusCode(200)
                .body(not(containsString(alternativ)), containsString(ALLA_HAR_PARAGRAF));
    }

    @Test
    void avsandarenSerProtokollsutdragetPaMottagarensSida() {
        Protokollmiljo m = new Protokollmiljo();
        Protokollmiljo.Mote mote = m.mote(Protokollmiljo.MOTESDAG, Protokollmiljo.Steg.SKICKAT);
        String sida = "/remisser/" + mote.remiss().remiss() + "/mottagare/" + mote.remiss().mottagare();
        given().auth().preemptive().basic(m.registratorA, Api.LOSENORD).get(sida).then().statusCode(200)
                .body(containsString("class=\"protokollank\" href=\"/arenden/"),
                        containsString("Nämndens protokollsutdrag mottaget, remissen besvarad"),
                        containsString("(nämndbeslut)"),
                        not(containsString("Inget svar har kommit in ännu.")));
    }
}
