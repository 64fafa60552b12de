package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.remiss.program.Avsnitt;
import se.remiss.program.Krav;
import se.remiss.program.Programstruktur;

/** Citation syntax, resolution against a programme version and re-resolution against a new one. */
class CitatTest {

    private static Programstruktur program(String rubrik53, String krav1) {
        Avsnitt a53 = new Avsnitt("5.3", rubrik53, "",
                List.of(new Krav(krav1, List.of()), new Krav("Stadens bostadsbolag ska samarbeta.", List.of())), List.of());
        Avsnitt a5 = new Avsnitt("5", "Genomförande av programmet", "", List.of(), List.of(a53));
        Avsnitt bakgrund = new Avsnitt("1/bakgrund", "Bakgrund", "", List.of(), List.of());
        return new Programstruktur("Program", List.of(), List.of(new Avsnitt("1", "Inledning", "", List.of(),
                List.of(bakgrund)), a5));
    }

    private static final Programstruktur V1 = program("Uppsökande arbete", "Socialtjänstnämnden ska bedriva uppsökande arbete.");

    @Test
    void syntax() {
        assertEquals(List.of(new Citathanvisning("5.3", null), new Citathanvisning("5.3", 2),
                new Citathanvisning("1/bakgrund", null)),
                Citathanvisning.i("Se [[5.3]], [[5.3#2]] och [[ 5.3 ]] igen, samt [[1/bakgrund]]. Inte [[5.3#]] eller [5.3]."));
        assertEquals("[[5.3#2]]", new Citathanvisning("5.3", 2).kod());
        assertTrue(Citathanvisning.i(null).isEmpty());
    }

    @Test
    void avsnittOchAtagandeLosesUpp() {
        Citatupplosare u = new Citatupplosare(V1, 1);
        assertEquals("avsnitt 5.3 Uppsökande arbete", u.upplos(new Citathanvisning("5.3", null)).lydelse());
        assertEquals("avsnitt 5.3 Uppsökande arbete, åtagande 1: ”Socialtjänstnämnden ska bedriva uppsökande arbete.”",
                u.upplos(new Citathanvisning("5.3", 1)).lydelse());
        assertEquals("avsnittet ”Bakgrund”", u.upplos(new Citathanvisning("1/bakgrund", null)).lydelse());
    }

    @Test
    void detSomInteFinnsLosesInteUppOchSagerVarfor() {
        Citatupplosare u = new Citatupplosare(V1, 1);
        Citatupplosare.Upplost saknas = u.upplos(new Citathanvisning("9.9", null));
        assertFalse(saknas.upplost());
        assertEquals("[[9.9]]: avsnitt 9.9 finns inte i programmet (version 1).", saknas.fel());
        assertEquals("[[5.3#7]]: avsnitt 5.3 har 2 åtaganden (version 1), inte nummer 7.",
                u.upplos(new Citathanvisning("5.3", 7)).fel());
        assertTrue(Citatupplosare.utanProgram().upplos(new Citathanvisning("5.3", null)).fel().contains("inget importerat program"));
    }

    @Test
    void nyProgramversionStamsAvMotDetSomSparades() {
        List<Citathanvisning> h = Citathanvisning.i("[[5.3]] [[5.3#1]] [[5.3#2]] [[1/bakgrund]]");
        List<Citat> sparade = Citatlage.ogonblicksbild(h, new Citatupplosare(V1, 1));
        assertEquals(1, sparade.get(0).programVersion);

        Programstruktur v2 = new Programstruktur("Program", List.of(), List.of(new Avsnitt("5", "Genomförande", "",
                List.of(), List.of(new Avsnitt("5.3", "Uppsökande och förebyggande arbete", "",
                        List.of(new Krav("Socialtjänstnämnden ska bedriva uppsökande arbete.", List.of())), List.of())))));
        List<Citatlage> lagen = Citatlage.stam(h, new Citatupplosare(v2, 2), sparade);

        assertEquals(Citatlage.Status.ANDRAT, lagen.get(0).status());
        assertEquals("avsnitt 5.3 Uppsökande arbete", lagen.get(0).tidigare());
        assertEquals("avsnitt 5.3 Uppsökande och förebyggande arbete", lagen.get(0).lydelse());
        assertTrue(lagen.get(0).meddelande().contains("programversion 1") && lagen.get(0).meddelande().contains("(version 2)"));
        assertEquals(Citatlage.Status.ANDRAT, lagen.get(1).status(), "samma åtagande, men avsnittets rubrik har ändrats");
        assertEquals(Citatlage.Status.EJ_UPPLOST, lagen.get(2).status());
        assertTrue(lagen.get(2).meddelande().contains("I version 1 löd den"), lagen.get(2).meddelande());
        assertEquals(Citatlage.Status.EJ_UPPLOST, lagen.get(3).status());

        List<Citatlage> oforandrat = Citatlage.stam(h, new Citatupplosare(V1, 1), sparade);
        assertTrue(oforandrat.stream().allMatch(c -> c.status() == Citatlage.Status.UPPLOST));
        assertNull(oforandrat.get(0).tidigare());
    }

