package se.remiss.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiarienummerFormatTest {

    /** The real numbers from DESIGN.md, each with a pattern that expresses it and its parts. */
    @ParameterizedTest(name = "{0} → {4}")
    @CsvSource(delimiter = '|', value = {
            "{ÅR}-{KOD}-{NR}        | 2006 | 307  | 152   | 2006-152-307",
            "{KOD}-{NR}-{ÅR}        | 2012 | 219  | 1.5.3 | 1.5.3-219-2012",
            "{KOD}-{NR}/{ÅR}        | 2012 | 259  | 316   | 316-259/2012",
            "{KOD}-{NR}-{ÅR2}       | 2004 | 260  | 302   | 302-260-04",
            "{KOD}/{NR}-{ÅR}        | 2013 | 171  | 2.2.2 | 2.2.2/171-2013",
            "{ÅR}/KS {NR:4} {KOD}   | 2018 | 290  | 10    | 2018/KS 0290 10",
            "T {ÅR}-{KOD}-{NR:5}    | 2010 | 1743 | 313   | T 2010-313-01743",
    })
    void verkligaFormatGarTurOchRetur(String monster, int ar, long nr, String kod, String dnr) {
        DiarienummerFormat format = DiarienummerFormat.tolka(monster);
        assertEquals(dnr, format.formatera(ar, nr, kod));
        assertEquals(Optional.of(new DiarienummerFormat.Delar(ar, nr, kod)), format.tolkaNummer(dnr));
        assertTrue(format.kraverKod());
    }

    /** As they are written in documents: with the label, which is not part of the format. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{ÅR}-{KOD}-{NR}      | Dnr 2006-152-307          | 2006 | 307  | 152",
            "{KOD}-{NR}-{ÅR}      | Dnr 1.5.3-219-2012        | 2012 | 219  | 1.5.3",
            "{KOD}-{NR}/{ÅR}      | dnr 316-259/2012          | 2012 | 259  | 316",
            "{KOD}-{NR}-{ÅR2}     | Dnr: 302-260-04           | 2004 | 260  | 302",
            "{KOD}/{NR}-{ÅR}      | Dnr 2.2.2/171-2013        | 2013 | 171  | 2.2.2",
            "{ÅR}/KS {NR:4} {KOD} | '  Dnr 2018/KS 0290 10 '  | 2018 | 290  | 10",
            "T {ÅR}-{KOD}-{NR:5}  | dnr T 2010-313-01743      | 2010 | 1743 | 313",
            "T {ÅR}-{KOD}-{NR:5}  | DNR:t 2010-313-01743      | 2010 | 1743 | 313",
            "{ÅR}/KS {NR:4} {KOD} | 2018/ks   0290 10         | 2018 | 290  | 10",
    })
    void tolkarNummerMedEtikett(String monster, String dnr, int ar, long nr, String kod) {
        assertEquals(Optional.of(new DiarienummerFormat.Delar(ar, nr, kod)),
                DiarienummerFormat.tolka(monster).tolkaNummer(dnr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{KOD}-{NR}-{ÅR}     | 2006-152-307",
            "{KOD}-{NR}-{ÅR}     | 1.5.3-219-12",
            "T {ÅR}-{KOD}-{NR:5} | T 2010-313-1743",
            "{ÅR}-{NR}           | 2006-0",
            "{ÅR}-{NR}           | 2006-99999999999999999999",
            "{ÅR}-{NR}           | ''",
    })
    void kannerInteIgenAndraNummer(String monster, String dnr) {
        assertEquals(Optional.empty(), DiarienummerFormat.tolka(monster).tolkaNummer(dnr));
    }

    @Test
    void tolkarInteNull() {
        assertEquals(Optional.empty(), DiarienummerFormat.tolka("{NR}").tolkaNummer(null));
    }

    @ParameterizedTest
    @CsvSource({"00, 2000", "04, 2004", "50, 2050", "51, 1951", "98, 1998", "99, 1999"})
    void tvasiffrigtArTolkas(String tvaSiffror, int ar) {
        DiarienummerFormat format = DiarienummerFormat.tolka("{NR}-{ÅR2}");
        assertEquals(Optional.of(new DiarienummerFormat.Delar(ar, 7, null)), format.tolkaNummer("7-" + tvaSiffror));
        assertEquals("7-" + tvaSiffror, format.formatera(ar, 7, null));
    }

    @Test
    void asciiAliasOchGemener() {
        assertEquals("2006-42", DiarienummerFormat.tolka("{AR}-{NR}").formatera(2006, 42, null));
        assertEquals("42-06", DiarienummerFormat.tolka("{NR}-{AR2}").formatera(2006, 42, null));
        assertEquals("2006-0042", DiarienummerFormat.tolka("{år}-{nr:4}").formatera(2006, 42, null));
    }

    @Test
    void formatUtanArOchKod() {
        DiarienummerFormat format = DiarienummerFormat.tolka("KS-{NR}");
        assertFalse(format.kraverKod());
        assertEquals("KS-12", format.formatera(2006, 12, "ignoreras"));
        assertEquals(Optional.of(new DiarienummerFormat.Delar(null, 12, null)), format.tolkaNummer("ks-12"));
    }

    @Test
    void utfyllnadVaxerNarNumretArStorre() {
        DiarienummerFormat format = DiarienummerFormat.tolka("{ÅR}-{NR:3}");
        assertEquals("2006-12345", format.formatera(2006, 12345, null));
        assertEquals(Optional.of(new DiarienummerFormat.Delar(2006, 12345, null)), format.tolkaNummer("2006-12345"));
    }

    @Test
    void exempel() {
        assertEquals("1.5.3-42-2006", DiarienummerFormat.tolka("{KOD}-{NR}-{ÅR}").exempel());
        assertEquals("T 2006-1.5.3-00042", DiarienummerFormat.tolka("T {ÅR}-{KOD}-{NR:5}").exempel());
        assertEquals("2006-42", DiarienummerFormat.tolka("{ÅR}-{NR}").exempel());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                 | Ange ett format för diarienumret, till exempel {ÅR}-{NR}.",
            "'   '                | Ange ett format för diarienumret, till exempel {ÅR}-{NR}.",
            "{ÅR}-{KOD}           | Formatet måste innehålla löpnumret {NR} (eller {NR:n} för n siffror).",
            "{ÅR}-{NR}-{NR:3}     | Formatet får bara innehålla ett löpnummer ({NR} eller {NR:n}).",
            "{ÅR}-{NR}-{XYZ}      | Okänd platshållare {XYZ} – tillåtna är {ÅR}, {ÅR2}, {NR}, {NR:n} (n = 1–9) och {KOD}.",
            "{ÅR}-{}-{NR}         | Okänd platshållare {} – tillåtna är {ÅR}, {ÅR2}, {NR}, {NR:n} (n = 1–9) och {KOD}.",
            "{ÅR}-{NR             | Obalanserad klammer: \"{\" på position 6 stängs aldrig med \"}\".",
            "{ÅR-{NR}             | Obalanserad klammer: \"{\" på position 1 stängs aldrig med \"}\".",
            "ÅR}-{NR}             | Obalanserad klammer: \"}\" på position 3 saknar en inledande \"{\".",
            "{ÅR}-{NR:0}          | Utfyllnaden i {NR:0} måste vara ett antal siffror från 1 till 9, till exempel {NR:4}.",
            "{ÅR}-{NR:10}         | Utfyllnaden i {NR:10} måste vara ett antal siffror från 1 till 9, till exempel {NR:4}.",
            "{ÅR}-{NR:x}          | Utfyllnaden i {NR:x} måste vara ett antal siffror från 1 till 9, till exempel {NR:4}.",
            "{ÅR}-{NR}-{ÅR2}      | Formatet får bara innehålla ett år ({ÅR} eller {ÅR2}).",
            "{KOD}-{NR}-{KOD}     | Formatet får bara innehålla en {KOD}.",
    })
    void felaktigaMonster(String monster, String meddelande) {
        IllegalArgumentException fel = assertThrows(IllegalArgumentException.class,
                () -> DiarienummerFormat.tolka(monster));
        assertEquals(meddelande, fel.getMessage());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL", "''", "'  '"})
    void kodSaknas(String kod) {
        DiarienummerFormat format = DiarienummerFormat.tolka("{KOD}-{NR}-{ÅR}");
        IllegalArgumentException fel = assertThrows(IllegalArgumentException.class,
                () -> format.formatera(2012, 219, kod));
        assertEquals("Formatet kräver en klassificeringskod.", fel.getMessage());
    }

    @Test
    void ogiltigaTal() {
        DiarienummerFormat format = DiarienummerFormat.tolka("{ÅR}-{NR}");
        assertEquals("Löpnumret måste vara minst 1.",
                assertThrows(IllegalArgumentException.class, () -> format.formatera(2006, 0, null)).getMessage());
        assertEquals("Året måste ha fyra siffror.",
                assertThrows(IllegalArgumentException.class, () -> format.formatera(206, 1, null)).getMessage());
    }

    @Test
    void likhetPaMonstret() {
        DiarienummerFormat a = DiarienummerFormat.tolka("{KOD}-{NR}/{ÅR}");
        DiarienummerFormat b = DiarienummerFormat.tolka("  {KOD}-{NR}/{ÅR} ");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("{KOD}-{NR}/{ÅR}", b.monster());
        assertNotEquals(a, DiarienummerFormat.tolka("{KOD}-{NR}/{AR}"));
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Dnr: 302-260-04          | 302-260-04",
            "dnr T 2010-313-01743     | t 2010-313-01743",
            "Dnr 2006-152-307         | 2006-152-307",
            "DNR:1.5.3-219-2012       | 1.5.3-219-2012",
            "'  Dnr  2018/KS   0290 10 ' | 2018/ks 0290 10",
            "'dnr\u00A0316-259/2012'  | 316-259/2012",
            "2.2.2/171-2013           | 2.2.2/171-2013",
            "Dnrx 12                  | dnrx 12",
            "NULL                     | ''",
    })
    void normalisera(String dnr, String vantat) {
        assertEquals(vantat, DiarienummerFormat.normalisera(dnr));
    }

    /** A registered number and the same number typed into search normalise alike. */
    @Test
    void normaliseringGerSammaSokform() {
        String registrerat = DiarienummerFormat.tolka("T {ÅR}-{KOD}-{NR:5}").formatera(2010, 1743, "313");
        assertEquals(DiarienummerFormat.normalisera(registrerat),
                DiarienummerFormat.normalisera("dnr  t 2010-313-01743"));
    }
}
