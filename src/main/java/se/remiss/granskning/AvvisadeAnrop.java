package se.remiss.granskning;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import se.remiss.plattform.Problem;
import se.remiss.plattform.Sokvag;

/**
 * The audit trail's net under every refused change. The error mappers record what they map, but a
 * form page that answers its own validation errors with 400, a refused CSRF token or any other
 * refusal that bypasses them would leave no trace: here, any unsafe request answered with an error
 * that has not been recorded yet gets one event (NEKAD for 403, MISSLYCKADES otherwise).
 */
public class AvvisadeAnrop {

    private static final Logger LOG = Logger.getLogger(AvvisadeAnrop.class);
    private static final Set<String> SAKRA = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Pattern REMISS = Pattern.compile("^/(?:api/)?remisser/(\\d{1,18})(?:/|$)");

    @Inject
    Granskning granskning;

    @Inject
    Begaransgranskning begaransgranskning;

    @Inject
    CurrentVertxRequest vertx;

    @ServerResponseFilter
    public Uni<Void> granska(ContainerRequestContext begaran, ContainerResponseContext svar) {
        int status = svar.getStatus();
        // 401: nobody to name; a wrong password is recorded by the login itself.
        if (status < 400 || status == 401 || SAKRA.contains(begaran.getMethod()) || begaransgranskning.loggad()) {
            return Uni.createFrom().voidItem();
        }
        begaransgranskning.markera();
        String sokvag = Sokvag.utanHemligheter("/" + begaran.getUriInfo().getPath().replaceFirst("^/", ""));
        Handelse h = Handelse.av(status == 403 ? "ATKOMST_NEKAD" : "ANROP_MISSLYCKADES", null, null)
                .remiss(remiss(sokvag)).beskrivning(begaran.getMethod() + " " + sokvag + " → " + status + orsak(svar));
        if (!Context.isOnEventLoopThread()) {
            skriv(h, status, Granskning.aktor());
            return Uni.createFrom().voidItem();
        }
        Aktor aktor = aktorUtanAttBlockera();
        // Refusals before the resource (e.g. CSRF) may be answered on the event loop, where the
        // database must not be used: a worker writes, and the answer waits for it.
        return Uni.createFrom().item(() -> {
            skriv(h, status, aktor);
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private void skriv(Handelse h, int status, Aktor aktor) {
        try {
            if (status == 403) {
                granskning.nekat(h, aktor);
            } else {
                granskning.misslyckat(h, aktor);
            }
        } catch (RuntimeException e) {
            // The answer stands even if the record cannot be written; the log says what is missing.
            LOG.errorf(e, "Kunde inte granskningslogga: %s", h.beskrivning());
        }
    }

    /** The identity as authentication left it on the request: on the event loop nothing may wait for it. */
    private Aktor aktorUtanAttBlockera() {
        return vertx.getCurrent() != null && vertx.getCurrent().user() instanceof QuarkusHttpUser u
                ? Aktor.av(u.getSecurityIdentity()) : Aktor.ANONYM;
    }

    private static Long remiss(String sokvag) {
        Matcher m = REMISS.matcher(sokvag);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    /** The problem's own words when the answer is problem+json; a page's status says enough. */
    private static String orsak(ContainerResponseContext svar) {
        if (!(svar.getEntity() instanceof Problem p)) {
            return "";
        }
        String falt = p.invalidParams() == null ? "" : p.invalidParams().stream()
                .map(f -> f.name() + ": " + f.reason()).collect(Collectors.joining("; ", " (", ")"));
        return ": " + p.detail() + falt;
    }
}
