package se.remiss.sammantrade;

/** A member's assignment in the nämnd (kommunallagen 6 kap.: ordförande, vice ordförande, ledamot, ersättare). */
public enum Uppdrag {
    ORDFORANDE("Ordförande"),
    VICE_ORDFORANDE("Vice ordförande"),
    LEDAMOT("Ledamot"),
    ERSATTARE("Ersättare");

    public final String etikett;

    Uppdrag(String etikett) {
        this.etikett = etikett;
    }
}
