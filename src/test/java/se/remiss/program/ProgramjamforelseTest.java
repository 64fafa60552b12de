package se.remiss.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.remiss.program.Programjamforelse.Andring;
import se.remiss.program.Programjamforelse.Avsnittsandring;
import se.remiss.program.Programjamforelse.Kravandring;
import se.remiss.program.Programjamforelse.Resultat;

class ProgramjamforelseTest {

    private static final ProgramParser PARSER = new ProgramParser();
    private static final Programstruktur REVIDERAT = PARSER.tolka(Exempeltexter.reviderat());
    private static final Programstruktur TIDIGARE = PARSER.tolka(Exempeltexter.tidigareVersion());

    private static List<String> nycklar(List<Avsnittsandring> andringar) {
        return andringar.stream().map(Avsnittsandring::nyckel).toList();
    }

    private static Avsnitt avsnitt(String nyckel, Krav... krav) {
        return new Avsnitt(nyckel, "Rubrik " + nyckel, "", List.of(krav), List.of());
    }

    private static Programstruktur program(Avsnitt... avsnitt) {
        return new Programstruktur("Program", List.of(), List.of(avsnitt));
    }

    @Test
    void sammaVersionHarIngaSkillnader() {
        assertTrue(Programjamforelse.jamfor(REVIDERAT, PARSER.tolka(Exempeltexter.reviderat())).ingaSkillnader());
    }

    @Test
    void tidigareVersionMotReviderad() {
        Resultat resultat = Programjamforelse.jamfor(TIDIGARE, REVIDERAT);

        // the two versions share no section key: Inriktningsmål against numbered chapters
        assertEquals(List.of(), resultat.avsnitt(Andring.ANDRAD));
        assertEquals(TIDIGARE.allaAvsnitt().stream().map(Avsnitt::nyckel).toList(),
                nycklar(resultat.avsnitt(Andring.BORTTAGEN)));
        assertEquals(17, resultat.avsnitt(Andring.BORTTAGEN).size()); // inledning, IM1–IM6 and their 10 sub-headings
        assertEquals(REVIDERAT.allaAvsnitt().stream().map(Avsnitt::nyckel).toList(),
                nycklar(resultat.avsnitt(Andring.TILLAGD)));
        assertEquals(33, resultat.avsnitt(Andring.TILLAGD).size());

        // the earlier version has no commitments, so all 21 are new
        assertEquals(21, resultat.krav(Andring.TILLAGD).size());
        assertEquals(List.of(), resultat.krav(Andring.BORTTAGEN));
        assertEquals(List.of(), resultat.krav(Andring.ANDRAD));
        Kravandring forsta = resultat.krav().get(0);
        assertEquals("5.1", forsta.avsnittEfter());
        assertEquals(REVIDERAT.allaKrav().get(0), forsta.efter());
    }

    @Test
    void redigeradVersionAvSeed004() {
        String redigerad = Exempeltexter.reviderat()
                // a commitment reworded (5.2, the first of three similar ones)
                .replace("tillse att skolpersonal har aktuell kompetens", "tillse att all skolpersonal har aktuell kompetens")
                // a commitment removed (the last of 5.4)
                .replace("- **Socialtjänstnämndens** prostitutionsenhet utgör en kompletterande specialistverksamhet till "
                        + "stadsdelsnämndernas utbud av insatser och ska bistå stadsdelsnämnderna i deras kompetensutveckling.\n", "")
                // a commitment added (5.5)
                .replace("som alla övriga medborgare.\n", "som alla övriga medborgare.\n"
                        + "- **Stadsdelsnämnderna ska** utse en kontaktperson för frågor om människohandel.\n")
                // a heading changed and a chapter added
                .replace("6. UPPFÖLJNING AV PROGRAMMET", "6. UPPFÖLJNING OCH REVIDERING")
                .replace("\nSLUT", "\n7. IKRAFTTRÄDANDE\n\nProgrammet gäller från och med 2007.\n");
        Resultat resultat = Programjamforelse.jamfor(REVIDERAT, PARSER.tolka(redigerad));

        assertEquals(List.of("5.2", "5.4", "5.5", "6"), nycklar(resultat.avsnitt(Andring.ANDRAD)));
        Avsnittsandring kapitel6 = resultat.avsnitt(Andring.ANDRAD).get(3);
        assertEquals("Uppföljning av programmet", kapitel6.rubrikFore());
        assertEquals("Uppföljning och revidering", kapitel6.rubrikEfter());
        assertEquals(List.of("7"), nycklar(resultat.avsnitt(Andring.TILLAGD)));
        assertEquals(List.of(), resultat.avsnitt(Andring.BORTTAGEN));

        List<Kravandring> andrade = resultat.krav(Andring.ANDRAD);
        assertEquals(1, andrade.size());
        assertEquals("Stadsdelsnämnderna och utbildningsnämnden ska tillse att skolpersonal har aktuell kompetens inom området.",
                andrade.get(0).fore().text());
        assertEquals("Stadsdelsnämnderna och utbildningsnämnden ska tillse att all skolpersonal har aktuell kompetens inom området.",
                andrade.get(0).efter().text());
        assertEquals("5.2", andrade.get(0).avsnittFore());
        assertTrue(andrade.get(0).likhet() > 0.9);

        List<Kravandring> borttagna = resultat.krav(Andring.BORTTAGEN);
        assertEquals(1, borttagna.size());
        assertEquals("5.4", borttagna.get(0).avsnittFore());
        assertTrue(borttagna.get(0).fore().text().startsWith("Socialtjänstnämndens prostitutionsenhet utgör"));

        List<Kravandring> tillagda = resultat.krav(Andring.TILLAGD);
        assertEquals(1, tillagda.size());
        assertEquals(new Krav("Stadsdelsnämnderna ska utse en kontaktperson för frågor om människohandel.",
                List.of("Stadsdelsnämnderna")), tillagda.get(0).efter());
        assertEquals("5.5", tillagda.get(0).avsnittEfter());
    }

