package se.remiss.program.text;

import java.util.ArrayList;
import java.util.List;

/** A heading, paragraph, list item or footnote, with its physical lines. */
record Block(Typ typ, List<String> rader) {

    enum Typ { RUBRIK, STYCKE, PUNKT, FOTNOT }

    Block {
        rader = new ArrayList<>(rader);
    }

    /**
     * The text the rest of the import expects: a heading on one line, a paragraph with its lines as
     * the page had them (hyphenation is undone later, by the parser's cleaning), a list item as
     * "• …"; blank lines between blocks, none between consecutive list items; footnotes left out.
     */
    static String text(List<Block> block) {
        StringBuilder ut = new StringBuilder();
        Typ foregaende = null;
        for (Block b : block) {
            if (b.rader.isEmpty() || b.typ == Typ.FOTNOT) {
                // Footnotes are left out, as they are from a Word file: never inside the running text.
                continue;
            }
            if (ut.length() > 0) {
                ut.append(b.typ == Typ.PUNKT && foregaende == Typ.PUNKT ? "\n" : "\n\n");
            }
            switch (b.typ) {
                case RUBRIK -> ut.append(String.join(" ", b.rader).replaceAll("-\\s+(?!(?:och|eller|samt|respektive)\\b)(?=\\p{Ll})", "")
                        .replaceAll("([–-])\\s+(?=\\d)", "$1").replaceAll("\\s+", " "));
                case PUNKT -> ut.append("• ").append(String.join("\n", b.rader));
                default -> ut.append(String.join("\n", b.rader));
            }
            foregaende = b.typ;
        }
        return ut.toString();
    }
}
