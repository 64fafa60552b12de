package se.remiss.avisering;

/** What a notification mail is about; each user can turn each category off. */
public enum Epostkategori {
    ANKOMST("En remiss har kommit in till min organisation (registratorer)"),
    TILLDELNING("Ett ärende har tilldelats mig");

    public final String etikett;

    Epostkategori(String etikett) {
        this.etikett = etikett;
    }
}
