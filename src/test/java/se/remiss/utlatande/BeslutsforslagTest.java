package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BeslutsforslagTest {

    @Test
    void forslagetsTextUtanRubrikOchTaggar() {
        String html = "<section class=\"avsnitt avsnitt-sammanfattning\"><h2>Sammanfattning</h2><p>Annat</p></section>\n"
                + "<section class=\"avsnitt avsnitt-forslag\" id=\"avsnitt-forslag\" data-avsnitt=\"forslag\">\n"
                + "<h2>Förslag till beslut</h2>\n<p>\nVantörs stadsdelsnämnd beslutar att åberopa förvaltningens "
                + "tjänsteutlåtande daterat 2006-03-01 som sitt svar på remissen om &quot;sexköp&quot; &amp; prostitution.\n"
                + "</p>\n</section>";
        assertEquals("Vantörs stadsdelsnämnd beslutar att åberopa förvaltningens tjänsteutlåtande daterat 2006-03-01 "
                + "som sitt svar på remissen om \"sexköp\" & prostitution.", Beslutsforslag.ur(html));
    }

    @Test
    void flerStyckenBlirRaderOchSaknatAvsnittTomt() {
        assertEquals("Ett.\nTvå.", Beslutsforslag.ur(
                "<section class=\"avsnitt avsnitt-forslag\"><h2>F</h2><p>Ett.</p><ul><li>Två.</li></ul></section>"));
        assertEquals("", Beslutsforslag.ur("<section class=\"avsnitt avsnitt-bakgrund\"><h2>B</h2></section>"));
        assertEquals("", Beslutsforslag.ur(null));
    }
}
