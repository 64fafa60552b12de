package se.remiss.remiss;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.remiss.plattform.Talformat;

/**
 * When an answer (the office's statement or the nämnd's protokollsutdrag) arrived against its
 * deadline: on time, or N days late.
 */
public record Svarstid(LocalDate inkommet, LocalDate frist) {

    /** Days after the deadline; 0 when on time (or no deadline). */
    public long dagarSent() {
        return frist == null || !inkommet.isAfter(frist) ? 0 : ChronoUnit.DAYS.between(frist, inkommet);
    }

    public boolean iTid() {
        return dagarSent() == 0;
    }

    /** "i tid", "1 dag sent", "3 dagar sent", "7 559 dagar sent" (grouped as every count, {@link Talformat}). */
    public String text() {
        long d = dagarSent();
        return d == 0 ? "i tid" : d == 1 ? "1 dag sent" : Talformat.svenskt(d) + " dagar sent";
    }
}
