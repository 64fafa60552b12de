package se.remiss.granskning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit trail as the tests read it: straight from the table, in its own transaction, so a test
 * sees exactly what was committed and nothing the application chose to show.
 */
final class Granskningslogg {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Granskningslogg() {
    }

    /** The id of the newest event (0 when there is none): events after it are the test's. */
    static long senaste() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Long max = Granskningshandelse.getEntityManager()
                    .createQuery("select max(e.id) from Granskningshandelse e", Long.class).getSingleResult();
            return max == null ? 0L : max;
        });
    }

    /** Every event written after {@code id}, oldest first. */
    static List<Granskningshandelse> efter(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Granskningshandelse.<Granskningshandelse>list(
                "id > ?1 order by id", id));
    }

    /** Asserts that exactly one event was written after {@code id} and returns it. */
    static Granskningshandelse enda(long id, String vad) {
        List<Granskningshandelse> nya = efter(id);
        assertEquals(1, nya.size(), vad + ": väntade exakt en ny händelse, fick " + beskriv(nya));
        return nya.get(0);
    }

    static String beskriv(List<Granskningshandelse> handelser) {
        return handelser.stream().map(e -> e.handling + "/" + e.utfall + " av " + e.anvandarnamn + " "
                + e.objekttyp + ":" + e.objektId + (e.beskrivning == null ? "" : " (" + e.beskrivning + ")"))
                .collect(Collectors.joining("; ", "[", "]"));
    }

    /** Before- or after-values as written (JSON text), or null. */
    static Map<String, Object> varden(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
