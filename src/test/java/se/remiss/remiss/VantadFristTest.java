package se.remiss.remiss;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.remiss.testhjalp.Api.IDAG;
import static se.remiss.testhjalp.Api.KONTORSUTLATANDE;
import static se.remiss.testhjalp.Api.NAMNDPROTOKOLL;
import static se.remiss.testhjalp.Api.anvandare;
import static se.remiss.testhjalp.Api.json;
import static se.remiss.testhjalp.Api.nyAnvandare;
import static se.remiss.testhjalp.Api.skapaAvsandare;
import static se.remiss.testhjalp.Api.skapaOrganisation;
import static se.remiss.testhjalp.Api.skickadRemiss;
import static se.remiss.testhjalp.Api.som;
import static se.remiss.testhjalp.Api.unik;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.remiss.plattform.Roll;

/**
 * The awaited deadline the database computes for each recipient (V34) and the lists that walk it:
 * Inkomna and Mina ärenden merge per-organisation index walks page by page, the overdue filter and
 * the overdue counts read "vantad_frist &lt; today". A stale or wrongly merged value would put a case
 * in the wrong place, on the wrong page, or hide an overdue one.
 */
@QuarkusTest
class VantadFristTest {

    @Test
    void databasenRaknarUtDenVantadeFristenVidVarjeAndring() {
        long avsandare = skapaAvsandare();
        long forvaltning = forvaltning("F");
        long namnd = skapaOrganisation("n", "NAMND", null, null, forvaltning).getLong("id");
        long m = mottagarId(skickadRemiss(avsandare, "Väntad frist " + unik(), namnd), namnd);
        assertEquals(KONTORSUTLATANDE, vantadFrist(m), "skickad: kontorsutlåtandet väntas");

        andra(m, r -> r.status = MottagarStatus.UTLATANDE_INSKICKAT);
        assertEquals(NAMNDPROTOKOLL, vantadFrist(m), "utlåtandet inskickat: protokollet väntas");

        andra(m, r -> r.sistaDagNamndprotokoll = NAMNDPROTOKOLL.plusDays(7));
        assertEquals(NAMNDPROTOKOLL.plusDays(7), vantadFrist(m), "flyttad frist");

        andra(m, r -> r.status = MottagarStatus.BESVARAD);
        assertNull(vantadFrist(m), "besvarad: inget väntas");

        // V34 names the awaiting states in SQL; every state must agree with MottagarStatus's sets.
        andra(m, r -> r.sistaDagNamndprotokoll = NAMNDPROTOKOLL);
        for (MottagarStatus status : MottagarStatus.values()) {
            andra(m, r -> r.status = status);
            LocalDate forvantad = MottagarStatus.vantarUtlatande().contains(status) ? KONTORSUTLATANDE
                    : MottagarStatus.vantarProtokoll().contains(status) ? NAMNDPROTOKOLL : null;
            assertEquals(forvantad, vantadFrist(m), status.name());
        }
    }

