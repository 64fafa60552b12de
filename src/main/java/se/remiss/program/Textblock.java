package se.remiss.program;

import java.util.ArrayList;
import java.util.List;

/**
 * A section's stored text split for display: paragraphs, and runs of "• " items as lists.
 * Text stays text: templates escape it, nothing here produces markup.
 */
public record Textblock(boolean lista, List<String> rader) {

    public static List<Textblock> av(String text) {
        List<Textblock> block = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return block;
        }
        List<String> punkter = new ArrayList<>();
        for (String rad : text.split("\n")) {
            String r = rad.strip();
            if (r.startsWith("•")) {
                punkter.add(r.substring(1).strip());
                continue;
            }
            if (!punkter.isEmpty()) {
                block.add(new Textblock(true, List.copyOf(punkter)));
                punkter.clear();
            }
            if (!r.isEmpty()) {
                block.add(new Textblock(false, List.of(r)));
            }
        }
        if (!punkter.isEmpty()) {
            block.add(new Textblock(true, List.copyOf(punkter)));
        }
        return block;
    }
}
