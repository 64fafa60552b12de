package se.remiss.plattform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an answer in the caller's language: RFC 7807 problem+json under /api,
 * a Swedish error page elsewhere. No stack trace ever leaves the server. (401 and 403 are answered by
 * {@code sakerhet.Behorighetsfel}: they belong to the security model.)
 */
public class Felhantering {

    private static final Set<String> SAKRA_METODER = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    HttpServerRequest http;

    @Inject
    Event<AvvisadBegaran> avvisade;

    private static final Logger LOG = Logger.getLogger(Felhantering.class);

    @ServerExceptionMapper
    public Response valideringsfel(Valideringsfel e, UriInfo uri) {
        return svar(uri, 400, "Ogiltiga uppgifter", "En eller flera uppgifter behöver rättas.", e.fel());
    }

    @ServerExceptionMapper
    public Response konflikt(Konflikt e, UriInfo uri) {
        return svar(uri, 409, "Konflikt", e.getMessage(), null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response samtidigAndring(RuntimeException e, UriInfo uri) {
        return svar(uri, 409, "Ändrat av någon annan",
                "Uppgifterna har ändrats av någon annan sedan du hämtade dem. Ladda om och försök igen.", null);
    }

    @ServerExceptionMapper
    public Response nekad(Nekad e, UriInfo uri) {
        return svar(uri, 403, "Åtkomst nekad", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response hittasInte(HittasInte e, UriInfo uri) {
        return svar(uri, 404, "Hittades inte", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response bonvalidering(ConstraintViolationException e, UriInfo uri) {
        List<Faltfel> fel = e.getConstraintViolations().stream()
                .map(v -> new Faltfel(sistaLed(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return svar(uri, 400, "Ogiltiga uppgifter", "En eller flera uppgifter behöver rättas.", fel);
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class})
    public Response felaktigtVarde(MismatchedInputException e, UriInfo uri) {
        String falt = falt(e);
        if (e instanceof UnrecognizedPropertyException) {
            return svar(uri, 400, "Ogiltig JSON", "Begäran innehåller ett fält som inte kan anges här.",
                    List.of(new Faltfel(falt.isEmpty() ? "body" : falt, "Okänt fält – det kan inte anges här.")));
        }
        String meddelande = e.getTargetType() == LocalDate.class
                ? Datumformat.MEDDELANDE
                : "Värdet har fel typ" + (e.getTargetType() != null ? " (väntade " + typnamn(e.getTargetType()) + ")." : ".");
        return svar(uri, 400, "Ogiltig JSON", "Ett fält har ett värde som inte kan tolkas.",
                List.of(new Faltfel(falt.isEmpty() ? "body" : falt, meddelande)));
    }

    @ServerExceptionMapper
    public Response ogiltigJson(JsonProcessingException e, UriInfo uri) {
        String plats = e.getLocation() == null ? ""
                : " (rad " + e.getLocation().getLineNr() + ", kolumn " + e.getLocation().getColumnNr() + ")";
        return svar(uri, 400, "Ogiltig JSON", "Begäran kunde inte tolkas som JSON" + plats + ".",
                List.of(new Faltfel("body", "Ogiltig JSON" + plats + ".")));
    }

    @ServerExceptionMapper
    public Response webbfel(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof MismatchedInputException m ? felaktigtVarde(m, uri) : ogiltigJson(json, uri);
        }
        if (status >= 500) {
            return ovantat(e, uri);
        }
        return svar(uri, status, rubrik(status), beskrivning(status), null);
    }

    @ServerExceptionMapper
    public Response ovantat(Throwable e, UriInfo uri) {
        if (Overbelastning.ar(e)) {
            String vag = Sokvag.utanHemligheter(uri.getPath());
            LOG.warnf("Upptagen databas vid %s: %s", vag, e.getMessage());
            return Felsvar.byggare(vag, 503, "Upptaget just nu",
                    "Tjänsten hann inte svara eftersom många arbetar samtidigt. Inget av det du skickade har sparats. "
                            + "Försök igen om en stund.", null).header("Retry-After", "2").build();
        }
        String felkod = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Oväntat fel %s vid %s", felkod, Sokvag.utanHemligheter(uri.getPath()));
        return svar(uri, 500, "Tekniskt fel",
                "Något gick fel hos oss. Inget av det du skickade har sparats. Ange felkod " + felkod
                        + " om du kontaktar support.", null);
    }

    private Response svar(UriInfo uri, int status, String rubrik, String detalj, List<Faltfel> fel) {
        granskaMisslyckande(status, detalj, fel);
        return Felsvar.svar(Sokvag.utanHemligheter(uri.getPath()), status, rubrik, detalj, fel);
    }

    /**
     * A refused change (invalid input, a conflict, a missing object) is recorded in the audit trail,
     * once per request: its own transaction has rolled back, so nothing else records it. The audit
     * trail observes {@link AvvisadBegaran} (a refused role has already been recorded by
     * sakerhet's mapper, so the observer skips it).
     */
    private void granskaMisslyckande(int status, String detalj, List<Faltfel> fel) {
        if (status < 400 || status >= 500 || status == 401) {
            return;
        }
        try {
            String metod = http.method().name();
            if (SAKRA_METODER.contains(metod)) {
                return;
            }
            String falt = fel == null || fel.isEmpty() ? ""
                    : " (" + fel.stream().map(f -> f.falt() + ": " + f.meddelande()).collect(Collectors.joining("; ")) + ")";
            avvisade.fire(new AvvisadBegaran(metod + " " + Sokvag.utanHemligheter(http.path()) + " → " + status + ": " + detalj + falt));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Kunde inte granskningslogga ett misslyckat anrop");
        }
    }

    private static String falt(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String typnamn(Class<?> typ) {
        if (Number.class.isAssignableFrom(typ) || typ == long.class || typ == int.class) {
            return "ett tal";
        }
        if (List.class.isAssignableFrom(typ) || typ.isArray()) {
            return "en lista";
        }
        if (typ == String.class) {
            return "en text";
        }
        return typ.getSimpleName();
    }

    private static String sistaLed(String sokvag) {
        int punkt = sokvag.lastIndexOf('.');
        return punkt < 0 ? sokvag : sokvag.substring(punkt + 1);
    }

    static String rubrik(int status) {
        return switch (status) {
            case 400 -> "Felaktig begäran";
            case 401 -> "Inloggning krävs";
            case 403 -> "Åtkomst nekad";
            case 404 -> "Sidan finns inte";
            case 405 -> "Metoden stöds inte";
            case 406 -> "Formatet kan inte levereras";
            case 409 -> "Konflikt";
            case 413 -> "För stor begäran";
            case 415 -> "Medietypen stöds inte";
            default -> "Fel " + status;
        };
    }

    static String beskrivning(int status) {
        return switch (status) {
            case 400 -> "Begäran kunde inte tolkas. Kontrollera uppgifterna och försök igen.";
            case 404 -> "Det du letar efter finns inte. Kontrollera adressen.";
            case 405 -> "Den här adressen tar inte emot den sortens begäran.";
            case 406 -> "Det begärda svarsformatet stöds inte.";
            case 413 -> "Begäran är för stor.";
            case 415 -> "Innehållets medietyp stöds inte här. Skicka application/json, eller multipart/form-data för filer.";
            default -> "Begäran kunde inte genomföras.";
        };
    }
}
