package se.remiss.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page templates use the tags in {@code templates/tags/} for form fields and paging instead of
 * copying their markup: a page that marks a field in error or pages a list by hand fails here, so the
 * error semantics (label, aria-invalid, aria-describedby, message) stay in one place.
 */
class SidmallarTest {

    private static final Path MALLAR = Path.of("src/main/resources/templates");
    private static final List<String> HANDGJORT = List.of("fel.containsKey(", "aria-invalid", "class=\"sidnavigering\"");

    @Test
    void sidmallarnaSkriverIngenFaltfelsmarkeringEllerSidnavigeringForHand() throws IOException {
        List<String> funna = new ArrayList<>();
        List<Path> sidor = sidmallar();
        for (Path sida : sidor) {
            String text = Files.readString(sida);
            HANDGJORT.stream().filter(text::contains).forEach(m -> funna.add(MALLAR.relativize(sida) + ": " + m));
        }
        assertTrue(sidor.size() > 20, "sidmallarna hittades inte under " + MALLAR.toAbsolutePath());
        assertEquals(List.of(), funna, "använd {#falt}, {#valfalt}, {#faltram}, {#faltgrupp} och {#sidnavigering}");
    }

    private static List<Path> sidmallar() throws IOException {
        try (Stream<Path> filer = Files.walk(MALLAR)) {
            return filer.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.startsWith(MALLAR.resolve("tags")))
                    .sorted().toList();
        }
    }
}
