package se.remiss.sakerhet;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.remiss.anvandare.Anvandare;
import se.remiss.granskning.Aktor;
import se.remiss.granskning.Begaransgranskning;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.plattform.Felsvar;
import se.remiss.plattform.Sokvag;

/**
 * The answers to "not logged in" and "your role may not": they belong to the security model (the
 * login page, the lock-out, the audit record of a refused role), so they live here rather than in
 * {@code plattform}'s general error mapping.
 */
public class Behorighetsfel {

    private static final Logger LOG = Logger.getLogger(Behorighetsfel.class);

    @Inject
    Granskning granskning;

    @Inject
    Begaransgranskning begaransgranskning;

    @Inject
    CurrentVertxRequest vertx;

    /** Not logged in (or wrong password for HTTP Basic): the API asks for credentials, pages send to login. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response inteInloggad(RuntimeException fel, UriInfo uri, Request begaran) {
        Throwable e = fel;
        while (e.getCause() != null && !(e instanceof InloggningNekad)) {
            e = e.getCause();
        }
        if (e instanceof InloggningNekad.Sparrad sparrad) {
            return Felsvar.byggare(uri.getPath(), 429, "För många försök", sparrad.getMessage(), null)
                    .header("Retry-After", sparrad.sekunder()).build();
        }
        if (Felsvar.arApi(uri.getPath())) {
            String detalj = e instanceof InloggningNekad ? e.getMessage()
                    : "Logga in med HTTP Basic (användarnamn och lösenord) för att använda API:t.";
            return Felsvar.byggare(uri.getPath(), 401, "Inloggning krävs", detalj, null)
                    .header("WWW-Authenticate", "Basic realm=\"Remiss\", charset=\"UTF-8\"").build();
        }
        String till = "GET".equals(begaran.getMethod()) ? uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()) : "/";
        return Response.seeOther(UriBuilder.fromPath("/logga-in").queryParam("till", till).build()).build();
    }

    @ServerExceptionMapper
    public Response nekad(ForbiddenException e, UriInfo uri, Request begaran) {
        // The identity is already resolved here (the role check needed it); read without blocking.
        String anvandare = vertx.getCurrent() != null && vertx.getCurrent().user() instanceof QuarkusHttpUser u
                ? u.getSecurityIdentity().getPrincipal().getName() : "anonym";
        nekatAvRoll(Handelse.av("ATKOMST_NEKAD", null, null)
                .beskrivning(begaran.getMethod() + " " + Sokvag.utanHemligheter(uri.getPath()) + ": rollen saknar behörighet"), anvandare);
        begaransgranskning.markera();
        return Felsvar.svar(uri.getPath(), 403, "Åtkomst nekad", "Din roll ger inte behörighet till det här.", null);
    }

    /**
     * Quarkus makes the role check on the event loop, where the database must not be touched, so a
     * worker writes the event (and finds the user's organisation itself).
     */
    private void nekatAvRoll(Handelse h, String anvandarnamn) {
        if (!Context.isOnEventLoopThread()) {
            granskning.nekat(h);
            return;
        }
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                Long organisation = QuarkusTransaction.requiringNew().call(() -> Anvandare.medAnvandarnamn(anvandarnamn)
                        .map(a -> a.organisation.kansli().id).orElse(null));
                granskning.nekat(h, new Aktor(anvandarnamn, organisation));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Kunde inte granskningslogga nekad åtkomst för %s", anvandarnamn);
            }
        });
    }
}
