package se.remiss.utlatande;

/**
 * A section a template declares with {@code {#avsnitt}}: its key, its heading as rendered, and who
 * writes it.
 */
public record Mallavsnitt(String nyckel, String rubrik, Skrivs skrivs) {

    /** Who fills a section. */
    public enum Skrivs {
        /** The template generates it all. */
        GENERERAS,
        /** The handläggare must write it before the draft can be marked ready. */
        KRAVS,
        /** The handläggare may add text before what the template generates. */
        VALFRI;

        public boolean avHandlaggaren() {
            return this != GENERERAS;
        }
    }

    /** The name of its field in forms and in error lists: "avsnitt.sammanfattning". */
    public String falt() {
        return "avsnitt." + nyckel;
    }

    public boolean skrivbart() {
        return skrivs.avHandlaggaren();
    }

    public boolean kravs() {
        return skrivs == Skrivs.KRAVS;
    }
}
