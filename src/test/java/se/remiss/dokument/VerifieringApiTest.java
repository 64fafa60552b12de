package se.remiss.dokument;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.remiss.diarium.Arende;
import se.remiss.testhjalp.Api;

/** POST /api/verifiering and the page: signatures reported, tampering found, registered files recognised. */
@QuarkusTest
class VerifieringApiTest {

    @Inject
    Dokumentpipeline pipeline;

    private byte[] signerad;

    @BeforeEach
    void signera() {
        byte[] pdf = pipeline.pdfA(Provdokument.xhtml(), Path.of("templates"), Provdokument.INFO, false);
        signerad = pipeline.signera(pdf, Provdokument.DIREKTOR);
    }

    private static RequestSpecification som(String anvandare) {
        return given().auth().preemptive().basic(anvandare, Api.LOSENORD);
    }

    @Test
    void enUnderskriftMedTestnyckelRapporteras() {
        som("vantor-handlaggare").multiPart("fil", "utlatande.pdf", signerad, "application/pdf")
                .post("/api/verifiering").then().statusCode(200)
                .body("signaturer", hasSize(1))
                .body("signaturer[0].undertecknare", equalTo("Monika Viklander (TESTNYCKEL)"))
                .body("signaturer[0].tidpunkt", notNullValue())
                .body("signaturer[0].tidsstampel", nullValue())
                .body("signaturer[0].helaDokumentet", equalTo(true))
                .body("signaturer[0].intakt", equalTo(true))
                .body("signaturer[0].betrodd", equalTo(true))
                .body("signaturer[0].testnyckel", equalTo(true))
                .body("giltig", equalTo(true))
                .body("registrerad", equalTo(false));
    }

    @Test
    void enAndradByteRapporterasSomOgiltig() {
        byte[] andrad = signerad.clone();
        andrad[andrad.length / 3] ^= 0x20;
        som("farsta-handlaggare").multiPart("fil", "utlatande.pdf", andrad, "application/pdf")
                .post("/api/verifiering").then().statusCode(200)
                .body("signaturer[0].intakt", equalTo(false))
                .body("giltig", equalTo(false));
    }

    @Test
    void enFilSomInteArPdfGer400() {
        som("vantor-handlaggare").multiPart("fil", "brev.txt", "Hej".getBytes(), "text/plain")
                .post("/api/verifiering").then().statusCode(400)
                .contentType(Api.PROBLEM)
                .body("invalid-params[0].name", equalTo("fil"))
                .body("invalid-params[0].reason", equalTo("Filen är inte en PDF."));
        som("vantor-handlaggare").multiPart("annat", "x").post("/api/verifiering").then().statusCode(400)
                .body("invalid-params[0].name", equalTo("fil"));
    }

    @Test
    void enRegistreradHandlingKannsIgenAvDenSomFarSeDen() {
        long arende = QuarkusTransaction.requiringNew().call(() -> Arende.<Arende>find(
                "organisation.kortnamn in ('vantor-sdf', 'vantor-sdn') order by id").firstResult().id);
        som("vantor-registrator").multiPart("riktning", "UT").multiPart("titel", "Signerat utlatande")
                .multiPart("fil", "Tjansteutlatande.pdf", signerad, "application/pdf")
                .post("/api/arenden/" + arende + "/handlingar").then().statusCode(201);
        som("vantor-handlaggare").multiPart("fil", "x.pdf", signerad, "application/pdf")
                .post("/api/verifiering").then().statusCode(200)
                .body("registrerad", equalTo(true))
                .body("handlingar[0].titel", equalTo("Signerat utlatande"))
                .body("handlingar[0].adress", equalTo("/arenden/" + arende));
        // Another organisation learns nothing about Vantör's diarium.
        som("farsta-handlaggare").multiPart("fil", "x.pdf", signerad, "application/pdf")
                .post("/api/verifiering").then().statusCode(200)
                .body("registrerad", equalTo(false))
                .body("handlingar", hasSize(0));
    }

    @Test
    void sidanVisarRapporten() {
        som("vantor-handlaggare").get("/verifiering").then().statusCode(200)
                .body(containsString("Kontrollera underskrifter"));
    }
}
