package se.remiss.remiss;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one recipient's answer stands. The allowed moves are listed here, in one place:
 * skickad → mottagen → tilldelad → under beredning → utlåtande inskickat → besvarad, or avstår.
 */
public enum MottagarStatus {
    EJ_SKICKAD("Ej skickad", "–"),
    SKICKAD("Skickad", "Skicka"),
    MOTTAGEN("Mottagen", "Kvittera mottagen"),
    TILLDELAD("Tilldelad", "Tilldela"),
    UNDER_BEREDNING("Under beredning", "Påbörja beredning"),
    UTLATANDE_INSKICKAT("Utlåtande inskickat", "Markera utlåtandet som inskickat"),
    BESVARAD("Besvarad", "Markera som besvarad (protokollet inkommet)"),
    AVSTAR("Avstår", "Avstå från att svara");

    public final String etikett;

    /** The button text for moving a case into this state. */
    public final String atgard;

    MottagarStatus(String etikett, String atgard) {
        this.etikett = etikett;
        this.atgard = atgard;
    }

    public Set<MottagarStatus> nasta() {
        return switch (this) {
            case EJ_SKICKAD -> EnumSet.noneOf(MottagarStatus.class);
            case SKICKAD -> EnumSet.of(MOTTAGEN, TILLDELAD, AVSTAR);
            case MOTTAGEN -> EnumSet.of(TILLDELAD, AVSTAR);
            case TILLDELAD -> EnumSet.of(UNDER_BEREDNING, AVSTAR);
            // UTLATANDE_INSKICKAT only through sending a signed statement (Remissmottagare.utlatandeInskickat).
            case UNDER_BEREDNING -> EnumSet.of(AVSTAR);
            case UTLATANDE_INSKICKAT -> EnumSet.of(BESVARAD);
            case BESVARAD, AVSTAR -> EnumSet.noneOf(MottagarStatus.class);
        };
    }

    public boolean kanBliTill(MottagarStatus ny) {
        return nasta().contains(ny);
    }

    /** The office's statement is in (or will never come). */
    public boolean utlatandeKlart() {
        return this == UTLATANDE_INSKICKAT || this == BESVARAD || this == AVSTAR;
    }

    /** Nothing more is expected from this recipient. */
    public boolean avslutad() {
        return this == BESVARAD || this == AVSTAR;
    }

    /** May the recipient decline (avstå) in this state? */
    public boolean kanAvsta() {
        return kanBliTill(AVSTAR);
    }

    /** Is the answer (nämndbeslut or delegation decision) still awaited? */
    public boolean vantarSvar() {
        return vantarProtokoll().contains(this);
    }

    /** May a handläggare be (re)assigned in this state? */
    public boolean kanTilldelas() {
        return this == SKICKAD || this == MOTTAGEN || this == TILLDELAD || this == UNDER_BEREDNING;
    }

    /** States in which the statement is still awaited; used by the overdue query. */
    public static Set<MottagarStatus> vantarUtlatande() {
        return EnumSet.of(SKICKAD, MOTTAGEN, TILLDELAD, UNDER_BEREDNING);
    }

    /** States in which the minutes are still awaited. */
    public static Set<MottagarStatus> vantarProtokoll() {
        return EnumSet.of(SKICKAD, MOTTAGEN, TILLDELAD, UNDER_BEREDNING, UTLATANDE_INSKICKAT);
    }
}
