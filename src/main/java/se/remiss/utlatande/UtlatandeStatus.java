package se.remiss.utlatande;

import se.remiss.remiss.Utlatandeskede;

/** Where a draft stands: under beredning → för godkännande → godkänd (signed by all) → inskickad. */
public enum UtlatandeStatus {
    UTKAST("Utkast", Utlatandeskede.UNDER_BEREDNING),
    KLAR_FOR_GODKANNANDE("Klar för godkännande", Utlatandeskede.FOR_GODKANNANDE),
    GODKAND("Godkänd", Utlatandeskede.GODKAND),
    INSKICKAD("Inskickad", Utlatandeskede.INSKICKAD);

    public final String etikett;

    /** What the recipient's case and the sender's matrix show for a draft in this state. */
    public final Utlatandeskede skede;

    UtlatandeStatus(String etikett, Utlatandeskede skede) {
        this.etikett = etikett;
        this.skede = skede;
    }
}
