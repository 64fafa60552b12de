package se.remiss.sammantrade;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.remiss.kalender.SvenskKalender;

/**
 * The dates of the committee's year, computed from the Swedish working-day calendar (lag 1930:173
 * om beräkning av lagstadgad tid) and kommunallagen (2017:725). Pure: no database, no clock; every
 * "today" is an argument. Used for planning a received remiss and for the protokoll's justering,
 * notice and appeal period.
 */
public class Sammantradesplanering {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAG_MANAD = DateTimeFormatter.ofPattern("d MMMM", SVENSKA);
    private static final DateTimeFormatter DAG_MANAD_AR = DateTimeFormatter.ofPattern("d MMMM uuuu", SVENSKA);

    /** KL 8 kap. 12 §: the protokoll is adjusted at the latest 14 days after the meeting. */
    public static final int JUSTERINGSDAGAR = 14;
    /** From this day after the meeting an unadjusted protokoll is warned about. */
    public static final int JUSTERINGSVARNING_DAG = 10;
    /** KL 8 kap. 12 §: the notice goes up at the latest the second day after justering. */
    public static final int ANSLAG_DAGAR_EFTER_JUSTERING = 2;
    /** KL 13 kap. 5 §: an appeal (laglighetsprövning) within three weeks from the day of the notice. */
    public static final int OVERKLAGANDE_VECKOR = 3;

    private final SvenskKalender kalender;

    public Sammantradesplanering(SvenskKalender kalender) {
        this.kalender = Objects.requireNonNull(kalender, "kalender");
    }

    /** A meeting as planning sees it. */
    public record Mote(long id, LocalDate datum, LocalDate sistaDagArenden) {
    }

    /**
     * The plan for one received remiss: the meeting that can decide before the nämndprotokoll
     * deadline (empty: none), the last day for items to reach it, the day the tjänsteutlåtande must
     * be approved, and the warning when no meeting lies between the two deadlines.
     */
    public record Plan(Optional<Mote> sammantrade, LocalDate sistaDagArenden, LocalDate godkannasSenast,
            Optional<String> varning) {

        /** Has the last day for items to reach the planned meeting passed? */
        public boolean arendedagPasserad(LocalDate idag) {
            return sistaDagArenden != null && idag.isAfter(sistaDagArenden);
        }
    }

    /** {@code dagar} working days before {@code dag} (0: {@code dag} itself, or the working day before it). */
    public LocalDate arbetsdagarFore(LocalDate dag, int dagar) {
        if (dagar < 0) {
            throw new IllegalArgumentException("dagar < 0");
        }
        LocalDate d = dag;
        while (!kalender.arArbetsdag(d)) {
            d = d.minusDays(1);
        }
        for (int i = 0; i < dagar; i++) {
            d = d.minusDays(1);
            while (!kalender.arArbetsdag(d)) {
                d = d.minusDays(1);
            }
        }
        return d;
    }

    /** Sista dag för ärenden of a meeting on {@code sammantradesdag}: {@code arendedagar} working days before. */
    public LocalDate sistaDagForArenden(LocalDate sammantradesdag, int arendedagar) {
        return arbetsdagarFore(sammantradesdag, arendedagar);
    }

    /** The day the tjänsteutlåtande must be approved to reach a meeting whose items close on {@code sistaDagArenden}. */
    public LocalDate godkannasSenast(LocalDate sistaDagArenden, int godkannandedagar) {
        return arbetsdagarFore(sistaDagArenden, godkannandedagar);
    }

