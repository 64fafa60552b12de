package se.remiss.diarium;

/** Whether a registered document came in, went out, or was drawn up internally. */
public enum Riktning {
    IN("Inkommande"),
    UT("Utgående"),
    INTERN("Upprättad");

    public final String etikett;

    Riktning(String etikett) {
        this.etikett = etikett;
    }
}
