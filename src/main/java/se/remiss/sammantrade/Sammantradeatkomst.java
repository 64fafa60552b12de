package se.remiss.sammantrade;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import se.remiss.organisation.Organisation;
import se.remiss.organisation.OrganisationTyp;
import se.remiss.plattform.Antal;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Valideringsfel;
import se.remiss.sakerhet.Atkomst;

/**
 * Object-level access to meetings: a meeting belongs to its nämnd's access unit (the nämnd and the
 * förvaltning serving it); another unit's meeting answers 404 and the refusal is recorded.
 */
@RequestScoped
public class Sammantradeatkomst {

    @Inject
    Atkomst atkomst;

    public Sammantrade sammantrade(long id) {
        Sammantrade s = Sammantrade.hamta(id).orElseThrow(Sammantradeatkomst::saknas);
        if (!atkomst.ager(s.namnd)) {
            throw atkomst.nekad("Sammantrade", id, saknas());
        }
        return s;
    }

    /**
     * The check of {@link #sammantrade} without loading the meeting into this request's persistence
     * context: a service changes it in its own transaction, and the answer must not show a stale copy.
     */
    public void kontrollera(long id) {
        long antal = Antal.av(Sammantrade.class, "id = ?1 and (namnd.id = ?2 or namnd.forvaltning.id = ?2)", id, atkomst.enhetsId());
        if (antal == 0) {
            throw Antal.av(Sammantrade.class, "id = ?1", id) > 0 ? atkomst.nekad("Sammantrade", id, saknas()) : saknas();
        }
    }

    /** The bodies of the user's unit that hold meetings: every organisation in it but the förvaltning. */
    public List<Organisation> egnaNamnder() {
        return atkomst.enhet().enhetensOrganisationer().stream().filter(o -> o.typ != OrganisationTyp.FORVALTNING)
                .toList();
    }

    /**
     * The nämnd a request concerns: {@code id} when given (it must be one of the unit's), otherwise the
     * unit's only one. A unit with several must choose.
     */
    public Organisation namnd(Long id) {
        List<Organisation> egna = egnaNamnder();
        if (id != null) {
            Organisation o = Organisation.findById(id);
            if (o == null) {
                throw new HittasInte("Nämnden finns inte.");
            }
            if (!atkomst.ager(o)) {
                throw atkomst.nekad("Organisation", id, new HittasInte("Nämnden finns inte."));
            }
            if (!egna.contains(o)) {
                throw Valideringsfel.av("namnd", o.namn + " är en förvaltning; välj nämnden den betjänar.");
            }
            return o;
        }
        if (egna.size() == 1) {
            return egna.get(0);
        }
        throw Valideringsfel.av("namnd", egna.isEmpty() ? "Din organisation har ingen nämnd." : "Välj nämnd.");
    }

    /** A membership of a nämnd of the user's unit; another unit's answers 404. */
    public Namndledamot ledamot(long id) {
        Namndledamot l = Namndledamot.<Namndledamot>findByIdOptional(id)
                .orElseThrow(() -> new HittasInte("Ledamoten finns inte."));
        if (!atkomst.ager(l.namnd)) {
            throw atkomst.nekad("Namndledamot", id, new HittasInte("Ledamoten finns inte."));
        }
        return l;
    }

    private static HittasInte saknas() {
        return new HittasInte("Sammanträdet finns inte.");
    }
}
