package se.remiss.sakerhet;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import se.remiss.anvandare.Anvandare;
import se.remiss.organisation.Organisation;

/**
 * The person behind the current request and the organisation whose work they may see. A nämnd and
 * its förvaltning are one access unit: {@link #organisation()} is the förvaltning (its kansli).
 * Named so that the layout can show who is logged in ({@code inject:inloggad}).
 */
@RequestScoped
@Named("inloggad")
public class Inloggad {

    @Inject
    SecurityIdentity identitet;

    private Anvandare anvandare;

    public boolean arInloggad() {
        return !identitet.isAnonymous();
    }

    /** The logged-in user; an anonymous request gets 401. */
    public Anvandare anvandare() {
        if (anvandare == null) {
            Long id = identitet.isAnonymous() ? null : identitet.getAttribute(Inloggning.ANVANDARE_ID);
            if (id == null) {
                throw new UnauthorizedException();
            }
            anvandare = Anvandare.findById(id);
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
        return identitet.hasRole(roll);
    }

    /** Name and organisation for the page header; empty when nobody is logged in. */
    public String namn() {
        String namn = identitet.isAnonymous() ? null : identitet.getAttribute(Inloggning.NAMN);
        return namn == null ? "" : namn;
    }

    /** The form token of this session (empty for API clients and anonymous visitors). */
    public String csrf() {
        String token = identitet.isAnonymous() ? null : identitet.getAttribute(Inloggning.CSRF);
        return token == null ? "" : token;
    }
}
