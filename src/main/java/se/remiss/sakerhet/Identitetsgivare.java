package se.remiss.sakerhet;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns credentials into identities; the database work runs on a worker thread. */
public final class Identitetsgivare {

    private Identitetsgivare() {
    }

    /** HTTP Basic for API clients: the same users and lock-out as the login page. */
    @ApplicationScoped
    public static class AvLosenord implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        @Inject
        Inloggning inloggning;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest begaran,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                try {
                    return Inloggning.identitet(inloggning.verifiera(begaran.getUsername(),
                            new String(begaran.getPassword().getPassword()),
                            begaran.getAttribute(Autentisering.KLIENTADRESS)), null);
                } catch (InloggningNekad e) {
                    throw new AuthenticationFailedException(e.getMessage(), e);
                }
            });
        }
    }

    /** The browser's session cookie. An ended or expired session is a failed authentication. */
    @ApplicationScoped
    public static class AvSession implements IdentityProvider<SessionBegaran> {

        @Inject
        Inloggning inloggning;

        @Override
        public Class<SessionBegaran> getRequestType() {
            return SessionBegaran.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(SessionBegaran begaran, AuthenticationRequestContext context) {
            return context.runBlocking(() -> inloggning.session(begaran.token())
                    .orElseThrow(() -> new AuthenticationFailedException("Sessionen har avslutats eller gått ut.")));
        }
    }
}
