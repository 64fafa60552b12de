package se.remiss.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabellexportTest {

    private static Tabell tabell() {
        return new Tabell("Remisser", "Titel", "Frist", "Antal", "Länk")
                .rad("Program; reviderat", LocalDate.of(2026, 12, 15), 3, new Tabell.Lank("Öppna", "http://x/a"))
                .rad("=SUMMA(A1)", null, -2, null)
                .rad("Citat \"så\"\nny rad", LocalDate.of(2027, 1, 7), 0, null);
    }

    @Test
    void csvMedBomSemikolonCitatteckenOchSkyddMotFormler() {
        byte[] csv = Tabellexport.csv(List.of(tabell()));
        assertEquals("\uFEFF", new String(csv, 0, 3, StandardCharsets.UTF_8));
        assertEquals("\uFEFFTitel;Frist;Antal;Länk\r\n"
                + "\"Program; reviderat\";2026-12-15;3;http://x/a\r\n"
                + "'=SUMMA(A1);;-2;\r\n"
                + "\"Citat \"\"så\"\"\nny rad\";2027-01-07;0;\r\n", new String(csv, StandardCharsets.UTF_8));
    }

    @Test
    void csvMedFleraTabellerEfterVarandra() {
        String csv = new String(Tabellexport.csv(List.of(new Tabell("A", "x").rad("1"), new Tabell("B", "y").rad("2"))),
                StandardCharsets.UTF_8);
        assertEquals("\uFEFFA\r\nx\r\n1\r\n\r\nB\r\ny\r\n2\r\n", csv);
    }

    @Test
    void xlsxMedDatumTalLankarOchFilter() throws Exception {
        byte[] xlsx = Tabellexport.xlsx(List.of(tabell(), new Tabell("Tom", "a", "b")));
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(2, bok.getNumberOfSheets());
            XSSFSheet blad = bok.getSheet("Remisser");
            assertEquals("Titel", blad.getRow(0).getCell(0).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(blad.getRow(1).getCell(1)));
            assertEquals(LocalDate.of(2026, 12, 15), blad.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.NUMERIC, blad.getRow(2).getCell(2).getCellType());
            assertEquals(-2.0, blad.getRow(2).getCell(2).getNumericCellValue());
            // Text that looks like a formula stays text.
            assertEquals(CellType.STRING, blad.getRow(2).getCell(0).getCellType());
            assertEquals("=SUMMA(A1)", blad.getRow(2).getCell(0).getStringCellValue());
            assertEquals("http://x/a", blad.getRow(1).getCell(3).getHyperlink().getAddress());
            assertEquals("A1:D4", blad.getCTWorksheet().getAutoFilter().getRef());
            assertEquals("A1:B1", bok.getSheet("Tom").getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void radMedFelAntalVardenOchOkantFormat() {
        assertThrows(IllegalArgumentException.class, () -> new Tabell("T", "a", "b").rad("bara en"));
        assertEquals(Tabellexport.Format.XLSX, Tabellexport.Format.av(null));
        assertEquals(Tabellexport.Format.CSV, Tabellexport.Format.av("csv"));
        assertEquals("format", assertThrows(Valideringsfel.class, () -> Tabellexport.Format.av("odt")).perFalt()
                .keySet().iterator().next());
    }
}
