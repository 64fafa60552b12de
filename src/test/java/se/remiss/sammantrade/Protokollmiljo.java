package se.remiss.sammantrade;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import se.remiss.anvandare.Anvandare;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * A world of its own for the committee tests: a sender A, a nämnd B with a diarium, B's
 * handläggare (two, who sign the statement), its secretary, its ordförande, a justerare and a
 * plain ledamot (role ledamot), and B's meetings. Built through the API where there is one, the
 * calendar's rows (made by h13a's part) straight in the database.
 */
public final class Protokollmiljo {

    /** A meeting before the tests' "today" (2026-11-23), so that its protokoll can be written. */
    static final LocalDate MOTESDAG = LocalDate.of(2026, 11, 19);

    public final long a;
    public final long b;
    public final String bNamn;
    public final String registratorA;
    public final String handlaggare;
    public final String handlaggare2;
    public final String sekreterare;
    public final String ordforande;
    public final String justerare;
    public final String ledamot;

    Protokollmiljo() {
        this(Api.skapaAvsandare(), Api.skapaOrganisation("namnd", "NAMND", "{KOD}-{NR}/{ÅR}", "302", null).getLong("id"));
    }

    /** The people of a nämnd {@code b} (with a diarium) answering remisser from {@code a}. */
    public Protokollmiljo(long a, long b) {
        this.a = a;
        this.b = b;
        bNamn = Api.somAdmin().get("/api/organisationer/" + b).then().statusCode(200).extract().jsonPath().getString("namn");
        registratorA = Api.nyAnvandare(a, Roll.REGISTRATOR);
        handlaggare = Api.nyAnvandare(b, Roll.HANDLAGGARE, Roll.REGISTRATOR);
        handlaggare2 = Api.nyAnvandare(b, Roll.HANDLAGGARE);
        sekreterare = Api.nyAnvandare(b, Roll.NAMNDSEKRETERARE);
        ordforande = Api.nyAnvandare(b, Roll.LEDAMOT);
        justerare = Api.nyAnvandare(b, Roll.LEDAMOT);
        ledamot = Api.nyAnvandare(b, Roll.LEDAMOT);
        ledamot(ordforande, Uppdrag.ORDFORANDE, true);
        ledamot(justerare, Uppdrag.LEDAMOT, true);
        ledamot(ledamot, Uppdrag.ERSATTARE, false);
    }

