package se.remiss.avisering;

/** What a notification mail is about; each user can turn each category off. */
public enum Epostkategori {
    ANKOMST("En remiss har kommit in till min organisation (registratorer)"),
    TILLDELNING("Ett ärende har tilldelats mig"),
    GODKANNANDE("Ett tjänsteutlåtande väntar på mitt godkännande (undertecknare)"),
    JUSTERING("Ett protokoll väntar på min justering (ordförande, justerare)"),
    FRIST_NARMAR("En sista dag för ett av våra inkomna ärenden närmar sig (registratorer, handläggaren)"),
    FRIST_PASSERAD("En sista dag för ett av våra inkomna ärenden har passerats (registratorer, handläggaren)"),
    SAMMANDRAG("Dagligt sammandrag av försenade svar på remisser vi har skickat (registratorer)");

    public final String etikett;

    Epostkategori(String etikett) {
        this.etikett = etikett;
    }
}
