package se.remiss.sakerhet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.remiss.anvandare.Anvandare;
import se.remiss.granskning.Begaransgranskning;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.HittasInte;

/**
 * Object-level access, the general rule: a user works within their organisation's access unit, and
 * another organisation's object answers exactly like one that does not exist (404), with the refusal
 * recorded. Each feature applies the rule to its own objects (e.g. {@code diarium.Arendeatkomst},
 * {@code remiss.Remissatkomst}), since this package sits below them.
 */
@RequestScoped
@Named("atkomst")
public class Atkomst {

    @Inject
    Inloggad inloggad;

    @Inject
    Granskning granskning;

    @Inject
    Begaransgranskning begaransgranskning;

    public Organisation enhet() {
        return inloggad.organisation();
    }

    public Long enhetsId() {
        return enhet().id;
    }

    public boolean ager(Organisation o) {
        return inloggad.ager(o);
    }

    /**
     * Records a refused access to an object that exists but is not the user's organisation's, and
     * returns the "not found" to throw: the answer is the same as for an object that does not exist.
     */
    public HittasInte nekad(String objekttyp, long id, HittasInte svar) {
        registreraNekad(objekttyp, id);
        return svar;
    }

    /** Records a refused access where the answer is not a 404 (e.g. a field error that names nobody). */
    public void registreraNekad(String objekttyp, long id) {
        granskning.nekat(Handelse.av("ATKOMST_NEKAD", objekttyp, id).beskrivning("Annan organisations objekt"));
        begaransgranskning.markera();
    }

    /** An organisation id given as a filter: it must be within the user's own access unit. */
    public Organisation egenOrganisation(Long id) {
        if (id == null) {
            return enhet();
        }
        Organisation o = Organisation.findById(id);
        if (o == null) {
            throw new HittasInte("Organisationen finns inte.");
        }
        if (!ager(o)) {
            throw nekad("Organisation", id, new HittasInte("Organisationen finns inte."));
        }
        return o;
    }

    /** A person of the user's own unit (e.g. a colleague's "Mina ärenden"); another unit's answers 404. */
    public Anvandare kollega(long id) {
        Anvandare a = Anvandare.findById(id);
        if (a == null) {
            throw new HittasInte("Personen finns inte.");
        }
        if (!ager(a.organisation)) {
            throw nekad("Anvandare", id, new HittasInte("Personen finns inte."));
        }
        return a;
    }
}
