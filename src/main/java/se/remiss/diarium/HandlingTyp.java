package se.remiss.diarium;

public enum HandlingTyp {
    REMISSHANDLING("Remisshandling"),
    UTSKICK("Utskick"),
    SKRIVELSE("Skrivelse"),
    UTLATANDE("Tjänsteutlåtande"),
    PROTOKOLLSUTDRAG("Protokollsutdrag"),
    OVRIGT("Övrig handling");

    public final String etikett;

    HandlingTyp(String etikett) {
        this.etikett = etikett;
    }
}
