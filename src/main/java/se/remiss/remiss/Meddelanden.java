package se.remiss.remiss;

import java.util.Map;

/**
 * Confirmation texts shown after POST → redirect → GET. The redirect carries only a key, so no
 * text from a URL ever reaches the page.
 */
final class Meddelanden {

    private static final Map<String, String> TEXTER = Map.of(
            "registrerad", "Remissen är registrerad som utkast. Kontrollera mottagare och frister och skicka den när remisshandlingen är bifogad.",
            "dokument", "Dokumentet är registrerat.",
            "mottagare", "Mottagarna är tillagda.",
            "borttagen", "Mottagaren är borttagen.",
            "frister", "Fristerna är ändrade.",
            "skickad", "Remissen är skickad och registrerad i mottagarnas diarier.",
            "mottagen", "Remissen är kvitterad som mottagen.",
            "tilldelad", "Handläggaren är tilldelad.",
            "status", "Statusen är ändrad.");

    private Meddelanden() {
    }

    static String text(String nyckel) {
        return nyckel == null ? null : TEXTER.get(nyckel);
    }
}
