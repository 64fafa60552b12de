package se.remiss.kalenderflode;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A calendar client's address: the token is the credential, so the route is open to anyone and
 * answers 404 alike for an unknown, revoked or malformed token. The token is never logged: errors
 * here are answered without the address (see {@code plattform.Sokvag} for the other logs).
 */
@Path("/kalender")
public class FlodeResource {

    static final String ICS = "text/calendar; charset=utf-8";

    @Inject
    Kalenderfloden floden;

    @GET
    @Path("{token}.ics")
    @PermitAll
    public Response flode(@RestPath String token, UriInfo uri) {
        return floden.flode(token, uri.getBaseUri().toString())
                .map(text -> Response.ok(text, ICS).header("Cache-Control", "private, no-store")
                        .header("Referrer-Policy", "no-referrer").build())
                .orElseGet(FlodeResource::saknas);
    }

    private static Response saknas() {
        return Response.status(404).type("text/plain; charset=utf-8").entity("Kalendern finns inte.").build();
    }

    /** Whatever goes wrong reading a feed, the answer names no address (which holds the token). */
    @ServerExceptionMapper
    public Response fel(RuntimeException e) {
        return Response.status(503).type("text/plain; charset=utf-8").entity("Kalendern kan inte visas just nu.").build();
    }
}
