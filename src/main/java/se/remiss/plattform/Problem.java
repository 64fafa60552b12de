package se.remiss.plattform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * RFC 7807 problem details. Field errors use the RFC's own example extension
 * {@code invalid-params: [{name, reason}]} so that generic clients recognise them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @JsonProperty("invalid-params") List<Parameter> invalidParams) {

    public static final String MEDIETYP = "application/problem+json";

    public record Parameter(String name, String reason) {
    }

    public static Problem av(int status, String title, String detail, String instance, List<Faltfel> fel) {
        List<Parameter> parametrar = fel == null || fel.isEmpty() ? null
                : fel.stream().map(f -> new Parameter(f.falt(), f.meddelande())).toList();
        return new Problem("about:blank", title, status, detail, instance, parametrar);
    }
}
