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

    @Test
    void titelnAvEttFilnamnArLasbar() {
        assertEquals("Dokument 004", Filnamn.titel("004_6ccf7e47d8c4a9f6.txt"));
        assertEquals("Socialt program reviderat", Filnamn.titel("socialt-program-reviderat.txt"));
        assertEquals("Program för äldre 2006", Filnamn.titel("program_för_äldre_2006.docx"));
        assertEquals("Remissversion", Filnamn.titel("remissversion_0342DD2B19CB2757.pdf"));
        // A hyphen between digits (a date, a range) and a short hex-looking word stay.
        assertEquals("Plan 2004-2005 cafe", Filnamn.titel("plan_2004-2005_cafe.md"));
        assertEquals("Årsrapport", Filnamn.titel("C:\\tmp\\årsrapport.pdf"));
        assertEquals(".txt", Filnamn.titel(".txt"));
    }
}
