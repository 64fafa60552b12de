package se.remiss.sakerhet;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Connects a person authenticated by the municipality's identity provider (OIDC, off by default)
 * to Remiss's own user register: the IdP tells who they are, the register their organisation and
 * roles (a token's own roles or groups are ignored). Someone the register does not know, or has
 * deactivated, is not let in.
 */
@ApplicationScoped
public class OidcKoppling implements SecurityIdentityAugmentor {

    @Inject
    Inloggning inloggning;

    @ConfigProperty(name = "quarkus.oidc.application-type", defaultValue = "service")
    String applikationstyp;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identitet, AuthenticationRequestContext context) {
        if (identitet.isAnonymous() || !(identitet.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identitet);
        }
        // A browser session (web-app) rides on a cookie, so its forms need a CSRF token: derived from
        // the session's own ID token, which only the browser holding the session cookie has.
        String csrf = "web-app".equals(applikationstyp) ? Inloggning.sha256("csrf:" + token.getRawToken()) : null;
        return context.runBlocking(() -> inloggning.franIdentitetsgivare(token.getName(), csrf)
                .orElseThrow(() -> new AuthenticationFailedException(
                        "Användaren finns inte i Remiss eller är inaktiverad: " + token.getName())));
    }
}
