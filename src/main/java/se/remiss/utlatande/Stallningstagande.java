package se.remiss.utlatande;

/**
 * The office's stance on what was remitted. The names are the API's values; the wording of the
 * Förslag till beslut for each stance is the template's (templates/remissvar.html), so that an
 * administrator can change it.
 */
public enum Stallningstagande {
    TILLSTYRKER("Tillstyrker", "tillstyrker förslaget"),
    TILLSTYRKER_MED_SYNPUNKTER("Tillstyrker med synpunkter", "tillstyrker förslaget med synpunkter"),
    AVSTYRKER("Avstyrker", "avstyrker förslaget"),
    AVSTAR("Avstår", "avstår från att ta ställning"),
    INGET_YTTRANDE("Inget yttrande", "lämnar inget yttrande");

    /** For lists and choices: "Tillstyrker med synpunkter". */
    public final String etikett;

    /** For running text after the office's name: "Förvaltningen avstår från att ta ställning". */
    public final String beskrivning;

    Stallningstagande(String etikett, String beskrivning) {
        this.etikett = etikett;
        this.beskrivning = beskrivning;
    }
}