    /** The document's HTML of {@code text} with V1's citations, worded as the document reads them. */
    private static String dokument(String text) {
        return UtlatandeService.dokumenttext(text, new Citatupplosare(V1, 1));
    }

    @Test
    void avsnittLasesSomSvenskProsa() {
        // "avsnitt [[5.3]]" does not say "avsnitt" twice; the heading stands in brackets.
        assertEquals("<p>Se avsnitt <span class=\"citat\">5.3 (Uppsökande arbete)</span> och "
                + "<span class=\"citat\">avsnitt 5.3 (Uppsökande arbete)</span>.</p>\n",
                dokument("Se avsnitt [[5.3]] och [[5.3]]."));
        assertEquals("<p>I avsnittet <span class=\"citat\">”Bakgrund”</span> står det.</p>\n",
                dokument("I avsnittet [[1/bakgrund]] står det."));
        // At the start of a sentence with a capital.
        assertEquals("<p><span class=\"citat\">Avsnitt 5.3 (Uppsökande arbete)</span> är bra. "
                + "<span class=\"citat\">Avsnitt 5.3 (Uppsökande arbete)</span> också.</p>\n",
                dokument("[[5.3]] är bra. [[5.3]] också."));
    }

    @Test
    void atagandeMittIEnMeningBlirEnHanvisningInteHelaTexten() {
        assertEquals("<p>Förvaltningen delar synen i <span class=\"citat\">åtagande 1 i avsnitt 5.3 (Uppsökande arbete)</span>"
                + " men saknar en kostnadsanalys.</p>\n",
                dokument("Förvaltningen delar synen i [[5.3#1]] men saknar en kostnadsanalys."));
        assertEquals("<p>Det gäller åtagandet <span class=\"citat\">2 i avsnitt 5.3 (Uppsökande arbete)</span>.</p>\n",
                dokument("Det gäller åtagandet [[5.3#2]]."));
    }

    @Test
    void atagandeEfterKolonIPunktOchSomEgetStyckeCiterasMedKalla() {
        assertEquals("<p>Programmet säger: <span class=\"citat\">”Socialtjänstnämnden ska bedriva uppsökande arbete.” "
                + "(avsnitt 5.3, åtagande 1)</span></p>\n",
                dokument("Programmet säger: [[5.3#1]]"));
        assertEquals("<ul><li><span class=\"citat\">”Stadens bostadsbolag ska samarbeta.” (avsnitt 5.3, "
                + "åtagande 2)</span></li></ul>\n", dokument("- [[5.3#2]]"));
        assertEquals("<p>Programmet kräver följande.</p>\n<blockquote class=\"citat\"><p>”Stadens bostadsbolag ska samarbeta.”</p>"
                + "<p class=\"kalla\">– Avsnitt 5.3 (Uppsökande arbete), åtagande 2</p></blockquote>\n<p>Det är rimligt.</p>\n",
                dokument("Programmet kräver följande.\n\n[[5.3#2]]\n\nDet är rimligt."));
    }

    @Test
    void ettCitatSomInteFinnsVisasSomKod() {
        assertEquals("<p>Se <span class=\"citat ej-upplost\" title=\"[[9.9]]: avsnitt 9.9 finns inte i programmet (version 1).\">"
                + "[[9.9]]</span>.</p>\n", dokument("Se [[9.9]]."));
        assertEquals("<p><span class=\"citat ej-upplost\" title=\"[[9.9]]: avsnitt 9.9 finns inte i programmet (version 1).\">"
                + "[[9.9]]</span></p>\n", dokument("[[9.9]]"));
    }

    @Test
    void redigerarenVisarHurVarjeHanvisningLases() {
        List<Vy.Citatlasning> l = UtlatandeService.lasningar("Synpunkter", "Inledning utan citat.\nSe avsnitt [[5.3]] & mer.\n"
                + "- [[5.3#2]]", new Citatupplosare(V1, 1));
        assertEquals(List.of(new Vy.Citatlasning("Synpunkter", "[[5.3]]", "Se avsnitt 5.3 (Uppsökande arbete) & mer."),
                new Vy.Citatlasning("Synpunkter", "[[5.3#2]]",
                        "”Stadens bostadsbolag ska samarbeta.” (avsnitt 5.3, åtagande 2)")), l);
    }
}
