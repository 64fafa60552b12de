package se.remiss.remiss;

/**
 * How far the recipient's tjänsteutlåtande has come: under beredning → för godkännande → godkänd →
 * inskickad. Kept on the recipient row (set by the drafts' feature whenever a draft moves), so the
 * sender's matrix shows the progress without reading the recipient's drafts.
 */
public enum Utlatandeskede {
    UNDER_BEREDNING("Under beredning"),
    FOR_GODKANNANDE("För godkännande"),
    GODKAND("Godkänd"),
    INSKICKAD("Inskickad");

    public final String etikett;

    Utlatandeskede(String etikett) {
        this.etikett = etikett;
    }
}
