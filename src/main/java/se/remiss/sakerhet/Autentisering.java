package se.remiss.sakerhet;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The one way into the application: HTTP Basic (API clients) or the session cookie set by the
 * login page (people). A request with neither is anonymous; whether that is enough is decided by
 * each endpoint's annotation. A session cookie that has ended counts as no cookie.
 */
@ApplicationScoped
public class Autentisering implements HttpAuthenticationMechanism {

    public static final String SESSIONSKAKA = "remiss-session";
    /** Attribute of a Basic request: the client's address, for throttling per (name, address). */
    static final String KLIENTADRESS = "remiss.klientadress";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identiteter) {
        String auth = context.request().getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6) && basicGaller(context)) {
            UsernamePasswordAuthenticationRequest begaran = basic(auth.substring(6).trim());
            if (begaran == null) {
                return Uni.createFrom().failure(new AuthenticationFailedException("Felaktigt Authorization-huvud."));
            }
            begaran.setAttribute(KLIENTADRESS, klientadress(context.request()));
            return identiteter.authenticate(begaran);
        }
        Cookie kaka = context.request().getCookie(SESSIONSKAKA);
        if (kaka != null && !kaka.getValue().isBlank()) {
            return identiteter.authenticate(new SessionBegaran(kaka.getValue()))
                    .onFailure().recoverWithNull();
        }
        return Uni.createFrom().nullItem();
    }

    /**
     * HTTP Basic is for API clients. A browser that once answered the API's Basic prompt sends those
     * credentials to every page of the site, also when a foreign page makes it post a form here; so
     * pages (everything outside /api) ignore Basic from a browser – recognised by the Origin and
     * Sec-Fetch-* headers every current browser sends – and know people by their session cookie only.
     * Scripts and tests without those headers may still read and post pages with Basic: no browser, no
     * cross-site request. The API's own cross-site checks are in {@link CsrfSkydd}.
     */
    private static boolean basicGaller(RoutingContext context) {
        if (context.normalizedPath().startsWith("/api/") || context.normalizedPath().equals("/api")) {
            return true;
        }
        HttpServerRequest r = context.request();
        return r.getHeader("Origin") == null && r.getHeader("Sec-Fetch-Site") == null
                && r.getHeader("Sec-Fetch-Mode") == null && r.getHeader("Sec-Fetch-Dest") == null;
    }

    /** The client's address (behind a proxy: what Quarkus's proxy settings make of X-Forwarded-For). */
    static String klientadress(HttpServerRequest r) {
        return r.remoteAddress() == null ? null : r.remoteAddress().hostAddress();
    }

    private static UsernamePasswordAuthenticationRequest basic(String kodat) {
        String avkodat;
        try {
            avkodat = new String(Base64.getDecoder().decode(kodat), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int kolon = avkodat.indexOf(':');
        if (kolon <= 0) {
            return null;
        }
        return new UsernamePasswordAuthenticationRequest(avkodat.substring(0, kolon),
                new PasswordCredential(avkodat.substring(kolon + 1).toCharArray()));
    }

    /**
     * Only reached for routes outside our JAX-RS resources (JAX-RS answers 401 itself, see
     * Behorighetsfel): the API asks for Basic, pages send people to the login page.
     */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (context.normalizedPath().startsWith("/api")) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"Remiss\", charset=\"UTF-8\""));
        }
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/logga-in"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, SessionBegaran.class);
    }
}
