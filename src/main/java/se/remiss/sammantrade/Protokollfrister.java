package se.remiss.sammantrade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.remiss.kalender.SvenskKalender;

/**
 * The protokoll's dates (kommunallagen 2017:725): justering within 14 days of the meeting (warned
 * from day 10), the notice on the anslagstavla at the latest the second day after justering – here
 * the day of justering itself – and the appeal period (laglighetsprövning, 13 kap. 5 §) of three
 * weeks from the day of the notice, its last day moved to the next working day (lag 1930:173).
 */
@ApplicationScoped
public class Protokollfrister {

    public static final int JUSTERINGSDAGAR = 14;
    public static final int VARNINGSDAG = 10;

    @Inject
    SvenskKalender kalender;

    /** Where the justering stands on {@code idag}. */
    public enum Lage { I_TID, VARNING, SEN }

    public record Justeringsfrist(LocalDate sistaDag, long dag, Lage lage) {
    }

    public Justeringsfrist justeringsfrist(LocalDate motesdag, LocalDate idag) {
        long dag = ChronoUnit.DAYS.between(motesdag, idag);
        Lage lage = dag > JUSTERINGSDAGAR ? Lage.SEN : dag >= VARNINGSDAG ? Lage.VARNING : Lage.I_TID;
        return new Justeringsfrist(motesdag.plusDays(JUSTERINGSDAGAR), dag, lage);
    }

    /** The day of the notice: the protokoll goes up on the anslagstavla the day it is justerat. */
    public LocalDate anslag(LocalDate justerat) {
        return justerat;
    }

    /** The last day to appeal, and the notice's last day on the anslagstavla. */
    public LocalDate overklagandeTill(LocalDate anslag) {
        return kalender.nastaArbetsdag(anslag.plusWeeks(3));
    }
}