    /**
     * Plans a received remiss: of the nämnd's meetings ({@code moten}, not called off) the last one on
     * or before the nämndprotokoll deadline decides, since it leaves the office the most time (an
     * earlier meeting also closes its items earlier). A nämnd with a calendar but no meeting between
     * the two deadlines (both inclusive) is warned about in the words the sender sees:
     * "Vantörs stadsdelsnämnd har inget sammanträde mellan 27 mars och 30 mars."
     * A nämnd without any meeting in its calendar gets no plan and no warning (it keeps no calendar here).
     */
    public Plan planera(String namnd, LocalDate kontorsfrist, LocalDate protokollfrist, List<Mote> moten,
            int godkannandedagar) {
        if (moten.isEmpty() || protokollfrist == null) {
            return new Plan(Optional.empty(), null, null, Optional.empty());
        }
        Optional<Mote> valt = moten.stream()
                .filter(m -> !m.datum().isAfter(protokollfrist))
                .max(Comparator.comparing(Mote::datum));
        Optional<String> varning = ingetMellan(namnd, kontorsfrist, protokollfrist, moten);
        if (valt.isEmpty()) {
            return new Plan(Optional.empty(), null, null, varning);
        }
        LocalDate arenden = valt.get().sistaDagArenden();
        return new Plan(valt, arenden, godkannasSenast(arenden, godkannandedagar), varning);
    }

    /** The warning when {@code moten} has none from {@code kontorsfrist} to {@code protokollfrist}. */
    public Optional<String> ingetMellan(String namnd, LocalDate kontorsfrist, LocalDate protokollfrist, List<Mote> moten) {
        if (moten.isEmpty() || kontorsfrist == null || protokollfrist == null) {
            return Optional.empty();
        }
        LocalDate fran = kontorsfrist.isAfter(protokollfrist) ? protokollfrist : kontorsfrist;
        boolean finns = moten.stream().anyMatch(m -> !m.datum().isBefore(fran) && !m.datum().isAfter(protokollfrist));
        if (finns) {
            return Optional.empty();
        }
        DateTimeFormatter f = fran.getYear() == protokollfrist.getYear() ? DAG_MANAD : DAG_MANAD_AR;
        return Optional.of(namnd + " har inget sammanträde mellan " + f.format(fran) + " och "
                + f.format(protokollfrist) + ".");
    }

    // ---------------------------------------------------------------------------------------------
    // After the meeting: justering, notice, appeal (kommunallagen 8 kap. 12 §, 13 kap. 5 §)

    /** The last day to adjust the protokoll: 14 days after the meeting, moved to a working day (lag 1930:173). */
    public LocalDate justeringSenast(LocalDate sammantradesdag) {
        return kalender.nastaArbetsdag(sammantradesdag.plusDays(JUSTERINGSDAGAR));
    }

    /** From this day an unadjusted protokoll is warned about: day 10 after the meeting. */
    public LocalDate justeringsvarning(LocalDate sammantradesdag) {
        return sammantradesdag.plusDays(JUSTERINGSVARNING_DAG);
    }

    /** Where the justering of a protokoll not yet adjusted stands on {@code idag}. */
    public Justeringslage justeringslage(LocalDate sammantradesdag, LocalDate idag) {
        if (idag.isAfter(justeringSenast(sammantradesdag))) {
            return Justeringslage.FORSENAD;
        }
        if (!idag.isBefore(justeringsvarning(sammantradesdag))) {
            return Justeringslage.SNART;
        }
        return Justeringslage.I_TID;
    }

    /** Justering of an unadjusted protokoll: in time, near the deadline (day 10 on), late. */
    public enum Justeringslage {
        I_TID, SNART, FORSENAD
    }

    /**
     * The last day the justering may be announced on the anslagstavla: the second day after
     * justering, moved to a working day (lag 1930:173).
     */
    public LocalDate anslagSenast(LocalDate justeringsdag) {
        return kalender.nastaArbetsdag(justeringsdag.plusDays(ANSLAG_DAGAR_EFTER_JUSTERING));
    }

    /**
     * The last day of the appeal period (laglighetsprövning): three weeks from the day of the notice,
     * moved to a working day when it ends on a free day (lag 1930:173).
     */
    public LocalDate overklagandetidSlut(LocalDate anslagsdag) {
        return kalender.nastaArbetsdag(anslagsdag.plusWeeks(OVERKLAGANDE_VECKOR));
    }

    /** The notice stays up until the appeal period has run out: it comes down the day after. */
    public LocalDate anslagNedtas(LocalDate anslagsdag) {
        return overklagandetidSlut(anslagsdag).plusDays(1);
    }
}