    @Test
    void remissensTidigasteVantadeFristFoljerMottagarnaIVarjeEnhetsRad() {
        long avsandare = skapaAvsandare();
        long f1 = forvaltning("F");
        long f2 = forvaltning("G");
        JsonPath remiss = skickadRemiss(avsandare, "Tidigaste frist " + unik(), f1, f2);
        long id = remiss.getLong("id");
        long m1 = mottagarId(remiss, f1);
        long m2 = mottagarId(remiss, f2);
        assertEquals(List.of(KONTORSUTLATANDE), forstaFrister(id), "skickad: samma frist i avsändarens och mottagarnas rader");

        andra(m2, r -> r.sistaDagKontorsutlatande = KONTORSUTLATANDE.minusDays(3));
        assertEquals(List.of(KONTORSUTLATANDE.minusDays(3)), forstaFrister(id));
        andra(m2, r -> r.status = MottagarStatus.AVSTAR);
        assertEquals(List.of(KONTORSUTLATANDE), forstaFrister(id), "den som avstår väntar inte längre");

        // A change that is rolled back leaves the rows as they were.
        assertThrows(io.quarkus.narayana.jta.QuarkusTransactionException.class, () ->
                QuarkusTransaction.requiringNew().run(() -> {
                    Remissmottagare r = Remissmottagare.findById(m1);
                    r.sistaDagKontorsutlatande = KONTORSUTLATANDE.minusDays(5);
                    Remissmottagare.flush();
                    QuarkusTransaction.setRollbackOnly();
                }));
        assertEquals(List.of(KONTORSUTLATANDE), forstaFrister(id));

        andra(m1, r -> r.status = MottagarStatus.UTLATANDE_INSKICKAT);
        assertEquals(List.of(NAMNDPROTOKOLL), forstaFrister(id));
        andra(m1, r -> r.status = MottagarStatus.BESVARAD);
        assertEquals(java.util.Collections.singletonList(null), forstaFrister(id), "alla svar inne");
    }

    @Test
    void inkomnaOchMinaArendenVisarNarmastFristForstOverEnhetensOrganisationerSidaForSida() {
        long avsandare = skapaAvsandare();
        long forvaltning = forvaltning("F");
        long n1 = skapaOrganisation("n", "NAMND", null, null, forvaltning).getLong("id");
        long n2 = skapaOrganisation("n", "NAMND", null, null, forvaltning).getLong("id");
        String titel = "Inkomna ordning " + unik();
        // One remiss per recipient; the deadlines interleave across the three organisations.
        long[] mottagare = {n1, n2, forvaltning, n1, n2};
        int[] dagar = {4, 1, 3, 5, 2};
        List<Long> rader = new ArrayList<>();
        for (int i = 0; i < mottagare.length; i++) {
            long m = mottagarId(skickadRemiss(avsandare, titel + " " + i, mottagare[i]), mottagare[i]);
            int d = dagar[i];
            andra(m, r -> r.sistaDagKontorsutlatande = KONTORSUTLATANDE.plusDays(d));
            rader.add(m);
        }
        // The fifth declines: no longer open, not in the list.
        andra(rader.get(4), r -> r.status = MottagarStatus.AVSTAR);
        List<Long> forvantad = List.of(rader.get(1), rader.get(2), rader.get(0), rader.get(3));

        som(forvaltning);
        assertEquals(forvantad, sidaForSida(Map.of()), "Inkomna, en rad per sida");
        assertEquals(4, lista(Map.of("storlek", 3)).getLong("totalt"));
        assertEquals(List.of(rader.get(0), rader.get(3)), sidaForSida(Map.of("organisation", n1)));

        // Mina ärenden: the person's open cases only, in the same order.
        String person = nyAnvandare(forvaltning, Roll.HANDLAGGARE);
        long personId = anvandare(person);
        for (int i : new int[] {0, 2, 3}) {
            json().body(Map.of("handlaggare", personId)).post("/api/mottagare/" + rader.get(i) + "/tilldela")
                    .then().statusCode(200);
        }
        assertEquals(List.of(rader.get(2), rader.get(0), rader.get(3)), sidaForSida(Map.of("handlaggare", personId)));
    }

