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

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identiteter) {
        String auth = context.request().getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordAuthenticationRequest begaran = basic(auth.substring(6).trim());
            if (begaran == null) {
                return Uni.createFrom().failure(new AuthenticationFailedException("Felaktigt Authorization-huvud."));
            }
            return identiteter.authenticate(begaran);
        }
        Cookie kaka = context.request().getCookie(SESSIONSKAKA);
        if (kaka != null && !kaka.getValue().isBlank()) {
            return identiteter.authenticate(new SessionBegaran(kaka.getValue()))
                    .onFailure().recoverWithNull();
        }
        return Uni.createFrom().nullItem();
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
