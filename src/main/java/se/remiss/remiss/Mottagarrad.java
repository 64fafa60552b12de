package se.remiss.remiss;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of Inkomna, Mina ärenden and the sender's recipient matrix: the recipient, its deadline state
 * today and its meeting plan (null: none, or not read for this page). The tables read all three from the
 * row itself rather than from {@code let} sections or page-level names: Qute looks a name up scope by
 * scope, and every scope that lacks it costs a pass over all value resolvers (about 130), which for a
 * row's twenty references was a fifth of Inkomna's CPU.
 */
public record Mottagarrad(Remissmottagare m, Frist frist, Namndplanering.Plan plan) {

    public static List<Mottagarrad> av(List<Remissmottagare> mottagare, LocalDate idag,
            Map<Long, Namndplanering.Plan> planer) {
        return mottagare.stream().map(m -> new Mottagarrad(m, m.frist(idag), planer.get(m.id))).toList();
    }

    /** Whether the time to appeal the recipient's decision runs today (the day the row's deadlines were read for). */
    public boolean overklagandetidLoper() {
        return m.overklagandetidLoper(frist.idag());
    }
}
