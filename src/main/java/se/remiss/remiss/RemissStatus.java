package se.remiss.remiss;

public enum RemissStatus {
    UTKAST("Utkast"),
    SKICKAD("Skickad"),
    AVSLUTAD("Avslutad");

    public final String etikett;

    RemissStatus(String etikett) {
        this.etikett = etikett;
    }
}
