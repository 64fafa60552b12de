package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template folder on its own: parsing, errors with their line, changes picked up, escaping. */
class MallkatalogTest {

    @TempDir
    Path katalog;

    private static final Consumer<Template> PROV = t -> t.instance().data("x", "y").render();

    private Mallkatalog katalog(Consumer<Template> provning) {
        return new Mallkatalog(katalog, provning);
    }

    private void skriv(String fil, String innehall) throws IOException {
        Path p = katalog.resolve(fil);
        FileTime fore = Files.exists(p) ? Files.getLastModifiedTime(p) : null;
        Files.writeString(p, innehall);
        if (fore != null) {
            // Same size and a coarse clock must not hide the change; the checksum catches it anyway.
            Files.setLastModifiedTime(p, FileTime.fromMillis(fore.toMillis() + 1000));
        }
    }

    @Test
    void enMallMedMetadataOchAvsnitt() throws IOException {
        skriv("brev.html", "<html>{#mall namn=\"Ett brev\" arenden=\"SKRIVELSE, REMISS_IN\" /}"
                + "{#avsnitt nyckel=\"inledning\" rubrik=\"Inledning\" text=\"kravs\" /}{x}</html>");
        skriv("_del.html", "del");
        skriv("stil.css", "p {}");
        Mallkatalog k = katalog(PROV);
        List<Mallkatalog.Mall> alla = k.alla();
        assertEquals(1, alla.size(), "delar (_) och css är inga mallar: " + alla);
        Mallkatalog.Mall brev = alla.get(0);
        assertTrue(brev.fungerar(), () -> brev.fel().text());
        assertEquals("brev", brev.namn());
        assertEquals("Ett brev", brev.rubrik());
        assertTrue(brev.passar("SKRIVELSE") && brev.passar("REMISS_IN") && !brev.passar("OVRIGT"));
        assertEquals(List.of("_del.html", "brev.html", "stil.css"), k.filer());
    }

    @Test
    void ettSyntaxfelRapporterasMedRad() throws IOException {
        skriv("trasig.html", "<html>\n<p>ok</p>\n<p>{#if x}aldrig stängd</p>\n</html>\n");
        Mallkatalog.Mall m = katalog(PROV).mall("trasig").orElseThrow();
        assertFalse(m.fungerar());
        assertNotNull(m.fel());
        assertEquals("trasig.html", m.fel().fil());
        assertTrue(m.fel().rad() >= 3, m.fel().text());
        assertTrue(m.fel().text().startsWith("Rad "), m.fel().text());
    }

    @Test
    void ettOkantNamnUpptacksNarMallenProvas() throws IOException {
        skriv("okand.html", "<html>\n\n<p>{finnsInte.alls}</p>\n</html>");
        Mallkatalog.Mall m = katalog(PROV).mall("okand").orElseThrow();
        assertFalse(m.fungerar());
        assertEquals(3, m.fel().rad(), m.fel().text());
    }

    @Test
    void ogiltigaAvsnittsparametrarOchDubbletterAvvisas() throws IOException {
        skriv("a.html", "{#avsnitt nyckel=\"Stor Bokstav\" rubrik=\"X\" /}");
        skriv("b.html", "{#avsnitt nyckel=\"x\" rubrik=\"X\" text=\"kanske\" /}");
        skriv("c.html", "{#avsnitt nyckel=\"x\" rubrik=\"X\" /}\n{#avsnitt nyckel=\"x\" rubrik=\"Y\" /}");
        skriv("d.html", "{#eval x /}");
        Mallkatalog k = katalog(PROV);
        for (String namn : List.of("a", "b", "c", "d")) {
            Mallkatalog.Mall m = k.mall(namn).orElseThrow();
            assertFalse(m.fungerar(), namn);
        }
        assertEquals(2, k.mall("c").orElseThrow().fel().rad(), k.mall("c").orElseThrow().fel().text());
        assertTrue(k.mall("d").orElseThrow().fel().meddelande().contains("eval"));
    }

    @Test
    void enAndradFilLasesOmUtanOmstart() throws IOException {
        skriv("brev.html", "<p>{x} ett</p>");
        Mallkatalog k = katalog(PROV);
        assertEquals("<p>y ett</p>", k.mall("brev").orElseThrow().template().render(Map.of("x", "y")));
        skriv("brev.html", "<p>{x} två</p>");
        assertEquals("<p>y två</p>", k.mall("brev").orElseThrow().template().render(Map.of("x", "y")));
        skriv("brev.html", "<p>{#if}</p>");
        assertFalse(k.mall("brev").orElseThrow().fungerar());
        Files.delete(katalog.resolve("brev.html"));
        assertTrue(k.mall("brev").isEmpty());
    }

    @Test
    void enAndradDelLasesOmIMallenSomInkluderarDen() throws IOException {
        skriv("brev.html", "<p>{#include _del /}</p>");
        skriv("_del.html", "ett");
        Mallkatalog k = katalog(PROV);
        assertEquals("<p>ett</p>", k.mall("brev").orElseThrow().template().render());
        skriv("_del.html", "två");
        assertEquals("<p>två</p>", k.mall("brev").orElseThrow().template().render());
    }

    @Test
    void vardenEscapasOchRawFinnsInte() throws IOException {
        skriv("brev.html", "<p>{x}</p>");
        skriv("ra.html", "<p>{x.raw}</p>");
        Mallkatalog k = katalog(t -> { });
        String html = k.mall("brev").orElseThrow().template().render(Map.of("x", "<script>alert('x')</script>&"));
        assertEquals("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>", html);
        Template ra = k.mall("ra").orElseThrow().template();
        assertThrows(RuntimeException.class, () -> ra.render(Map.of("x", "<b>")));
    }

    @Test
    void avsnittRenderasMedTextOchSamlas() throws IOException {
        skriv("brev.html", "<div>{#avsnitt nyckel=\"a\" rubrik=\"Första\" text=\"kravs\" /}"
                + "{#avsnitt nyckel=\"b\" rubrik=rubrik text=\"valfri\"}<p>genererat {x}</p>{/avsnitt}"
                + "{#avsnitt nyckel=\"c\" rubrik=\"Tredje\" /}</div>");
        Template t = katalog(t2 -> { }).mall("brev").orElseThrow().template();
        List<Mallavsnitt> avsnitt = new ArrayList<>();
        String html = t.instance().data("x", "<i>").data("rubrik", "Andra & sista")
                .setAttribute(AvsnittHelper.TEXTER, Map.of("b", "<p>skrivet</p>"))
                .setAttribute(AvsnittHelper.INSAMLING, avsnitt)
                .setAttribute(AvsnittHelper.PLATSHALLARE, true).render();
        assertEquals(List.of(new Mallavsnitt("a", "Första", Mallavsnitt.Skrivs.KRAVS),
                new Mallavsnitt("b", "Andra & sista", Mallavsnitt.Skrivs.VALFRI),
                new Mallavsnitt("c", "Tredje", Mallavsnitt.Skrivs.GENERERAS)), avsnitt);
        assertTrue(html.contains("<h2>Andra &amp; sista</h2>\n<div class=\"skrivet\"><p>skrivet</p></div>\n<p>genererat &lt;i&gt;</p>"),
                html);
        assertTrue(html.contains("[Första skrivs av handläggaren]"), html);
    }

    @Test
    void utanMappFinnsIngaMallar() {
        Mallkatalog k = new Mallkatalog(katalog.resolve("finns-inte"), PROV);
        assertTrue(k.alla().isEmpty());
        assertTrue(k.mall("remissvar").isEmpty());
    }
}
