package se.remiss.sakerhet;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import se.remiss.plattform.Felsvar;

/**
 * CSRF protection for everything a browser session can change. The token is bound to the server
 * side session (synchroniser token): a form carries it in the field {@value #FALT}, htmx and
 * scripts in the header {@value #HUVUD}. API clients using HTTP Basic send no cookie a foreign
 * site could ride on, so they need no token. The login form, which has no session yet, uses a
 * double-submit cookie ({@value #INLOGGNINGSKAKA}).
 */
public class CsrfSkydd {

    public static final String FALT = "csrf-token";
    public static final String HUVUD = "X-CSRF-Token";
    public static final String INLOGGNINGSKAKA = "remiss-csrf";
    static final String INLOGGNINGSSIDA = "/logga-in";

    private static final Set<String> SAKRA = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    CurrentIdentityAssociation identitet;

    @ServerRequestFilter(readBody = true)
    public Uni<Response> kontrollera(ResteasyReactiveContainerRequestContext begaran) {
        if (SAKRA.contains(begaran.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        return identitet.getDeferredIdentity()
                .onFailure().recoverWithItem((SecurityIdentity) null)
                .map(id -> granska(begaran, id));
    }

    private Response granska(ResteasyReactiveContainerRequestContext begaran, SecurityIdentity id) {
        String forvantad;
        if (id != null && !id.isAnonymous()) {
            forvantad = id.getAttribute(Inloggning.CSRF);
            if (forvantad == null) {
                return null; // HTTP Basic: not a browser session
            }
        } else if (begaran.getUriInfo().getPath().equals(INLOGGNINGSSIDA)) {
            Cookie kaka = begaran.getCookies().get(INLOGGNINGSKAKA);
            forvantad = kaka == null ? null : kaka.getValue();
        } else {
            return null; // anonymous: the endpoint's own annotation answers 401
        }
        String given = begaran.getHeaderString(HUVUD);
        if (given == null) {
            ResteasyReactiveRequestContext rr = (ResteasyReactiveRequestContext) begaran.getServerRequestContext();
            Object falt = rr.getFormParameter(FALT, true, false);
            given = falt == null ? null : falt.toString();
        }
        if (forvantad != null && !forvantad.isBlank() && given != null && lika(forvantad, given)) {
            return null;
        }
        return Felsvar.svar(begaran.getUriInfo().getPath(), 403, "Formuläret har gått ut",
                "Sidan du skickade från är för gammal eller kom inte från Remiss. Ladda om sidan och försök igen.", null);
    }

    private static boolean lika(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
