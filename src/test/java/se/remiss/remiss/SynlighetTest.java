package se.remiss.remiss;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.remiss.testhjalp.Api.json;
import static se.remiss.testhjalp.Api.laddaUpp;
import static se.remiss.testhjalp.Api.registrera;
import static se.remiss.testhjalp.Api.remiss;
import static se.remiss.testhjalp.Api.skapaAvsandare;
import static se.remiss.testhjalp.Api.skapaOrganisation;
import static se.remiss.testhjalp.Api.skickadRemiss;
import static se.remiss.testhjalp.Api.som;
import static se.remiss.testhjalp.Api.unik;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The remiss list reads who may see what from remiss_synlighet (V30), which registering, sending
 * and moving an organisation to another förvaltning keep; these are the cases where a stale row
 * would show a remiss to the wrong unit or hide it from the right one.
 */
@QuarkusTest
class SynlighetTest {

    @Test
    void utkastSesAvAvsandarenOchMottagarenFarDenNarDenSkickas() {
        long avsandare = skapaAvsandare();
        long forvaltning = skapaOrganisation("fv", "FORVALTNING", "F{ÅR2}-{NR}", null, null).getLong("id");
        long namnd = skapaOrganisation("n", "NAMND", null, null, forvaltning).getLong("id");
        String titel = "Synlighet utkast " + unik();

        long id = registrera(remiss(avsandare, titel, namnd)).getLong("id");
        assertEquals(List.of(id), synliga(avsandare, titel));
        assertEquals(List.of(), synliga(forvaltning, titel));

        som(avsandare);
        laddaUpp(id, "remiss.txt", "text/plain", "Remisshandling".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .then().statusCode(201);
        given().accept(ContentType.JSON).post("/api/remisser/" + id + "/skicka").then().statusCode(200);
        assertEquals(List.of(id), synliga(forvaltning, titel));
        assertEquals(List.of(id), synliga(avsandare, titel));
    }

    @Test
    void enNamndSomByterForvaltningTarMedSinaRemisserTillDenNya() {
        Flytt f = Flytt.forbered();
        long avsandare = f.avsandare();
        long fore = f.fore();
        long efter = f.efter();
        long namnd = f.namnd();
        String titel = "Synlighet flytt " + unik();
        long id = skickadRemiss(avsandare, titel, namnd).getLong("id");
        assertEquals(List.of(id), synliga(fore, titel));
        assertEquals(List.of(), synliga(efter, titel));

        f.flytta();

        assertEquals(List.of(id), synliga(efter, titel));
        assertEquals(List.of(), synliga(fore, titel));
        // The sender's view is its own unit's and does not move.
        assertEquals(List.of(id), synliga(avsandare, titel));
    }

    @Test
    void listansTotalUtanFilterFoljerRemissernaEnhetenSer() {
        Flytt f = Flytt.forbered();
        long avsandare = f.avsandare();
        long fore = f.fore();
        long efter = f.efter();
        long namnd = f.namnd();
        assertEquals(List.of(0L, 0L), List.of(totalt(avsandare), totalt(fore)));

        registrera(remiss(avsandare, "Synlighet antal utkast " + unik(), namnd));
        assertEquals(List.of(1L, 0L), List.of(totalt(avsandare), totalt(fore)));
        skickadRemiss(avsandare, "Synlighet antal skickad " + unik(), namnd);
        assertEquals(List.of(2L, 1L), List.of(totalt(avsandare), totalt(fore)));

        f.flytta();
        assertEquals(List.of(2L, 0L, 1L), List.of(totalt(avsandare), totalt(fore), totalt(efter)));
        assertEquals(List.of(), enheterDarAntaletInteStammer());
    }

    /** A sender, a nämnd in förvaltning {@code fore}, and a second förvaltning {@code efter} to move it to. */
    private record Flytt(long avsandare, long fore, long efter, JsonPath namndensUppgifter) {

        static Flytt forbered() {
            long avsandare = skapaAvsandare();
            long fore = skapaOrganisation("fv", "FORVALTNING", "F{ÅR2}-{NR}", null, null).getLong("id");
            long efter = skapaOrganisation("fv", "FORVALTNING", "G{ÅR2}-{NR}", null, null).getLong("id");
            return new Flytt(avsandare, fore, efter, skapaOrganisation("n", "NAMND", null, null, fore));
        }

        long namnd() {
            return namndensUppgifter.getLong("id");
        }

        /** Moves the nämnd to {@code efter} through the organisation API, as an administrator. */
        void flytta() {
            Map<String, Object> kropp = new HashMap<>(Map.of("kortnamn", namndensUppgifter.getString("kortnamn"),
                    "namn", namndensUppgifter.getString("namn"), "typ", "NAMND", "forvaltning", efter));
            som("admin");
            json().body(kropp).put("/api/organisationer/" + namnd()).then().statusCode(200);
        }
    }

    /** The unfiltered remiss list's total for a user of {@code organisation}'s unit (the kept count, V36). */
    private static long totalt(long organisation) {
        som(organisation);
        return given().accept(ContentType.JSON).get("/api/remisser").then().statusCode(200).extract().jsonPath()
                .getLong("totalt");
    }

    /** Every unit whose kept count differs from its rows in remiss_synlighet (none, if the count is kept right). */
    @SuppressWarnings("unchecked")
    private static List<Object> enheterDarAntaletInteStammer() {
        return QuarkusTransaction.requiringNew().call(() -> (List<Object>) Synlighet.getEntityManager()
                .createNativeQuery("SELECT o.id FROM organisation o WHERE o.synliga_remisser <>"
                        + " (SELECT COUNT(*) FROM remiss_synlighet s WHERE s.enhet_id = o.id)").getResultList());
    }

    /** The ids in the remiss list of a user of {@code organisation}'s unit, searched by title. */
    private static List<Long> synliga(long organisation, String titel) {
        som(organisation);
        return given().accept(ContentType.JSON).queryParam("sok", titel).get("/api/remisser")
                .then().statusCode(200).extract().jsonPath().getList("rader.id", Long.class);
    }
}
