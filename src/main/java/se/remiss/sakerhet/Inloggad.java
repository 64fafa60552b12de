package se.remiss.sakerhet;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import se.remiss.anvandare.AktuellAnvandare;
import se.remiss.anvandare.Anvandare;
import se.remiss.organisation.Organisation;

/**
 * The person behind the current request and the organisation whose work they may see. A nämnd and
 * its förvaltning are one access unit: {@link #organisation()} is the förvaltning (its kansli).
 * Named so that the layout can show who is logged in ({@code inject:inloggad}).
 */
@RequestScoped
@Named("inloggad")
public class Inloggad implements AktuellAnvandare {

    @Inject
    SecurityIdentity identitet;

    private Anvandare anvandare;

    /**
     * False on the event loop: there (e.g. the 404 page of an unknown address) resolving the
     * identity would block, and such pages show nothing that needs a user.
     */
    public boolean arInloggad() {
        return !Context.isOnEventLoopThread() && !identitet.isAnonymous();
    }

    /** The logged-in user; an anonymous request gets 401. */
    @Override
    public Anvandare anvandare() {
        if (anvandare == null) {
            Long id = identitet.isAnonymous() ? null : identitet.getAttribute(Inloggning.ANVANDARE_ID);
            if (id == null) {
                throw new UnauthorizedException();
            }
            anvandare = Anvandare.medOrganisation(id);
            if (anvandare == null) {
                throw new UnauthorizedException();
            }
        }
        return anvandare;
    }

    /** The user's access unit (the förvaltning of a nämnd, otherwise the organisation itself). */
    public Organisation organisation() {
        return anvandare().organisation.kansli();
    }

    /** Whether {@code o} belongs to the user's access unit. */
    public boolean ager(Organisation o) {
        return o != null && Objects.equals(o.kansli().id, organisation().id);
    }

    public boolean harRoll(String roll) {
        return arInloggad() && identitet.hasRole(roll);
    }

    /** Name and organisation for the page header; empty when nobody is logged in. */
    public String namn() {
        String namn = !arInloggad() ? null : identitet.getAttribute(Inloggning.NAMN);
        return namn == null ? "" : namn;
    }

    /**
     * Identifies this login session for what must stay within it (e.g. a receipt for an uploaded
     * file), without being a credential: the session's id (itself the SHA-256 of the cookie's token),
     * or for a session of the identity provider a hash of its form token. Null for API clients.
     */
    public String sessionsnyckel() {
        if (!arInloggad()) {
            return null;
        }
        String session = identitet.getAttribute(Inloggning.SESSION);
        if (session != null) {
            return session;
        }
        String csrf = identitet.getAttribute(Inloggning.CSRF);
        return csrf == null ? null : Inloggning.sha256("csrf:" + csrf);
    }

    /** The form token of this session (empty for API clients and anonymous visitors). */
    public String csrf() {
        String token = !arInloggad() ? null : identitet.getAttribute(Inloggning.CSRF);
        return token == null ? "" : token;
    }
}
