package se.remiss.utlatande;

import jakarta.enterprise.context.RequestScoped;
import se.remiss.anvandare.Anvandare;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.HittasInte;

/**
 * The one place that decides whose drafts the caller may see and who is acting. A draft belongs to
 * the access unit of the deciding body (a nämnd and its förvaltning are one unit); another
 * organisation's draft answers 404 as if it did not exist.
 *
 * <p>Until login exists (issue 3) everyone may see everything and nobody is named; this class is
 * where the logged-in user's organisation will be compared.
 */
@RequestScoped
public class Utlatandeatkomst {

    /** The draft, if the caller may see it. */
    public Utlatande hamta(String uid) {
        Utlatande u = Utlatande.medUid(uid).orElseThrow(Utlatandeatkomst::finnsInte);
        kontrollera(u.organisation);
        return u;
    }

    /** The draft locked for a change, if the caller may see it. */
    public Utlatande hamtaForAndring(String uid) {
        Utlatande u = Utlatande.medUidForAndring(uid).orElseThrow(Utlatandeatkomst::finnsInte);
        kontrollera(u.organisation);
        return u;
    }

    /** Throws 404 unless {@code agare} belongs to the caller's access unit. */
    public void kontrollera(Organisation agare) {
        if (!far(agare)) {
            throw finnsInte();
        }
    }

    /** Whether the caller may see and write drafts of {@code agare}. */
    public boolean far(Organisation agare) {
        return agare != null;
    }

    /** The person acting, for "saved by"; null while nobody logs in. */
    public Anvandare vem() {
        return null;
    }

    static HittasInte finnsInte() {
        return new HittasInte("Utlåtandet finns inte.");
    }
}
