package se.remiss.exempeldata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.testhjalp.Api.id;
import static se.remiss.testhjalp.Api.som;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample data: loaded at start, and loading it again adds nothing. */
@QuarkusTest
class ExempeldataTest {

    private static final String TITEL = "Revidering av Stockholms stads sociala program för att minska prostitution";
    private static final String SKRIVELSE = "Skrivelse från Christer Öhgren (mp) om att anordna en hearing om sexköp";

    @Inject
    ExempeldataLaddare laddare;

    @Test
    void andraLaddningenLaggerInteTillNagotOchRemissenFinnsEnGang() {
        ExempeldataLaddare.Resultat resultat = laddare.ladda(Path.of("sample-remisser"));
        assertEquals(new ExempeldataLaddare.Resultat(0, 0, 0, 0, 0), resultat);

        // The sender, Stadsledningskontoret, sees its remiss with every recipient's record.
        som("slk-registrator");
        JsonPath traffar = given().accept(ContentType.JSON).queryParam("sok", TITEL).get("/api/remisser")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, traffar.getLong("totalt"), "remissen ska finnas exakt en gång");
        assertEquals(TITEL, traffar.getString("rader[0].titel"));

        JsonPath remiss = given().accept(ContentType.JSON).get("/api/remisser/" + traffar.getLong("rader[0].id"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Stadsledningskontoret", remiss.getString("avsandare.namn"));
        assertEquals("SKICKAD", remiss.getString("status"));
        assertEquals("2006-02-07", remiss.getString("skickad"));
        assertTrue(remiss.getString("dnr").matches("316-\\d+/2006"), remiss.getString("dnr"));

        List<Map<String, Object>> mottagare = remiss.getList("mottagare");
        assertEquals(23, mottagare.size());
        assertEquals(23, new HashSet<>(remiss.getList("mottagare.organisation.id")).size());
        assertTrue(remiss.getList("mottagare.organisation.namn").containsAll(List.of("Socialtjänstnämnden",
                "Utbildningsnämnden", "AB Svenska Bostäder", "AB Familjebostäder", "AB Stockholmshem",
                "Vantörs stadsdelsnämnd", "Skärholmens stadsdelsnämnd")));
        for (Map<String, Object> m : mottagare) {
            assertNotNull(m.get("dnr"), "dnr för " + m.get("organisation"));
            assertTrue(((String) m.get("dnr")).contains("06"), m.get("dnr").toString());
            assertEquals("2006-03-27", m.get("sistaDagKontorsutlatande"));
            assertEquals("2006-03-30", m.get("sistaDagNamndprotokoll"));
        }
        assertEquals("2006-03-27", remiss.getString("sistaDagKontorsutlatande"));
        assertEquals("2006-03-30", remiss.getString("sistaDagNamndprotokoll"));

        assertEquals(2, remiss.getList("dokument").size());
        assertEquals(List.of("socialt-program-reviderat.txt", "socialt-program-tidigare-version.txt"),
                remiss.getList("dokument.filnamn"));

        assertEquals("vantor-handlaggare", handlaggare(remiss, "Vantörs stadsdelsnämnd"));
        assertEquals("farsta-handlaggare", handlaggare(remiss, "Farsta stadsdelsnämnd"));
        assertEquals("TILLDELAD", mottagare(remiss, "Vantörs stadsdelsnämnd").get("status"));
        assertEquals(null, mottagare(remiss, "Rinkeby stadsdelsnämnd").get("handlaggare"));

        // The skrivelse is in Socialtjänstnämnden's diarium (its förvaltning's), read by its own people.
        som("sotn-handlaggare");
        assertEquals(1, given().accept(ContentType.JSON).queryParam("sok", "hearing om sexköp")
                .get("/api/diarium/" + id("sotn") + "/arenden").then().statusCode(200).extract().jsonPath()
                .getLong("totalt"), "skrivelseärendet ska finnas exakt en gång");
    }

    @Test
    void enOforandradKatalogLasesInteOmMenEnAndradLaddasIgen(@TempDir Path tmp) throws Exception {
        Path kopia = tmp.resolve("exempel");
        try (var filer = Files.walk(Path.of("sample-remisser"))) {
            for (Path fil : filer.toList()) {
                Files.copy(fil, kopia.resolve(Path.of("sample-remisser").relativize(fil).toString()));
            }
        }
        // The copy's files have new modification times: a new fingerprint, loaded (and nothing added).
        assertEquals(Optional.of(new ExempeldataLaddare.Resultat(0, 0, 0, 0, 0)), laddare.laddaOmAndrad(kopia));
        assertEquals(Optional.of(Exempelavtryck.av(kopia)),
                QuarkusTransaction.requiringNew().call(Exempeldataladdning::senasteAvtryck));
        assertEquals(Optional.empty(), laddare.laddaOmAndrad(kopia), "samma avtryck: inte läst igen");

        Files.writeString(kopia.resolve("organisationer.yaml"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertTrue(laddare.laddaOmAndrad(kopia).isPresent(), "en ändrad fil läses igen");
    }

    private static Map<String, Object> mottagare(JsonPath remiss, String namn) {
        return remiss.<Map<String, Object>>getList("mottagare").stream()
                .filter(m -> namn.equals(((Map<?, ?>) m.get("organisation")).get("namn"))).findFirst()
                .orElseThrow(() -> new AssertionError("Ingen mottagare " + namn));
    }

    private static String handlaggare(JsonPath remiss, String namn) {
        Object h = mottagare(remiss, namn).get("handlaggare");
        return h instanceof Map<?, ?> karta ? (String) karta.get("anvandarnamn") : null;
    }

    @Test
    void vantorsKalenderOchLedamoterFinnsEnGang() {
        laddare.ladda(Path.of("sample-remisser"));
        som("vantor-ordforande");
        JsonPath kalender = given().accept(ContentType.JSON).queryParam("ar", 2006).get("/api/sammantraden")
                .then().statusCode(200).extract().jsonPath();
        // Eleven meetings in 2006 (sample-remisser/sammantraden/vantor-sdn-2006.csv), loaded once.
        assertEquals(11, kalender.getInt("totalt"));
        assertTrue(kalender.getList("rader.datum").contains("2006-03-28"), "ett sammanträde mellan fristerna");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            se.remiss.organisation.Organisation vantor = se.remiss.organisation.Organisation.medKortnamn("vantor-sdn")
                    .orElseThrow();
            List<se.remiss.sammantrade.Namndledamot> ledamoter = se.remiss.sammantrade.Namndledamot.iNamnd(vantor);
            assertEquals(List.of("vantor-ordforande", "vantor-justerare"),
                    ledamoter.stream().map(l -> l.anvandare.anvandarnamn).toList());
            assertEquals(List.of(false, true), ledamoter.stream().map(l -> l.kanJustera).toList());
        });
    }
}
