package se.remiss.utlatande;

/** Where a draft stands: under beredning → för godkännande → godkänd (signed by all) → inskickad. */
public enum UtlatandeStatus {
    UTKAST("Utkast"),
    KLAR_FOR_GODKANNANDE("Klar för godkännande"),
    GODKAND("Godkänd"),
    INSKICKAD("Inskickad");

    public final String etikett;

    UtlatandeStatus(String etikett) {
        this.etikett = etikett;
    }
}
