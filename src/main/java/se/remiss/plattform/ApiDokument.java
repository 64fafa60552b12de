package se.remiss.plattform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * The OpenAPI document at /q/openapi describes the JSON API under /api, not the HTML pages and their
 * forms (half of all routes), nor the Qute types those pages return. Runs at build time: Quarkus parses
 * the stored document at every start, and the API alone is 40 % less of it to parse
 * (docs/benchmarks.md, start-up).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDokument implements OASFilter {

    static final String API = "/api";

    private static final Pattern SCHEMAREFERENS = Pattern.compile("#/components/schemas/([^\"]+)\"");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths vagar = openAPI.getPaths();
        if (vagar == null || vagar.getPathItems() == null) {
            return;
        }
        List<String> sidor = vagar.getPathItems().keySet().stream().filter(v -> !arApi(v)).toList();
        sidor.forEach(vagar::removePathItem);
        Components delar = openAPI.getComponents();
        if (delar != null && delar.getSchemas() != null) {
            Set<String> anvanda = narbaraScheman(openAPI);
            List.copyOf(delar.getSchemas().keySet()).stream().filter(s -> !anvanda.contains(s)).forEach(delar::removeSchema);
        }
    }

    static boolean arApi(String vag) {
        return vag.equals(API) || vag.startsWith(API + "/");
    }

    /** The component schemas the remaining paths refer to, directly or through other schemas. */
    private static Set<String> narbaraScheman(OpenAPI openAPI) {
        JsonNode dokument;
        try {
            dokument = new ObjectMapper().readTree(OpenApiSerializer.serialize(openAPI, Format.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode scheman = dokument.path("components").path("schemas");
        Set<String> narbara = new HashSet<>();
        Deque<String> kvar = new ArrayDeque<>(referenser(dokument.path("paths")));
        while (!kvar.isEmpty()) {
            String namn = kvar.pop();
            if (narbara.add(namn)) {
                kvar.addAll(referenser(scheman.path(namn)));
            }
        }
        return narbara;
    }

    private static Set<String> referenser(JsonNode del) {
        Set<String> namn = new HashSet<>();
        Matcher m = SCHEMAREFERENS.matcher(del.toString());
        while (m.find()) {
            namn.add(m.group(1));
        }
        return namn;
    }
}
