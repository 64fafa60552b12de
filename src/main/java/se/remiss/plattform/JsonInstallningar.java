package se.remiss.plattform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How the JSON API reads values where Jackson's defaults would accept nonsense silently. A value
 * refused here becomes a 400 naming the field (see {@link Felhantering}).
 */
@Singleton
public class JsonInstallningar implements ObjectMapperCustomizer {

    /** Last, after Quarkus has registered its modules: our date reader must replace java.time's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        // An enum only by its name: by default 2 means the third constant, and reordering breaks clients.
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // A field the API does not take (a typo, or "id", "status", "organisation" a client hopes to
        // set) is refused with its name, never silently dropped (mass assignment, issue 3).
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.registerModule(new SimpleModule("remiss-datum").addDeserializer(LocalDate.class, new DatumLasare()));
    }

    /**
     * Dates only as "ÅÅÅÅ-MM-DD" ({@link Datumformat}). Jackson's own reader takes a number as days
     * since 1970 (20261217 → year 57444), "2026-12-15T10:00" as a date, and "+999999999-12-31".
     * An empty string is no date, as in the forms.
     */
    static final class DatumLasare extends StdScalarDeserializer<LocalDate> {

        DatumLasare() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (text.isBlank()) {
                return null;
            }
            Optional<LocalDate> datum = Datumformat.tolka(text);
            if (datum.isPresent()) {
                return datum.get();
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, Datumformat.MEDDELANDE);
        }
    }
}
