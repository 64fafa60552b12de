package se.remiss.remiss;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import se.remiss.organisation.Organisation;

/**
 * Planning a received remiss from the recipient's meeting calendar. Owned here because the
 * recipient's and sender's pages show it; implemented by {@code sammantrade}, which sits above this
 * package.
 */
public interface Namndplanering {

    /**
     * The plan of one recipient: the meeting that can decide before the nämndprotokoll deadline
     * (null: none), the last day for items to reach it, the day the tjänsteutlåtande must be approved,
     * and the warning when no meeting lies between the two deadlines (null: none).
     */
    record Plan(LocalDate sammantrade, String plats, LocalDate sistaDagArenden, LocalDate godkannasSenast,
            String varning) {

        public boolean harSammantrade() {
            return sammantrade != null;
        }
    }

    /** Empty when the recipient keeps no meeting calendar here (a company, an office). */
    Optional<Plan> plan(Organisation mottagare, LocalDate kontorsfrist, LocalDate protokollfrist);

    default Optional<Plan> plan(Remissmottagare m) {
        return plan(m.organisation, m.sistaDagKontorsutlatande, m.sistaDagNamndprotokoll);
    }

    /**
     * The plans of a page of recipients by recipient id (no entry: no plan), with the meetings and
     * rules of all their nämnder read at once: a list page must not cost a query per row.
     */
    Map<Long, Plan> planer(Collection<Remissmottagare> mottagare);

    /** For pages ({@code inject:namndplanering.planering(m)}): the plan, or null. */
    default Plan planering(Remissmottagare m) {
        return plan(m).orElse(null);
    }

    /** "Vantörs stadsdelsnämnd har inget sammanträde mellan 27 mars och 30 mars." – or empty. */
    default Optional<String> varning(Organisation mottagare, LocalDate kontorsfrist, LocalDate protokollfrist) {
        return plan(mottagare, kontorsfrist, protokollfrist).map(Plan::varning);
    }
}