    public static RequestSpecification som(String anvandare) {
        return given().auth().preemptive().basic(anvandare, Api.LOSENORD).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** A meeting of B on {@code dag}. */
    public long sammantrade(LocalDate dag) {
        return sammantrade(b, dag);
    }

    /** A meeting of {@code namnd} on {@code dag}, unless the calendar already has one (one a day). */
    public static long sammantrade(long namnd, LocalDate dag) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organisation o = Organisation.findById(namnd);
            return Sammantrade.pa(o, dag).orElseGet(() -> {
                Sammantrade s = new Sammantrade();
                s.namnd = o;
                s.datum = dag;
                s.starttid = LocalTime.of(18, 30);
                s.plats = "Sammanträdesrummet, Rökerigatan 19";
                s.sistaDagArenden = dag.minusDays(14);
                s.skapad = Instant.now();
                s.persist();
                return s;
            }).id;
        });
    }

    /** Makes {@code anvandare} (role ledamot) a member of B. */
    public void ledamot(String anvandare, Uppdrag uppdrag, boolean kanJustera) {
        ledamot(b, anvandare, uppdrag, kanJustera);
    }

    /** Makes {@code anvandare} (role ledamot) a member of {@code namnd}. */
    public static void ledamot(long namnd, String anvandare, Uppdrag uppdrag, boolean kanJustera) {
        QuarkusTransaction.requiringNew().run(() -> {
            Namndledamot l = new Namndledamot();
            l.namnd = Organisation.findById(namnd);
            l.anvandare = Anvandare.medAnvandarnamn(anvandare).orElseThrow();
            l.uppdrag = uppdrag;
            l.kanJustera = kanJustera;
            l.parti = "s";
            l.persist();
        });
    }

    /** A remiss from A to B; B's tjänsteutlåtande approved by both signatories and sent to A. */
    public Godkant godkantUtlatande(String stallningstagande) {
        JsonPath r = som(registratorA).body(Api.remiss(a, "Remiss " + Api.unik(), b)).post("/api/remisser")
                .then().statusCode(201).extract().jsonPath();
        long remiss = r.getLong("id");
        long mottagare = r.getLong("mottagare[0].id");
        given().auth().preemptive().basic(registratorA, Api.LOSENORD).accept(ContentType.JSON)
                .multiPart("fil", "remiss.txt", "Remisshandling".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/remisser/" + remiss + "/dokument").then().statusCode(201);
        som(registratorA).post("/api/remisser/" + remiss + "/skicka").then().statusCode(200);
        JsonPath u = som(handlaggare).body(Map.of("mottagare", mottagare, "mall", "remissvar", "stallningstagande",
                stallningstagande)).post("/api/utlatanden").then().statusCode(201).extract().jsonPath();
        String uid = u.getString("uid");
        som(handlaggare).body(Map.of("version", 1, "underskrifter", List.of(Api.anvandare(handlaggare2),
                Api.anvandare(handlaggare)), "texter", Map.of("sammanfattning", "Sammanfattning.", "beredning",
                        "Beredning.", "synpunkter", "Synpunkter.")))
                .patch("/api/utlatanden/" + uid).then().statusCode(200);
        som(handlaggare).body(Map.of("version", 2)).post("/api/utlatanden/" + uid + "/klar").then().statusCode(200);
        for (String vem : List.of(handlaggare, handlaggare2)) {
            som(vem).body(Map.of("version", 2)).post("/api/utlatanden/" + uid + "/godkann").then().statusCode(200);
        }
        // The office's statement goes to the sender first; the nämnd's decision follows.
        som(handlaggare).post("/api/utlatanden/" + uid + "/skicka").then().statusCode(200);
        return new Godkant(remiss, mottagare, uid, u.getLong("arende"));
    }

    public record Godkant(long remiss, long mottagare, String utlatande, long arende) {
    }

    /** The agenda item of {@code utlatande} on meeting {@code s}. */
    public long punkt(long s, String utlatande) {
        return som(sekreterare).body(Map.of("utlatande", utlatande)).post("/api/sammantraden/" + s + "/foredragningslista/punkter")
                .then().statusCode(201).extract().jsonPath().getLong("punkter.find { it.utlatande == '" + utlatande + "' }.id");
    }

    /** A § from the agenda item; its id. */
    public long paragraf(long s, long punkt) {
        return som(sekreterare).body(Map.of("punkt", punkt)).post("/api/sammantraden/" + s + "/paragrafer")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A meeting's whole course, as far as {@code steg} says; its ids. */
    public record Mote(long sammantrade, long punkt, long paragraf, Godkant remiss) {
    }

    /** How far {@link #mote} takes a meeting. */
    public enum Steg { PUBLICERAD, PARAGRAF, TILL_JUSTERING, JUSTERAT, INTYGAT, SKICKAT }

    /**
     * A meeting on {@code dag} with B's approved statement on its published agenda and, step by step
     * up to {@code steg}, its §, the protokoll sent for justering, justerat, the extract certified and sent.
     */
    public Mote mote(LocalDate dag, Steg steg) {
        long s = sammantrade(dag);
        Godkant g = godkantUtlatande("AVSTAR");
        long punkt = punkt(s, g.utlatande());
        String bas = "/api/sammantraden/" + s;
        som(sekreterare).post(bas + "/foredragningslista/publicera").then().statusCode(200);
        long paragraf = steg.compareTo(Steg.PARAGRAF) >= 0 ? paragraf(s, punkt) : 0;
        if (steg.compareTo(Steg.TILL_JUSTERING) >= 0) {
            // Named explicitly: the nämnd may have other ordförande rows from other tests' worlds.
            som(sekreterare).body(Map.of("ordforande", Api.anvandare(ordforande), "justerare", Api.anvandare(justerare)))
                    .patch(bas + "/protokoll").then().statusCode(200);
            som(sekreterare).post(bas + "/protokoll/till-justering").then().statusCode(200);
        }
        if (steg.compareTo(Steg.JUSTERAT) >= 0) {
            som(ordforande).post(bas + "/protokoll/justera").then().statusCode(200);
            som(justerare).post(bas + "/protokoll/justera").then().statusCode(200);
        }
        if (steg.compareTo(Steg.INTYGAT) >= 0) {
            som(sekreterare).post(bas + "/paragrafer/" + paragraf + "/utdrag").then().statusCode(200);
        }
        if (steg.compareTo(Steg.SKICKAT) >= 0) {
            som(sekreterare).post(bas + "/paragrafer/" + paragraf + "/skicka").then().statusCode(200);
        }
        return new Mote(s, punkt, paragraf, g);
    }
}
