package se.remiss.granskning;

import static se.remiss.granskning.Granskningsmiljo.som;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import se.remiss.granskning.Granskningsmiljo.Lage;
import se.remiss.granskning.Granskningsrader.Forvantat;
import se.remiss.granskning.Granskningsrader.Rad;
import se.remiss.granskning.Granskningsrader.Vem;
import se.remiss.sammantrade.Protokollmiljo;
import se.remiss.sammantrade.Uppdrag;
import se.remiss.testhjalp.Api;

/**
 * The committee's state-changing routes (agenda, §, protokoll, justering, protokollsutdrag), one
 * row each, every row with a meeting of its own in B (a day of its own: one meeting per nämnd and day).
 */
final class Protokollrader {

    private static final long SAKNAS = 999_999_999L;
    private static final AtomicInteger DAG = new AtomicInteger();
    private static final String S = "/api/sammantraden/";

    private Protokollrader() {
    }

    static List<Rad> rader() {
        return List.of(
                new Rad("POST", S + "{id}/foredragningslista/punkter", Vem.SEKRETERARE_B, "FOREDRAGNINGSLISTA_PUNKT_TILLAGD",
                        "Sammantrade", (m, u) -> mote(m, null),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("utlatande", l.utlatande))
                                .post(S + l.sammantrade + "/foredragningslista/punkter"), 201, l.sammantrade, l.remiss,
                                Map.of("punkter", 0), Map.of("punkter", 1)),
                        (m, u, l) -> json(u).body("{}").post(S + l.sammantrade + "/foredragningslista/punkter")),
                new Rad("DELETE", S + "{id}/foredragningslista/punkter/{punkt}", Vem.SEKRETERARE_B,
                        "FOREDRAGNINGSLISTA_PUNKT_BORTTAGEN", "Sammantrade", (m, u) -> medPunkt(m),
                        (m, u, l) -> new Forvantat(json(u).delete(S + l.sammantrade + "/foredragningslista/punkter/" + l.punkt),
                                200, l.sammantrade, l.remiss, Map.of("punkter", 1, "punkt", l.punkt), Map.of("punkter", 0)),
                        (m, u, l) -> json(u).delete(S + l.sammantrade + "/foredragningslista/punkter/" + SAKNAS)),
                new Rad("PUT", S + "{id}/foredragningslista/ordning", Vem.SEKRETERARE_B, "FOREDRAGNINGSLISTA_ORDNAD",
                        "Sammantrade", (m, u) -> medPunkt(m),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("punkter", List.of(l.punkt)))
                                .put(S + l.sammantrade + "/foredragningslista/ordning"), 200, l.sammantrade, null,
                                Map.of("ordning", "[" + l.punkt + "]"), Map.of("ordning", "[" + l.punkt + "]")),
                        (m, u, l) -> json(u).body(Map.of("punkter", List.of()))
                                .put(S + l.sammantrade + "/foredragningslista/ordning")),
                new Rad("POST", S + "{id}/foredragningslista/publicera", Vem.SEKRETERARE_B, "FOREDRAGNINGSLISTA_PUBLICERAD",
                        "Sammantrade", (m, u) -> medPunkt(m),
                        (m, u, l) -> new Forvantat(json(u).post(S + l.sammantrade + "/foredragningslista/publicera"), 200,
                                l.sammantrade, null, Map.of("publicerad", false), Map.of("publicerad", true, "punkter", 1)),
                        (m, u, l) -> json(u).post(S + SAKNAS + "/foredragningslista/publicera")),
                new Rad("POST", S + "{id}/foredragningslista/ny-version", Vem.SEKRETERARE_B, "FOREDRAGNINGSLISTA_NY_VERSION",
                        "Sammantrade", (m, u) -> mote(m, Protokollmiljo.Steg.PUBLICERAD),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("version", 1))
                                .post(S + l.sammantrade + "/foredragningslista/ny-version"), 200, l.sammantrade, null,
                                Map.of("version", 1, "publicerad", true), Map.of("version", 2, "publicerad", false)),
                        (m, u, l) -> json(u).body("{}").post(S + l.sammantrade + "/foredragningslista/ny-version")),
                new Rad("POST", S + "{id}/paragrafer", Vem.SEKRETERARE_B, "PARAGRAF_SKAPAD", "Sammantrade",
                        (m, u) -> mote(m, Protokollmiljo.Steg.PUBLICERAD),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("rubrik", "Information", "beslutstext",
                                "Nämnden beslutar att lägga informationen till handlingarna."))
                                .post(S + l.sammantrade + "/paragrafer"), 201, l.sammantrade, null, null,
                                Map.of("rubrik", "Information", "beslutstext",
                                        "Nämnden beslutar att lägga informationen till handlingarna.")),
                        (m, u, l) -> json(u).body("{}").post(S + l.sammantrade + "/paragrafer")),
                new Rad("PATCH", S + "{id}/paragrafer/{paragraf}", Vem.SEKRETERARE_B, "PARAGRAF_ANDRAD", "Sammantrade",
                        (m, u) -> mote(m, Protokollmiljo.Steg.PARAGRAF),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("reservationer", "Reservation (m)."))
                                .patch(S + l.sammantrade + "/paragrafer/" + l.paragraf), 200, l.sammantrade, l.remiss,
                                Map.of("reservationer", ""), Map.of("reservationer", "Reservation (m).")),
                        (m, u, l) -> json(u).body(Map.of("beslutstext", ""))
                                .patch(S + l.sammantrade + "/paragrafer/" + l.paragraf)),
                new Rad("PATCH", S + "{id}/protokoll", Vem.SEKRETERARE_B, "PROTOKOLL_ANDRAT", "Sammantrade",
                        (m, u) -> mote(m, Protokollmiljo.Steg.PARAGRAF),
                        (m, u, l) -> new Forvantat(json(u).body(Map.of("ovrigaNarvarande", "Monika Viklander, stadsdelsdirektör"))
                                .patch(S + l.sammantrade + "/protokoll"), 200, l.sammantrade, null,
                                Map.of("ovrigaNarvarande", ""), Map.of("ovrigaNarvarande", "Monika Viklander, stadsdelsdirektör")),
                        (m, u, l) -> json(u).body(Map.of("justerare", SAKNAS)).patch(S + l.sammantrade + "/protokoll")),
                new Rad("POST", S + "{id}/protokoll/till-justering", Vem.SEKRETERARE_B, "PROTOKOLL_TILL_JUSTERING",
                        "Sammantrade", (m, u) -> {
                            Lage l = mote(m, Protokollmiljo.Steg.PARAGRAF);
                            Protokollmiljo.som(l.namn).body(Map.of("justerare", l.person)).patch(S + l.sammantrade + "/protokoll")
                                    .then().statusCode(200);
                            return l;
                        },
                        (m, u, l) -> new Forvantat(json(u).post(S + l.sammantrade + "/protokoll/till-justering"), 200,
                                l.sammantrade, null, Map.of("status", "UTKAST"), Map.of("status", "JUSTERAS", "paragrafer", 1)),
                        (m, u, l) -> json(u).post(S + SAKNAS + "/protokoll/till-justering")),
                // The row's own user is the meeting's ordförande, whose turn it is.
                new Rad("POST", S + "{id}/protokoll/justera", Vem.LEDAMOT_B, "PROTOKOLL_JUSTERAT", "Sammantrade",
                        (m, u) -> ordforandesTur(m, u),
                        (m, u, l) -> new Forvantat(json(u).post(S + l.sammantrade + "/protokoll/justera"), 200, l.sammantrade,
                                null, Map.of("status", "JUSTERAS", "justeringar", 0),
                                Map.of("status", "JUSTERAS", "justeringar", 1, "undertecknare", u, "roll", "ORDFORANDE")),
                        (m, u, l) -> json(u).post(S + SAKNAS + "/protokoll/justera")),
                new Rad("POST", S + "{id}/paragrafer/{paragraf}/utdrag", Vem.SEKRETERARE_B, "PROTOKOLLSUTDRAG_INTYGAT",
                        "Sammantrade", (m, u) -> mote(m, Protokollmiljo.Steg.JUSTERAT),
                        (m, u, l) -> new Forvantat(json(u).post(S + l.sammantrade + "/paragrafer/" + l.paragraf + "/utdrag"),
                                200, l.sammantrade, l.remiss, Map.of("utdrag", false), Map.of("utdrag", true, "intygatAv", u)),
                        (m, u, l) -> json(u).post(S + l.sammantrade + "/paragrafer/" + SAKNAS + "/utdrag")),
                new Rad("POST", S + "{id}/paragrafer/{paragraf}/skicka", Vem.SEKRETERARE_B, "PROTOKOLLSUTDRAG_SKICKAT",
                        "Sammantrade", (m, u) -> mote(m, Protokollmiljo.Steg.INTYGAT),
                        (m, u, l) -> new Forvantat(json(u).post(S + l.sammantrade + "/paragrafer/" + l.paragraf + "/skicka"),
                                200, l.sammantrade, l.remiss, Map.of("mottagarstatus", "UTLATANDE_INSKICKAT"),
                                Map.of("mottagarstatus", "BESVARAD")),
                        (m, u, l) -> json(u).post(S + l.sammantrade + "/paragrafer/" + SAKNAS + "/skicka")),
                // The page's forms: the same steps, answered with a redirect.
                new Rad("POST", W + "{id}/foredragningslista/punkter", Vem.SEKRETERARE_B, "FOREDRAGNINGSLISTA_PUNKT_TILLAGD",
                        "Sammantrade", (m, u) -> mote(m, null),
                        (m, u, l) -> new Forvantat(form(u).formParam("utlatande", l.utlatande)
                                .post(W + l.sammantrade + "/foredragningslista/punkter"), 303, l.sammantrade, l.remiss,
                                Map.of("punkter", 0), Map.of("punkter", 1)),
                        (m, u, l) -> form(u).formParam("utlatande", "").post(W + l.sammantrade + "/foredragningslista/punkter")),
                new Rad("POST", W + "{id}/foredragningslista/publicera", Vem.SEKRETERARE_B, "FOREDRAGNINGSLISTA_PUBLICERAD",
                        "Sammantrade", (m, u) -> medPunkt(m),
                        (m, u, l) -> new Forvantat(form(u).post(W + l.sammantrade + "/foredragningslista/publicera"), 303,
                                l.sammantrade, null, Map.of("publicerad", false), Map.of("publicerad", true, "punkter", 1)),
                        (m, u, l) -> form(u).post(W + SAKNAS + "/foredragningslista/publicera")),
                new Rad("POST", W + "{id}/paragrafer", Vem.SEKRETERARE_B, "PARAGRAF_SKAPAD", "Sammantrade",
                        (m, u) -> mote(m, Protokollmiljo.Steg.PUBLICERAD),
                        (m, u, l) -> new Forvantat(form(u).formParam("punkt", String.valueOf(l.punkt))
                                .post(W + l.sammantrade + "/paragrafer"), 303, l.sammantrade, l.remiss, null,
                                Map.of("ar", 2025)),
                        (m, u, l) -> form(u).formParam("punkt", "").post(W + l.sammantrade + "/paragrafer")),
                new Rad("POST", W + "{id}/protokoll", Vem.SEKRETERARE_B, "PROTOKOLL_ANDRAT", "Sammantrade",
                        (m, u) -> mote(m, Protokollmiljo.Steg.PARAGRAF),
                        (m, u, l) -> new Forvantat(form(u).formParam("justerare", String.valueOf(l.person))
                                .post(W + l.sammantrade + "/protokoll"), 303, l.sammantrade, null,
                                Map.of("justerare", ""), Map.of("justerare", l.justerare)),
                        (m, u, l) -> form(u).formParam("justerare", "").post(W + l.sammantrade + "/protokoll")),
                new Rad("POST", W + "{id}/protokoll/till-justering", Vem.SEKRETERARE_B, "PROTOKOLL_TILL_JUSTERING",
                        "Sammantrade", (m, u) -> {
                            Lage l = mote(m, Protokollmiljo.Steg.PARAGRAF);
                            Protokollmiljo.som(l.namn).body(Map.of("justerare", l.person)).patch(S + l.sammantrade + "/protokoll")
                                    .then().statusCode(200);
                            return l;
                        },
                        (m, u, l) -> new Forvantat(form(u).post(W + l.sammantrade + "/protokoll/till-justering"), 303,
                                l.sammantrade, null, Map.of("status", "UTKAST"), Map.of("status", "JUSTERAS")),
                        (m, u, l) -> form(u).post(W + SAKNAS + "/protokoll/till-justering")),
                new Rad("POST", W + "{id}/protokoll/justera", Vem.LEDAMOT_B, "PROTOKOLL_JUSTERAT", "Sammantrade",
                        (m, u) -> ordforandesTur(m, u),
                        (m, u, l) -> new Forvantat(form(u).post(W + l.sammantrade + "/protokoll/justera"), 303, l.sammantrade,
                                null, Map.of("justeringar", 0), Map.of("justeringar", 1, "undertecknare", u)),
                        (m, u, l) -> form(u).post(W + SAKNAS + "/protokoll/justera")),
                new Rad("POST", W + "{id}/paragrafer/{paragraf}/utdrag", Vem.SEKRETERARE_B, "PROTOKOLLSUTDRAG_INTYGAT",
                        "Sammantrade", (m, u) -> mote(m, Protokollmiljo.Steg.JUSTERAT),
                        (m, u, l) -> new Forvantat(form(u).post(W + l.sammantrade + "/paragrafer/" + l.paragraf + "/utdrag"),
                                303, l.sammantrade, l.remiss, Map.of("utdrag", false), Map.of("utdrag", true)),
                        (m, u, l) -> form(u).post(W + l.sammantrade + "/paragrafer/" + SAKNAS + "/utdrag")),
                new Rad("POST", W + "{id}/paragrafer/{paragraf}/skicka", Vem.SEKRETERARE_B, "PROTOKOLLSUTDRAG_SKICKAT",
                        "Sammantrade", (m, u) -> mote(m, Protokollmiljo.Steg.INTYGAT),
                        (m, u, l) -> new Forvantat(form(u).post(W + l.sammantrade + "/paragrafer/" + l.paragraf + "/skicka"),
                                303, l.sammantrade, l.remiss, Map.of("mottagarstatus", "UTLATANDE_INSKICKAT"),
                                Map.of("mottagarstatus", "BESVARAD")),
                        (m, u, l) -> form(u).post(W + l.sammantrade + "/paragrafer/" + SAKNAS + "/skicka")));
    }

    private static final String W = "/sammantraden/";

    /** A meeting sent for justering whose ordförande is {@code u} (a member of B with role ledamot). */
    private static Lage ordforandesTur(Granskningsmiljo m, String u) {
        Protokollmiljo p = new Protokollmiljo(m.a, m.b);
        p.ledamot(u, Uppdrag.ORDFORANDE, true);
        Protokollmiljo.Mote mote = p.mote(dag(), Protokollmiljo.Steg.PARAGRAF);
        Protokollmiljo.som(p.sekreterare).body(Map.of("ordforande", Api.anvandare(u), "justerare",
                Api.anvandare(p.justerare))).patch(S + mote.sammantrade() + "/protokoll").then().statusCode(200);
        Protokollmiljo.som(p.sekreterare).post(S + mote.sammantrade() + "/protokoll/till-justering").then().statusCode(200);
        Lage l = new Lage();
        l.sammantrade = mote.sammantrade();
        return l;
    }

    private static RequestSpecification form(String anvandare) {
        return som(anvandare).contentType(ContentType.URLENC);
    }

    /** A day of its own for each row's meeting (before the tests' "today"). */
    private static LocalDate dag() {
        return LocalDate.of(2025, 1, 1).plusDays(DAG.getAndIncrement() % 600);
    }

    /**
     * A meeting of B with an approved statement of B to put on its agenda ({@code steg} null: nothing
     * on it yet) or taken to {@code steg}; {@code namn} the meeting's secretary, {@code person} its justerare.
     */
    private static Lage mote(Granskningsmiljo m, Protokollmiljo.Steg steg) {
        Protokollmiljo p = new Protokollmiljo(m.a, m.b);
        Lage l = new Lage();
        if (steg == null) {
            l.sammantrade = p.sammantrade(dag());
            Protokollmiljo.Godkant g = p.godkantUtlatande("AVSTAR");
            l.utlatande = g.utlatande();
            l.remiss = g.remiss();
        } else {
            Protokollmiljo.Mote mote = p.mote(dag(), steg);
            l.sammantrade = mote.sammantrade();
            l.punkt = mote.punkt();
            l.paragraf = mote.paragraf();
            l.remiss = mote.remiss().remiss();
        }
        l.namn = p.sekreterare;
        l.person = Api.anvandare(p.justerare);
        l.justerare = p.justerare;
        return l;
    }

    /** As {@link #mote} with the statement on the (unpublished) agenda. */
    private static Lage medPunkt(Granskningsmiljo m) {
        Protokollmiljo p = new Protokollmiljo(m.a, m.b);
        Lage l = new Lage();
        l.sammantrade = p.sammantrade(dag());
        Protokollmiljo.Godkant g = p.godkantUtlatande("AVSTAR");
        l.remiss = g.remiss();
        l.punkt = p.punkt(l.sammantrade, g.utlatande());
        return l;
    }

    private static RequestSpecification json(String anvandare) {
        return som(anvandare).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
