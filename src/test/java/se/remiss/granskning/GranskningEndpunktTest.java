package se.remiss.granskning;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.remiss.granskning.Granskningshandelse.Utfall;
import se.remiss.granskning.Granskningsmiljo.Lage;
import se.remiss.granskning.Granskningsrader.Forvantat;
import se.remiss.granskning.Granskningsrader.Rad;
import se.remiss.granskning.Granskningsrader.Vem;
import se.remiss.plattform.Roll;
import se.remiss.testhjalp.Api;

/**
 * The audit trail's promise, route by route: every state-changing endpoint, called once with
 * success, writes exactly one event naming the user, their organisation, the action, the object
 * and what changed; called once in a way the application refuses, exactly one event with the
 * outcome MISSLYCKADES or NEKAD.
 */
@QuarkusTest
class GranskningEndpunktTest {

    private static final Set<String> ANDRANDE = Set.of("post", "put", "delete", "patch");

    /**
     * The routes come from the JAX-RS resource classes themselves (the OpenAPI document lists only the
     * JSON API, not the pages' forms).
     */
    @Test
    void varjeAndrandeRuttHarEnRad() throws Exception {
        Set<String> rutter = andrandeRutter();
        assertTrue(rutter.contains("POST /api/remisser") && rutter.contains("POST /remisser/{id}/skicka"), rutter.toString());
        Set<String> rader = Granskningsrader.tabell().stream().map(Rad::nyckel).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Granskningsrader.tabell().size(), rader.size(), "Tabellen har dubbletter");
        Set<String> utanRad = new TreeSet<>(rutter);
        utanRad.removeAll(rader);
        Set<String> utanRutt = new TreeSet<>(rader);
        utanRutt.removeAll(rutter);
        assertTrue(utanRad.isEmpty(), "Ändrande rutter utan rad i granskningstabellen: " + utanRad);
        assertTrue(utanRutt.isEmpty(), "Rader utan rutt (ta bort dem): " + utanRutt);
    }

    @Test
    void varjeLyckadAndringSkriverExaktEnHandelseMedForeOchEfter() {
        varjeRad(GranskningEndpunktTest::lyckat);
    }

    @Test
    void varjeAvvisatForsokSkrivsSomMisslyckatEllerNekat() {
        varjeRad(GranskningEndpunktTest::misslyckat);
    }

    /** Runs every row, collecting each row's failure so that one run names every route that fails. */
    private static void varjeRad(BiConsumer<Granskningsmiljo, Rad> prov) {
        Granskningsmiljo m = new Granskningsmiljo();
        List<String> fel = new ArrayList<>();
        for (Rad rad : Granskningsrader.tabell()) {
            try {
                prov.accept(m, rad);
            } catch (AssertionError | RuntimeException e) {
                fel.add(rad.nyckel() + ": " + e.getMessage());
            }
        }
        assertTrue(fel.isEmpty(), fel.size() + " fel:\n" + String.join("\n", fel));
    }

    private static void lyckat(Granskningsmiljo m, Rad rad) {
        String anvandare = anvandare(m, rad.vem());
        Lage lage = rad.forbered().apply(m, anvandare);
        long fore = Granskningsdata.senasteId();
        Instant start = Instant.now();
        Forvantat f = rad.lyckat().gor(m, anvandare, lage);
        assertEquals(f.status(), f.svar().statusCode(), "svar " + f.svar().asString());
        if (rad.handling() == null) {
            assertEquals(List.of(), Granskningsdata.efter(fore).stream().map(h -> h.handling).toList(), "läser bara");
            return;
        }
        Granskningshandelse e = Granskningslogg.enda(fore, "efter lyckat anrop");
        assertEquals(rad.handling(), e.handling, "handling");
        assertEquals(Utfall.LYCKADES, e.utfall, "utfall");
        assertEquals(anvandare, e.anvandarnamn, "användare");
        assertEquals(organisation(m, rad.vem()), e.organisationId, "organisation");
        assertEquals(rad.objekttyp(), e.objekttyp, "objekttyp");
        assertEquals(f.objektId(), e.objektId, "objekt");
        assertEquals(f.remissId(), e.remissId, "remiss");
        assertTrue(!e.tidpunkt.isBefore(start.minusSeconds(1)) && Duration.between(e.tidpunkt, Instant.now()).toMinutes() < 1,
                "tidpunkt " + e.tidpunkt + " är inte nu");
        innehaller("före", f.fore(), Granskningslogg.varden(e.fore));
        innehaller("efter", f.efter(), Granskningslogg.varden(e.efter));
        for (String losenord : List.of(Api.LOSENORD, Granskningsrader.LOSENORD_NYTT)) {
            assertTrue(!(e.fore + e.efter + e.beskrivning).contains(losenord), "ett lösenord står i händelsen");
        }
        assertTrue(e.stammer(), "hash");
    }

    private static void misslyckat(Granskningsmiljo m, Rad rad) {
        String anvandare = anvandare(m, rad.vem());
        Lage lage = rad.forbered().apply(m, anvandare);
        long fore = Granskningsdata.senasteId();
        Response svar = rad.misslyckat().gor(m, anvandare, lage);
        assertTrue(svar.statusCode() >= 400 && svar.statusCode() < 500, "väntade 4xx, fick " + svar.statusCode());
        if (svar.statusCode() == 403) {
            Granskningslogg.vantaPaNagon(fore);
        }
        Granskningshandelse e = Granskningslogg.enda(fore, "efter avvisat anrop (" + svar.statusCode() + ")");
        assertTrue(e.utfall == Utfall.MISSLYCKADES || e.utfall == Utfall.NEKAD, "utfall " + e.utfall);
        assertEquals(lage.anvandare != null ? lage.anvandare : anvandare, e.anvandarnamn, "användare");
        assertTrue(e.stammer(), "hash");
    }

    /**
     * Each expected value stands in the event as written (numbers and dates as JSON gives them back);
     * null expected: the event has no such values (nothing existed before a creation, nothing after
     * a removal, and a password is never written).
     */
    private static void innehaller(String vad, Map<String, ?> forvantat, Map<String, Object> faktiskt) {
        if (forvantat == null) {
            assertEquals(null, faktiskt, vad + ": väntade inga värden");
            return;
        }
        assertTrue(faktiskt != null, vad + ": värden saknas");
        forvantat.forEach((nyckel, varde) -> assertEquals(String.valueOf(varde), String.valueOf(faktiskt.get(nyckel)),
                vad + "." + nyckel + " i " + faktiskt));
    }

    /** A fresh user per row, so that the row's event is told apart from everything else by its author. */
    private static String anvandare(Granskningsmiljo m, Vem vem) {
        return switch (vem) {
            case REGISTRATOR_A -> Api.nyAnvandare(m.a, Roll.REGISTRATOR, Roll.HANDLAGGARE);
            case REGISTRATOR_B -> Api.nyAnvandare(m.b, Roll.REGISTRATOR, Roll.HANDLAGGARE);
            case ADMINISTRATOR_A -> Api.nyAnvandare(m.a, Roll.ADMINISTRATOR);
            case NY_ANVANDARE -> Api.nyAnvandare(m.a, Roll.HANDLAGGARE);
            case SEKRETERARE_B -> Api.nyAnvandare(m.b, Roll.NAMNDSEKRETERARE);
            case LEDAMOT_B -> Api.nyAnvandare(m.b, Roll.LEDAMOT);
        };
    }

    private static long organisation(Granskningsmiljo m, Vem vem) {
        return vem == Vem.REGISTRATOR_B || vem == Vem.SEKRETERARE_B || vem == Vem.LEDAMOT_B ? m.b : m.a;
    }

    /** "METHOD /path" of every POST, PUT, DELETE and PATCH method of the application's root resources. */
    private static Set<String> andrandeRutter() throws Exception {
        Path klasser = Path.of(Roll.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> rutter = new TreeSet<>();
        try (Stream<Path> filer = Files.walk(klasser)) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".class")).toList()) {
                String namn = klasser.relativize(fil).toString().replace(".class", "").replace('/', '.');
                Class<?> klass = Class.forName(namn, false, Roll.class.getClassLoader());
                jakarta.ws.rs.Path rot = klass.getAnnotation(jakarta.ws.rs.Path.class);
                if (rot == null) {
                    continue;
                }
                for (Method metod : klass.getDeclaredMethods()) {
                    for (Annotation a : metod.getAnnotations()) {
                        HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                        if (http != null && ANDRANDE.contains(http.value().toLowerCase(Locale.ROOT))) {
                            jakarta.ws.rs.Path under = metod.getAnnotation(jakarta.ws.rs.Path.class);
                            rutter.add(http.value() + " " + sokvag(rot.value(), under == null ? "" : under.value()));
                        }
                    }
                }
            }
        }
        return rutter;
    }

    private static String sokvag(String... delar) {
        String s = Arrays.stream(delar).map(d -> d.replaceAll("^/+|/+$", "")).filter(d -> !d.isEmpty())
                .collect(Collectors.joining("/"));
        return "/" + s;
    }
}
