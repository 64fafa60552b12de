package se.remiss.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgramParserTest {

    private static final ProgramParser PARSER = new ProgramParser();

    private static List<String> nycklar(List<Avsnitt> avsnitt) {
        return avsnitt.stream().map(Avsnitt::nyckel).toList();
    }

    private static List<String> rubriker(List<Avsnitt> avsnitt) {
        return avsnitt.stream().map(Avsnitt::rubrik).toList();
    }

    /** Seed 004, the remitted programme. */
    @Nested
    class ReviderattProgram {

        private final Programstruktur program = PARSER.tolka(Exempeltexter.reviderat());

        private Avsnitt avsnitt(String nyckel) {
            return program.avsnitt(nyckel).orElseThrow(() -> new AssertionError("inget avsnitt " + nyckel));
        }

        @Test
        void titel() {
            assertEquals("Socialt program för att minska prostitution", program.titel());
        }

        @Test
        void kapitel1Till6IVanligSkiftlage() {
            assertEquals(List.of("1", "2", "3", "4", "5", "6"), nycklar(program.avsnitt()));
            assertEquals(List.of("Inledning", "Omvärldsfaktorer", "Nationell nivå", "Stockholms stads program",
                    "Genomförande av programmet", "Uppföljning av programmet"), rubriker(program.avsnitt()));
        }

        @Test
        void kapitel5HarAvsnitten51Till55() {
            List<Avsnitt> numrerade = avsnitt("5").underavsnitt();
            assertEquals(List.of("5.1", "5.2", "5.3", "5.4", "5.5"), nycklar(numrerade));
            assertEquals(List.of("Stockholm i ett helhetsperspektiv", "Förebyggande", "Uppsökande arbete",
                    "Vård och behandling", "Människohandel för sexuella ändamål"), rubriker(numrerade));
        }

        @Test
        void onumreradeUnderrubrikerLiggerUnderSittNumreradeAvsnitt() {
            assertEquals(List.of("1/bakgrund", "1/sexkopslagen"), nycklar(avsnitt("1").underavsnitt()));
            assertEquals(List.of("3/lagstiftning"), nycklar(avsnitt("3").underavsnitt()));
            assertEquals(List.of("4/styrdokument"), nycklar(avsnitt("4").underavsnitt()));
            assertEquals(List.of("Barn och unga", "Skolan", "Social och emotionell träning", "Elevhälsa",
                    "Ungdomsmottagningar", "Vuxna"), rubriker(avsnitt("5.2").underavsnitt()));
            assertEquals(List.of("Sexköpare", "Manlig prostitution", "Kvinnlig prostitution", "Barnprostitution",
                    "\"Sexturism\"", "Prostitutionsarenor", "Gatuprostitution", "Inomhusprostitution", "Nätprostitution"),
                    rubriker(avsnitt("5.3").underavsnitt()));
            assertEquals("5.3/sexturism", avsnitt("5.3").underavsnitt().get(4).nyckel());
            assertEquals(List.of("5.4/upptackt", "5.4/stod-och-behandling"), nycklar(avsnitt("5.4").underavsnitt()));
            assertEquals(List.of("5.5/samverkansplan"), nycklar(avsnitt("5.5").underavsnitt()));
            assertEquals(List.of(), avsnitt("6").underavsnitt());
            assertEquals(List.of(), avsnitt("2").underavsnitt());
        }

        @Test
        void numreradListaIKapitel6BlirInteRubriker() {
            String text = avsnitt("6").text();
            assertTrue(text.contains("\n\n1. Uppföljning av de åtgärder som inleder respektive delavsnitt"));
            assertTrue(text.endsWith("Socialtjänstnämnden ansvarar för att programmet följs upp i övergripande "
                    + "bemärkelse vart fjärde år."), "SLUT hör inte till texten");
        }

        @Test
        void avsnittetsTextArDessEgenUtanUnderavsnitt() {
            assertEquals("Socialtjänstnämnden fick våren 2004 i uppdrag att revidera stadens sociala program för att "
                    + "minska prostitution (KF:2001-09-17)", avsnitt("1").text());
            assertEquals("", avsnitt("1/bakgrund").text());
            assertTrue(avsnitt("1/sexkopslagen").text().startsWith("Sedan den 1 januari 1999"));
            assertTrue(avsnitt("2").text().contains("är dock att gatuprostitutionen synes ha minskat"));
            assertTrue(avsnitt("5.2").text().startsWith("• Stadsdelsnämnderna och utbildningsnämnden ska tillse att "
                    + "skolpersonal har aktuell kompetens inom området.\n• Stadsdelsnämnderna"));
        }

        @Test
        void treOvergripandeMal() {
            assertEquals(List.of(
                    "Efterfrågan på köp av sexuella tjänster ska minska.",
                    "Handel med människor för sexuella ändamål ska inte förekomma.",
                    "Alla barn ska ha rätt till en säker och trygg uppväxt och får inte utsättas för kränkande "
                            + "behandling eller misshandel."), program.mal());
        }

        @Test
        void tjugoettKravSomInleder51Till55() {
            Map<String, Integer> antal = program.allaAvsnitt().stream().filter(a -> !a.krav().isEmpty())
                    .collect(Collectors.toMap(Avsnitt::nyckel, a -> a.krav().size()));
            assertEquals(Map.of("5.1", 4, "5.2", 5, "5.3", 6, "5.4", 4, "5.5", 2), antal);
            assertEquals(21, program.allaKrav().size());
        }

        @Test
        void kravensExaktaText() {
            assertEquals("Stockholms stads nämnder och bolag ska inte anlita hotell, taxibolag, restaurang eller "
                    + "annan näringsidkare som i sin verksamhet främjar köp av sexuella tjänster eller förmedlar "
                    + "pornografi.", avsnitt("5.1").krav().get(0).text());
            assertEquals(List.of(
                    "I ärenden som rör människohandel är det socialtjänstnämndens socialjour som är den mottagande "
                            + "enheten för socialtjänsten i Stockholm. När den akuta situationen är löst överlämnas "
                            + "ärendet till ansvarig stadsdelsnämnd.",
                    "Personer utsatta för människohandel som beviljats tillfälligt uppehållstillstånd har rätt till "
                            + "bistånd enligt socialtjänstlagen som alla övriga medborgare."),
                    avsnitt("5.5").krav().stream().map(Krav::text).toList());
            assertEquals("Socialtjänstnämnden och stadsdelsnämnderna ska tillsammans med Stockholms läns landstings "
                    + "smittskydds-enhet sprida kunskap om risker för smitta av olika sexuellt överförbara infektioner "
                    + "vid oskyddade sexuella kontakter till dem som säljer sexuella tjänster.",
                    avsnitt("5.3").krav().get(3).text());
            assertEquals("Stadsdelsnämnderna ska erbjuda både köpare och säljare av sexuella tjänster stöd- och "
                    + "hjälpinsatser.", avsnitt("5.4").krav().get(2).text());
        }

        @Test
        void varjeKravsAdressater() {
            List<String> sdn = List.of("Stadsdelsnämnderna");
            List<String> son = List.of("Socialtjänstnämnden");
            List<String> sdnUtbn = List.of("Stadsdelsnämnderna", "Utbildningsnämnden");
            List<String> sonSdn = List.of("Socialtjänstnämnden", "Stadsdelsnämnderna");
            assertAdressater("5.1", List.of("Stockholms stads nämnder och bolag"), son,
                    List.of("Stockholms stad"), List.of("Stockholms stad"));
            assertAdressater("5.2", sdnUtbn, sdnUtbn, sdnUtbn, sdn, son);
            assertAdressater("5.3", son, son, sonSdn, sonSdn, son, List.of("Stadens bostadsbolag"));
            // "Socialtjänstnämndens prostitutionsenhet utgör … till stadsdelsnämndernas utbud … och ska bistå
            // stadsdelsnämnderna": the subject is the prostitution unit only
            assertAdressater("5.4", sdn, sdn, sdn, son);
            // no "ska" in 5.5; the second names no body and keeps an empty list
            assertAdressater("5.5", List.of("Socialtjänstnämnden", "Stadsdelsnämnd"), List.of());
        }

        @SafeVarargs
        private void assertAdressater(String nyckel, List<String>... forvantade) {
            assertEquals(List.of(forvantade), avsnitt(nyckel).krav().stream().map(Krav::adressater).toList(), nyckel);
        }

        @Test
        void senarePunktlistorRaknasInteSomKrav() {
            Avsnitt barnOchUnga = avsnitt("5.2/barn-och-unga");
            assertTrue(barnOchUnga.text().contains("• Stockholms Tobaks-, Alkohol- och Narkotikapolitiska program "
                    + "(STAN – programmet /KF: 2004-12-14)\n• Strategi för elevhälsa i Stockholms stad (KF:2004-09-20)"));
            assertEquals(List.of(), barnOchUnga.krav());
            assertTrue(program.allaKrav().stream().noneMatch(k -> k.text().startsWith("Stockholms Tobaks")));
            // "ska" sentences in running text are not counted either when the programme has opening lists
            assertTrue(program.allaKrav().stream().noneMatch(k -> k.text().startsWith("Kommunstyrelsen ska")));
        }
    }

    /** Seed 001, the earlier version. */
    @Nested
    class TidigareVersion {

        private final Programstruktur program = PARSER.tolka(Exempeltexter.tidigareVersion());

        @Test
        void titelOchInriktningsmal1Till6() {
            assertEquals("Socialt program för att minska prostitutionen", program.titel());
            assertEquals(List.of("inledning", "IM1", "IM2", "IM3", "IM4", "IM5", "IM6"), nycklar(program.avsnitt()));
            assertEquals("Inriktningsmål 1: De som ägnar sig åt prostitution ska erbjudas stöd att sluta prostituera sig.",
                    program.avsnitt().get(1).rubrik());
            assertEquals("Inriktningsmål 6: Samverkan mellan dem som arbetar med prostituerade ska öka så att den "
                    + "samlade kompetensen tas tillvara och kommer prostituerade och sexköpare till del",
                    program.avsnitt().get(6).rubrik());
        }

        @Test
        void textenForeForstaRubrikenBlirInledning() {
            Avsnitt inledning = program.avsnitt().get(0);
            assertEquals("Inledning", inledning.rubrik());
            assertTrue(inledning.text().startsWith("Kommunfullmäktige gav den 1 mars 2004 socialtjänstnämnden"));
            assertTrue(inledning.text().endsWith("ska hållas på så låg nivå som möjligt."));
        }

        @Test
        void underrubrikerPerInriktningsmal() {
            Map<String, List<String>> underrubriker = program.avsnitt().stream().skip(1)
                    .collect(Collectors.toMap(Avsnitt::nyckel, a -> rubriker(a.underavsnitt())));
            assertEquals(Map.of(
                    "IM1", List.of("Uppsökande arbete och stöd till prostituerade", "Trafficking"),
                    "IM2", List.of("KAST – köpare av sexuella tjänster"),
                    "IM3", List.of("Förslag att förebyggande arbete utvecklas av utbildningsnämnden och stadsdelsnämnderna"),
                    "IM4", List.of("Kunskapscentrum om prostitution", "Dokumentation"),
                    "IM5", List.of("Inomhus prostitution", "Internetprostitution", "Projekt för pojkar och män i prostitution"),
                    "IM6", List.of("Nätverk för samverkan")), underrubriker);
            assertEquals(List.of("IM1/uppsokande-arbete-och-stod-till-prostituerade", "IM1/trafficking"),
                    nycklar(program.avsnitt().get(1).underavsnitt()));
        }

        @Test
        void ingaMalOchIngaKravUtanAdresseradeSkaMeningar() {
            // no "övergripande mål"; no opening lists; its "ska" sentences oblige no named body
            // ("Staten ska ersätta …", "Det ska innehålla …")
            assertEquals(List.of(), program.mal());
            assertEquals(List.of(), program.allaKrav());
        }
    }

    @Test
    void malenIVantorsSammanfattningArProgrammetsMal() {
        assertEquals(PARSER.tolka(Exempeltexter.reviderat()).mal(), PARSER.tolka(Exempeltexter.vantorsUtlatande()).mal());
    }

    @Nested
    class Regler {

        @Test
        void rubrikerIVersalerFarVanligSkiftlageMedEgennamnOchForkortningar() {
            Programstruktur program = PARSER.tolka("""
                    SOCIALT PROGRAM

                    1. SAMARBETE I STOCKHOLM MED FN

                    Staden samarbetar i Stockholm och i Sverige, bland annat med FN:s organ.

                    1.1 SVERIGE OCH VÄRLDEN

                    Text om världen och om staden.
                    """);
            assertEquals("Socialt program", program.titel());
            assertEquals("Samarbete i Stockholm med FN", program.avsnitt().get(0).rubrik());
            assertEquals("Sverige och världen", program.avsnitt().get(0).underavsnitt().get(0).rubrik());
        }

        @Test
        void versalEfterTankstreckEllerParentesArInteEgennamn() {
            Programstruktur program = PARSER.tolka("""
                    Program

                    1. REVIDERING OCH UPPFÖLJNING

                    Handlingsprogrammet (KF: 1999-09-06 - Revidering pågår) och (Uppföljning årligen).
                    """);
            assertEquals("Revidering och uppföljning", program.avsnitt().get(0).rubrik());
        }

        @Test
        void numreringSomGarBakatArIngenRubrik() {
            Programstruktur program = PARSER.tolka("""
                    Program

                    1. Första kapitlet

                    Text.

                    2. Andra kapitlet

                    1 Ett numrerat stycke utan punkt

                    Mer text.
                    """);
            assertEquals(List.of("1", "2"), nycklar(program.avsnitt()));
            assertTrue(program.avsnitt().get(1).text().contains("1 Ett numrerat stycke utan punkt"));
        }

        @Test
        void underavsnittUtanForalderHamnarUnderNarmasteForfader() {
            Programstruktur program = PARSER.tolka("Program\n\n2 Kapitel\n\nText.\n\n2.1.1 Djupt avsnitt\n\nText.\n\n3 Nästa\n\nText.");
            assertEquals(List.of("2", "3"), nycklar(program.avsnitt()));
            assertEquals(List.of("2.1.1"), nycklar(program.avsnitt().get(0).underavsnitt()));
        }

        @Test
        void upprepadUnderrubrikFarUnikNyckel() {
            Programstruktur program = PARSER.tolka("Program\n\n1. Ett\n\nBakgrund\n\nText.\n\nBakgrund\n\nMer text.");
            assertEquals(List.of("1/bakgrund", "1/bakgrund-2"), nycklar(program.avsnitt().get(0).underavsnitt()));
        }

        @Test
        void kortBrodtextUtanPunktArIngenRubrikOmInteTextFoljer() {
            Programstruktur program = PARSER.tolka("Program\n\n1. Ett\n\nText.\n\nsamt\n\n• En punkt\n\nSista raden utan punkt");
            assertEquals(List.of(), program.avsnitt().get(0).underavsnitt());
            assertEquals("Text.\n\nsamt\n\n• En punkt\n\nSista raden utan punkt", program.avsnitt().get(0).text());
        }

        @Test
        void utanInledandeListorRaknasSkameningarSomObligerarEttOrgan() {
            Programstruktur program = PARSER.tolka("""
                    Program

                    1. Ansvar

                    Kommunstyrelsen ska följa upp programmet årligen. Enligt Stockholms stads handlingsprogram ska allt \
                    arbete präglas av barnkonventionen. Det ska finnas en plan. Socialtjänstnämndens prostitutionsenhet \
                    skall bistå stadsdelsnämnderna.

                    • Stadens bostadsbolag ska samverka med polisen.
                    """);
            List<Krav> krav = program.allaKrav();
            assertEquals(List.of("Kommunstyrelsen ska följa upp programmet årligen.",
                    "Socialtjänstnämndens prostitutionsenhet skall bistå stadsdelsnämnderna.",
                    "Stadens bostadsbolag ska samverka med polisen."), krav.stream().map(Krav::text).toList());
            assertEquals(List.of(List.of("Kommunstyrelsen"), List.of("Socialtjänstnämnden"), List.of("Stadens bostadsbolag")),
                    krav.stream().map(Krav::adressater).toList());
        }

        @Test
        void kravUtanNamngivetOrganBehallsMedTomLista() {
            Programstruktur program = PARSER.tolka("Program\n\n1. Kapitel\n\n1.1 Avsnitt\n\n• Alla barn ska ha en trygg uppväxt.\n\nText.");
            assertEquals(List.of(new Krav("Alla barn ska ha en trygg uppväxt.", List.of())), program.allaKrav());
        }

        @Test
        void tomText() {
            assertEquals(new Programstruktur("", List.of(), List.of()), PARSER.tolka(""));
        }

        @Test
        void modellenArOforanderlig() {
            Programstruktur program = PARSER.tolka(Exempeltexter.reviderat());
            Avsnitt avsnitt = program.avsnitt("5.1").orElseThrow();
            assertFalse(tryck(() -> program.avsnitt().add(avsnitt)));
            assertFalse(tryck(() -> avsnitt.krav().clear()));
            assertFalse(tryck(() -> avsnitt.krav().get(0).adressater().add("x")));
        }

        private boolean tryck(Runnable andring) {
            try {
                andring.run();
                return true;
            } catch (UnsupportedOperationException e) {
                return false;
            }
        }
    }
}
