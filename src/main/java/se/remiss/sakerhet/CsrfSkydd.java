package se.remiss.sakerhet;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
 * scripts in the header {@value #HUVUD}. API clients using HTTP Basic carry no session and no token;
 * what protects them from cross-site requests is {@link #basicKorsplats}. The login form, which has
 * no session yet, uses a double-submit cookie ({@value #INLOGGNINGSKAKA}).
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
                return basicKorsplats(begaran); // HTTP Basic: no session, no token – see below
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

    /**
     * A change authenticated with HTTP Basic. API clients send no cookie, but a browser that once
     * answered the API's Basic prompt sends the cached credentials with every request to this site –
     * also when a foreign page makes it post. So: a browser saying the request comes from another site
     * ({@code Sec-Fetch-Site}, or an {@code Origin} that is not this host) is refused (403), and the
     * API takes no body a foreign page can send without asking first – a form
     * (application/x-www-form-urlencoded) or a text/plain body (415); JSON needs the browser's CORS
     * preflight, which this site never grants. An empty POST is what HTTP clients send for a bodyless
     * action, labelled with one of those types (REST Assured does), so it is not refused for its type;
     * like multipart uploads it rests on the first check, which every current browser's request meets.
     */
    private static Response basicKorsplats(ResteasyReactiveContainerRequestContext begaran) {
        String sokvag = begaran.getUriInfo().getPath();
        String plats = begaran.getHeaderString("Sec-Fetch-Site");
        String ursprung = begaran.getHeaderString("Origin");
        boolean frammande = plats != null && !plats.equalsIgnoreCase("same-origin") && !plats.equalsIgnoreCase("none");
        if (frammande || ursprung != null && !sammaVard(ursprung, begaran)) {
            return Felsvar.svar(sokvag, 403, "Anrop från en annan webbplats",
                    "Ändringar tas bara emot från Remiss egna sidor eller från API-klienter, inte från en annan webbplats.", null);
        }
        MediaType typ = begaran.getMediaType();
        boolean kropp = begaran.getLength() > 0 || begaran.getLength() < 0 && begaran.getHeaderString("Transfer-Encoding") != null;
        if (Felsvar.arApi(sokvag) && typ != null && kropp && (typ.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || "text".equalsIgnoreCase(typ.getType()))) {
            return Felsvar.svar(sokvag, 415, "Fel innehållstyp", "API-anrop som ändrar något skickas som application/json"
                    + " (filer som multipart/form-data), inte som formulär eller text.", null);
        }
        return null;
    }

    /** The Origin's host is the one this request was sent to (the Host header, or the proxy's forwarded host). */
    private static boolean sammaVard(String ursprung, ResteasyReactiveContainerRequestContext begaran) {
        try {
            String vard = URI.create(ursprung.strip()).getHost();
            return vard != null && vard.equalsIgnoreCase(begaran.getUriInfo().getBaseUri().getHost());
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed or file page) or garbage
        }
    }

    private static boolean lika(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
