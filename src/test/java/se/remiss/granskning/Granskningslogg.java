package se.remiss.granskning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Assertions on the events a test's call wrote (read with {@link Granskningsdata}). */
final class Granskningslogg {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Granskningslogg() {
    }

    /** Asserts that exactly one event was written after {@code id} and returns it. */
    static Granskningshandelse enda(long id, String vad) {
        List<Granskningshandelse> nya = Granskningsdata.efter(id);
        assertEquals(1, nya.size(), vad + ": väntade exakt en ny händelse, fick " + beskriv(nya));
        return nya.get(0);
    }

    /**
     * Waits (at most five seconds) until some event follows {@code id}: a role check is refused on
     * the event loop, and a worker writes its event just after the answer has gone.
     */
    static void vantaPaNagon(long id) {
        for (int i = 0; i < 50 && Granskningsdata.efter(id).isEmpty(); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String beskriv(List<Granskningshandelse> handelser) {
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
