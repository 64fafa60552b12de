package se.remiss.granskning;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.remiss.granskning.Granskningshandelse.Utfall;

/**
 * The audit trail's one entrance. {@link #logga} records a change in the same transaction as the
 * change itself (both commit or neither does); {@link #misslyckat} and {@link #nekat} record
 * attempts whose own transaction rolls back, in a transaction of their own.
 */
@ApplicationScoped
public class Granskning {

    /** Attribute on the security identity: the id of the user's access unit (see Inloggning). */
    public static final String ORGANISATION = "remiss.organisation";

    @Inject
    Kedjeskrivare skrivare;

    /** A successful change, inside the change's transaction. */
    public Granskningshandelse logga(Handelse h) {
        return skrivare.iTransaktionen(h, Utfall.LYCKADES, aktor());
    }

    /** A successful change made by someone other than the request's identity (e.g. a login). */
    public Granskningshandelse logga(Handelse h, Aktor aktor) {
        return skrivare.iTransaktionen(h, Utfall.LYCKADES, aktor);
    }

    /** A refused or failed attempt: written even though the attempt's own transaction rolls back. */
    public void misslyckat(Handelse h) {
        separat(h, Utfall.MISSLYCKADES, aktor());
    }

    public void misslyckat(Handelse h, Aktor aktor) {
        separat(h, Utfall.MISSLYCKADES, aktor);
    }

    /** Access denied: a role without the right, another organisation's object, a bad CSRF token. */
    public void nekat(Handelse h) {
        separat(h, Utfall.NEKAD, aktor());
    }

    public void nekat(Handelse h, Aktor aktor) {
        separat(h, Utfall.NEKAD, aktor);
    }

    /** A read that must be recorded (a document under sekretess). */
    public void lasning(Handelse h) {
        separat(h, Utfall.LYCKADES, aktor());
    }

    private void separat(Handelse h, Utfall utfall, Aktor aktor) {
        if (Context.isOnEventLoopThread()) {
            return; // only routing failures (unknown address, wrong method) happen there: no case data involved
        }
        // A transaction that already holds the chain head would wait for itself in a new one.
        if (skrivare.transaktionenHallerKedjan()) {
            skrivare.iTransaktionen(h, utfall, aktor);
        } else {
            skrivare.separat(h, utfall, aktor);
        }
    }

    /** The request's user, "anonym" without one, "system" outside any request (start-up). */
    public static Aktor aktor() {
        if (Context.isOnEventLoopThread() || !Arc.container().requestContext().isActive()) {
            return Aktor.SYSTEM;
        }
        try {
            if (Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() == null) {
                return Aktor.SYSTEM; // not an HTTP request: start-up work such as loading the sample data
            }
            return Aktor.av(Arc.container().instance(CurrentIdentityAssociation.class).get().getIdentity());
        } catch (RuntimeException e) {
            return Aktor.SYSTEM;
        }
    }
}
