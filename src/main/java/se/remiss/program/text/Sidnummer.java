package se.remiss.program.text;

import java.util.regex.Pattern;

/**
 * A line that is only a page number ("3", "- 3 -", "Sida 3 av 12", "s. 3", "3 (12)"). Both the layout
 * reader's running-head removal and the plain-text import's page furniture ({@code program.Sidbrus})
 * ask this, so it lives here, where the program package can reach it.
 */
public final class Sidnummer {

    private static final Pattern MONSTER = Pattern.compile(
            "(?iu)(?:sida|sid\\.?|s\\.|page)?\\s*[-–]?\\s*\\d{1,4}\\s*[-–]?"
                    + "(?:\\s*\\(\\s*\\d{1,4}\\s*\\)|\\s*(?:av|of|/)\\s*\\d{1,4})?");

    private Sidnummer() {
    }

    public static boolean ar(String rad) {
        return MONSTER.matcher(rad.strip()).matches();
    }
}
