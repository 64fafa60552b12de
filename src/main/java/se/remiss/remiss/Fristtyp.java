package se.remiss.remiss;

/** A recipient's two deadlines. */
public enum Fristtyp {
    KONTORSUTLATANDE("Sista dag kontorsutlåtande", "kontorsutlåtande"),
    NAMNDPROTOKOLL("Sista dag nämndprotokoll", "nämndprotokoll");

    public final String etikett;
    /** "kontorsutlåtande" as in "Sista dag för kontorsutlåtande". */
    public final String kort;

    Fristtyp(String etikett, String kort) {
        this.etikett = etikett;
        this.kort = kort;
    }
}
