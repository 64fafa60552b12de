package se.remiss.organisation;

/** The kinds of bodies that send and answer remisser. */
public enum OrganisationTyp {
    KONTOR("Kontor"),
    NAMND("Nämnd"),
    FORVALTNING("Förvaltning"),
    BOLAG("Bolag");

    public final String etikett;

    OrganisationTyp(String etikett) {
        this.etikett = etikett;
    }
}