    @Test
    void omskrivetKravArBorttagetOchTillagt() {
        Krav gammalt = new Krav("Socialtjänstnämnden ska bedriva uppsökande arbete i gatumiljöer.", List.of("Socialtjänstnämnden"));
        Krav nytt = new Krav("Kommunstyrelsen ska följa upp programmet varje år.", List.of("Kommunstyrelsen"));
        Resultat resultat = Programjamforelse.jamfor(program(avsnitt("5.3", gammalt)), program(avsnitt("5.3", nytt)));
        assertEquals(List.of(Andring.TILLAGD, Andring.BORTTAGEN), resultat.krav().stream().map(Kravandring::andring).toList());
    }

    @Test
    void flyttatKravArAndratMedBadaAvsnitten() {
        Krav krav = new Krav("Stadsdelsnämnderna ska tillhandahålla rådgivande ungdomsmottagningar.", List.of("Stadsdelsnämnderna"));
        Resultat resultat = Programjamforelse.jamfor(
                program(avsnitt("5.1", krav), avsnitt("5.2")), program(avsnitt("5.1"), avsnitt("5.2", krav)));
        assertEquals(List.of(new Kravandring(Andring.ANDRAD, "5.1", "5.2", krav, krav, 1.0)), resultat.krav());
    }

    @Test
    void nyaAdressaterArEnAndring() {
        Krav fore = new Krav("Stadsdelsnämnderna ska tillhandahålla ungdomsmottagningar.", List.of("Stadsdelsnämnderna"));
        Krav efter = new Krav("Stadsdelsnämnderna ska tillhandahålla ungdomsmottagningar.", List.of("Stadsdelsnämnderna", "Utbildningsnämnden"));
        Resultat resultat = Programjamforelse.jamfor(program(avsnitt("5.2", fore)), program(avsnitt("5.2", efter)));
        assertEquals(List.of(new Kravandring(Andring.ANDRAD, "5.2", "5.2", fore, efter, 1.0)), resultat.krav());
    }

    @Test
    void likaKravParasIOrdning() {
        Krav krav = new Krav("Stadsdelsnämnderna ska samverka.", List.of("Stadsdelsnämnderna"));
        assertTrue(Programjamforelse.jamfor(program(avsnitt("1", krav, krav)), program(avsnitt("1", krav, krav))).ingaSkillnader());
        Resultat ettFarre = Programjamforelse.jamfor(program(avsnitt("1", krav, krav)), program(avsnitt("1", krav)));
        assertEquals(List.of(new Kravandring(Andring.BORTTAGEN, "1", null, krav, null, 0)), ettFarre.krav());
    }

    @Test
    void likhetIgnorerarSkiftlageOchSkiljetecken() {
        assertEquals(1.0, Programjamforelse.likhet("Stadsdelsnämnderna ska, tillse.", "stadsdelsnämnderna  ska tillse"));
        assertEquals(0.0, Programjamforelse.likhet("helt annat", "ingenting gemensamt"));
        assertEquals(0.8, Programjamforelse.likhet("a b c d e", "a b c d f"), 1e-9);
    }
}
