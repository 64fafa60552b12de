package se.remiss.diarium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FilnamnTest {

    @Test
    void riktningstecknenTasBortSaAndelsenSynsSomDenAr() {
        // "faktura<RLO>fdp.exe" is shown by a browser as "fakturaexe.pdf".
        assertEquals("fakturafdp.exe", Filnamn.stada("faktura\u202Efdp.exe"));
        for (char c : new char[] {'\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertEquals("ab.pdf", Filnamn.stada("a" + c + "b.pdf"), "U+" + Integer.toHexString(c));
        }
        assertEquals("dokument", Filnamn.stada("\u202E\u2066"));
        assertEquals("Remiss å ä ö.pdf", Filnamn.stada("C:\\tmp\\Remiss å ä ö.pdf"));
    }
}
