package se.remiss.plattform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads a request body refusing fields the target type does not have. The application's mapper
 * ignores unknown fields (Quarkus's default); an endpoint where a stray field must not pass
 * silently ({@code id}, {@code losenordHash}, {@code version} on create) names this reader with
 * {@code @CustomDeserialization(StriktJson.class)}. The refusal is a 400 naming the field
 * (see {@link Felhantering}).
 */
public class StriktJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type typ) {
        return mapper.readerFor(mapper.constructType(typ)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