    @Test
    void forsenadeFiltretOchRakningenFoljerDenVantadeFristen() {
        long avsandare = skapaAvsandare();
        long forvaltning = forvaltning("F");
        long namnd = skapaOrganisation("n", "NAMND", null, null, forvaltning).getLong("id");
        String titel = "Försenad " + unik();
        JsonPath sen = skickadRemiss(avsandare, titel + " sen", namnd);
        JsonPath iTid = skickadRemiss(avsandare, titel + " i tid", namnd);
        long m = mottagarId(sen, namnd);
        andra(m, r -> r.sistaDagKontorsutlatande = IDAG.minusDays(1));
        // Past its deadline but answered: not overdue.
        andra(mottagarId(iTid, namnd), r -> {
            r.sistaDagKontorsutlatande = IDAG.minusDays(1);
            r.status = MottagarStatus.AVSTAR;
        });

        for (long enhet : new long[] {avsandare, forvaltning}) {
            som(enhet);
            JsonPath forsenade = JsonPath.from(given().accept(ContentType.JSON)
                    .queryParams(Map.of("forsenade", true, "sok", titel)).get("/api/remisser").asString());
            assertEquals(List.of(sen.getLong("id")), forsenade.getList("rader.id", Long.class));
            assertEquals(1, forsenade.getLong("rader[0].antalForsenade"));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(1, RemissSok.forsenadeMottagare(forvaltning, null, IDAG));
            assertEquals(0, RemissSok.forsenadeMottagare(forvaltning, null, IDAG.minusDays(1)));
        });

        andra(m, r -> r.status = MottagarStatus.UTLATANDE_INSKICKAT);
        som(forvaltning);
        assertEquals(0, JsonPath.from(given().accept(ContentType.JSON)
                .queryParams(Map.of("forsenade", true, "sok", titel)).get("/api/remisser").asString()).getLong("totalt"),
                "utlåtandet inskickat: nämndprotokollets frist har inte passerat");
    }

    /** A new förvaltning whose diarienummer start with {@code prefix}. */
    private static long forvaltning(String prefix) {
        return skapaOrganisation("fv", "FORVALTNING", prefix + "{ÅR2}-{NR}", null, null).getLong("id");
    }

    /** The ids of the open rows, one request per row (storlek=1), until the list ends. */
    private static List<Long> sidaForSida(Map<String, Object> filter) {
        List<Long> idn = new ArrayList<>();
        for (int sida = 1; ; sida++) {
            Map<String, Object> p = new java.util.HashMap<>(filter);
            p.put("storlek", 1);
            p.put("sida", sida);
            List<Long> rad = lista(p).getList("rader.mottagare.id", Long.class);
            if (rad.isEmpty()) {
                return idn;
            }
            idn.addAll(rad);
        }
    }

    private static JsonPath lista(Map<String, Object> parametrar) {
        return JsonPath.from(given().accept(ContentType.JSON).queryParams(parametrar).get("/api/mottagare")
                .then().statusCode(200).extract().asString());
    }

    private static long mottagarId(JsonPath remiss, long organisation) {
        return remiss.getList("mottagare", Map.class).stream()
                .filter(m -> ((Number) ((Map<?, ?>) m.get("organisation")).get("id")).longValue() == organisation)
                .map(m -> ((Number) m.get("id")).longValue()).findFirst().orElseThrow();
    }

    /** Changes the row as the application would, through the entity, in a transaction of its own. */
    private static void andra(long mottagare, java.util.function.Consumer<Remissmottagare> andring) {
        QuarkusTransaction.requiringNew().run(() -> andring.accept(Remissmottagare.findById(mottagare)));
    }

    /** The distinct forsta_frist values of the remiss's rows in remiss_synlighet (one per unit that sees it). */
    @SuppressWarnings("unchecked")
    private static List<LocalDate> forstaFrister(long remiss) {
        return QuarkusTransaction.requiringNew().call(() -> (List<LocalDate>) Remissmottagare.getEntityManager()
                .createNativeQuery("SELECT DISTINCT forsta_frist FROM remiss_synlighet WHERE remiss_id = ?1")
                .setParameter(1, remiss).getResultList());
    }

    private static LocalDate vantadFrist(long mottagare) {
        return QuarkusTransaction.requiringNew().call(() -> (LocalDate) Remissmottagare.getEntityManager()
                .createNativeQuery("SELECT vantad_frist FROM remissmottagare WHERE id = ?1").setParameter(1, mottagare)
                .getSingleResult());
    }
}
