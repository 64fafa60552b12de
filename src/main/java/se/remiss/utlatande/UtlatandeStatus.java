package se.remiss.utlatande;

/** Where a draft stands. Approval and signing come after "klar för godkännande". */
public enum UtlatandeStatus {
    UTKAST("Utkast"),
    KLAR_FOR_GODKANNANDE("Klar för godkännande");

    public final String etikett;

    UtlatandeStatus(String etikett) {
        this.etikett = etikett;
    }
}
