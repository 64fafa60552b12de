package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TurordningTest {

    @Test
    void titelnIBestamdGenitivOchNamnetInomParentes() {
        assertEquals("Det är avdelningschefens (Åsa Berntssons) tur att godkänna version 3. "
                + "Utlåtandet visas under Att godkänna när det är din tur.",
                Turordning.inteDinTur("Åsa Berntsson", "Avdelningschef", 3, false));
        assertEquals("Du har redan godkänt version 2. Nu är det stadsdelsdirektörens (Monika Viklanders) tur att godkänna.",
                Turordning.inteDinTur("Monika Viklander", "Stadsdelsdirektör", 2, true));
    }

    @Test
    void genitiv() {
        assertEquals("handläggarens", Turordning.bestamdGenitiv("handläggare"));
        assertEquals("chefens", Turordning.bestamdGenitiv("chef"));
        assertEquals("Lars Weiss", Turordning.genitiv("Lars Weiss"));
        assertEquals("Max Fox", Turordning.genitiv("Max Fox"));
        assertEquals("Maria Nordströms", Turordning.genitiv("Maria Nordström"));
    }

    @Test
    void utanEnkelTitelBaraNamnet() {
        assertEquals("Det är Per Eks tur att godkänna version 1. Utlåtandet visas under Att godkänna när det är din tur.",
                Turordning.inteDinTur("Per Ek", "Tf. förvaltningschef", 1, false));
        assertEquals("Det är Per Eks tur att godkänna version 1. Utlåtandet visas under Att godkänna när det är din tur.",
                Turordning.inteDinTur("Per Ek", null, 1, false));
    }
}
