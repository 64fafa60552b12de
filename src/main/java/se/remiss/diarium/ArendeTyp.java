package se.remiss.diarium;

public enum ArendeTyp {
    REMISS_UT("Remiss (utgående)"),
    REMISS_IN("Remiss (inkommen)"),
    SKRIVELSE("Skrivelse"),
    OVRIGT("Övrigt");

    public final String etikett;

    ArendeTyp(String etikett) {
        this.etikett = etikett;
    }
}
