package se.remiss.remiss;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.remiss.plattform.Talformat;

/**
 * A recipient's two deadlines seen from one day: which is next, how many days are left and
 * whether one has been missed. Pure logic, so the matrix, lists and API all count the same way.
 */
public record Frist(MottagarStatus status, LocalDate kontorsutlatande, LocalDate namndprotokoll, LocalDate idag) {

    public boolean utlatandeForsenat() {
        return MottagarStatus.vantarUtlatande().contains(status) && idag.isAfter(kontorsutlatande);
    }

    public boolean protokollForsenat() {
        return MottagarStatus.vantarProtokoll().contains(status) && idag.isAfter(namndprotokoll);
    }

    public boolean forsenad() {
        return utlatandeForsenat() || protokollForsenat();
    }

    /** The deadline that is awaited next, or null when nothing more is awaited. */
    public LocalDate nasta() {
        if (status == MottagarStatus.EJ_SKICKAD || MottagarStatus.vantarUtlatande().contains(status)) {
            return kontorsutlatande;
        }
        if (MottagarStatus.vantarProtokoll().contains(status)) {
            return namndprotokoll;
        }
        return null;
    }

    /** Days from today to the next deadline (negative when passed), or null. */
    public Long dagarKvar() {
        LocalDate nasta = nasta();
        return nasta == null ? null : ChronoUnit.DAYS.between(idag, nasta);
    }

    /** "3 dagar kvar", "sista dagen i dag", "försenad 1 dag", "försenad 7 557 dagar", … for the matrix. */
    public String dagarKvarText() {
        Long dagar = dagarKvar();
        if (dagar == null) {
            return "–";
        }
        if (dagar == 0) {
            return "sista dagen i dag";
        }
        long n = Math.abs(dagar);
        String antal = Talformat.svenskt(n) + (n == 1 ? " dag" : " dagar");
        return dagar > 0 ? antal + " kvar" : "försenad " + antal;
    }
}
