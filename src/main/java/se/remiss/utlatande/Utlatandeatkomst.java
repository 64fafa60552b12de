package se.remiss.utlatande;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import se.remiss.anvandare.Anvandare;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Antal;
import se.remiss.plattform.HittasInte;
import se.remiss.sakerhet.Atkomst;
import se.remiss.sakerhet.Inloggad;

/**
 * The one place that decides whose drafts the caller may see and who is acting. A draft belongs to
 * the access unit of the deciding body (a nämnd and its förvaltning are one unit); another
 * organisation's draft answers 404 as if it did not exist – even to the remiss's sender, since a
 * draft is the recipient's own work until it is sent.
 */
@RequestScoped
public class Utlatandeatkomst {

    @Inject
    Inloggad inloggad;

    @Inject
    Atkomst atkomst;

    /** The draft, if the caller may see it. */
    public Utlatande hamta(String uid) {
        return kontrollerad(Utlatande.medUid(uid).orElseThrow(Utlatandeatkomst::finnsInte));
    }

    /** The draft locked for a change, if the caller may see it. */
    public Utlatande hamtaForAndring(String uid) {
        return kontrollerad(Utlatande.medUidForAndring(uid).orElseThrow(Utlatandeatkomst::finnsInte));
    }

    /** Another unit's draft is recorded as a refused access and answers like a missing one. */
    private Utlatande kontrollerad(Utlatande u) {
        if (!far(u.organisation)) {
            throw atkomst.nekad("Utlatande", u.id, finnsInte());
        }
        return u;
    }

    /**
     * The check of {@link #hamta} without loading the draft into this request's persistence context:
     * a resource that changes the draft through the service (its own transaction) and then answers
     * with the new state must not find a stale copy here. Runs before the body is validated, so
     * another organisation learns nothing from the messages.
     */
    public void kontrollera(String uid) {
        long egna = Antal.av(Utlatande.class, "uid = ?1 and (organisation.id = ?2 or organisation.forvaltning.id = ?2)", uid,
                inloggad.organisation().id);
        if (egna == 0) {
            List<Long> id = Utlatande.getEntityManager()
                    .createQuery("select u.id from Utlatande u where u.uid = :uid", Long.class)
                    .setParameter("uid", uid).getResultList();
            throw id.isEmpty() ? finnsInte() : atkomst.nekad("Utlatande", id.get(0), finnsInte());
        }
    }

    /** Whether the caller may see and write drafts of {@code agare}. */
    public boolean far(Organisation agare) {
        return inloggad.ager(agare);
    }

    /**
     * Whether the caller may write drafts for a case of {@code agare}; a case of another unit
     * (named by an id in a body or a query) is recorded as a refused access.
     */
    public boolean farFall(Organisation agare, String objekttyp, long id) {
        if (far(agare)) {
            return true;
        }
        atkomst.registreraNekad(objekttyp, id);
        return false;
    }

    /** The person acting, for "saved by". */
    public Anvandare vem() {
        return inloggad.anvandare();
    }

    static HittasInte finnsInte() {
        return new HittasInte("Utlåtandet finns inte.");
    }
}
