package se.remiss.anvandare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.testhjalp.Api.unik;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.remiss.granskning.Granskningshandelse;
import se.remiss.organisation.Organisation;
import se.remiss.organisation.OrganisationTyp;
import se.remiss.testhjalp.Anonym;
import se.remiss.testhjalp.Api;

/**
 * The first-administrator start against the test database, without a test profile of its own (that
 * would restart Quarkus): the sample data has an administrator, so the start leaves everything
 * alone; the creation itself is run directly.
 */
@QuarkusTest
@ExtendWith(Anonym.class)
class ForstaAdministratorStartTest {

    @Inject
    ForstaAdministrator forsta;

    @Test
    void medEnAktivAdministratorSkapasIngen() {
        String namn = "forsta." + unik();
        ForstaAdministrator.Beslut beslut = QuarkusTransaction.requiringNew()
                .call(() -> forsta.utfor(Optional.of(namn), Optional.of("tillräckligt-långt")));
        assertEquals(ForstaAdministrator.Beslut.ADMINISTRATOR_FINNS, beslut);
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Anvandare.medAnvandarnamn(namn).isPresent()));
    }

    @Test
    void administratornSkapasISystemadministrationOchKanLoggaIn() {
        String forstaNamn = "forsta." + unik();
        String andraNamn = "forsta." + unik();
        String losenord = "tillrackligt-langt"; // ASCII: RestAssured's HTTP Basic does not send UTF-8
        QuarkusTransaction.requiringNew().run(() -> forsta.skapa(forstaNamn, losenord));
        // A second run finds the organisation instead of making another.
        QuarkusTransaction.requiringNew().run(() -> forsta.skapa(andraNamn, losenord));

        Organisation system = QuarkusTransaction.requiringNew()
                .call(() -> Organisation.medKortnamn(ForstaAdministrator.KORTNAMN).orElseThrow());
        assertEquals("Systemadministration", system.namn);
        assertEquals(OrganisationTyp.KONTOR, system.typ);

        JsonPath a = Api.somAdmin().get("/api/anvandare/" + Api.anvandare(forstaNamn)).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("administrator"), a.getList("roller", String.class));
        assertEquals(system.id.longValue(), a.getLong("organisation.id"));
        assertTrue(a.getBoolean("aktiv"));
        // Recorded in the audit trail as done by "system", without the password.
        Granskningshandelse h = QuarkusTransaction.requiringNew().call(() -> Granskningshandelse
                .<Granskningshandelse>find("handling = 'ANVANDARE_SKAPAD' and objektId = ?1", Api.anvandare(forstaNamn))
                .singleResult());
        assertEquals("system", h.anvandarnamn);
        assertTrue(h.efter.contains("\"roller\":\"administrator\""), h.efter);
        assertFalse(h.efter.contains(losenord) || h.efter.contains("$2a$"), h.efter);
        // It is a working administrator: it logs in and manages users.
        AnvandareApiTest.som(forstaNamn, losenord).get("/api/anvandare").then().statusCode(200);
        assertEquals(2, Api.somAdmin().queryParams(Map.of("organisation", system.id)).get("/api/anvandare")
                .jsonPath().getLong("totalt"));

        // Leave no extra active administrators behind for other tests.
        for (String namn : List.of(forstaNamn, andraNamn)) {
            AnvandareApiTest.inaktivera(Api.anvandare(namn));
        }
    }
}
