package se.remiss.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdressatupplosningTest {

    private static final Adressatupplosning UPPLOSNING = new Adressatupplosning(exempelregistret());

    /** The organisations and groups of sample-remisser/organisationer.yaml, by name. */
    private static Adressatupplosning.Register exempelregistret() {
        List<String> organisationer = new ArrayList<>();
        List<String> grupper = new ArrayList<>();
        Pattern namn = Pattern.compile("^\\s+namn:\\s*(.+?)\\s*$");
        try {
            List<String> aktuell = organisationer;
            for (String rad : Files.readAllLines(Path.of("sample-remisser/organisationer.yaml"))) {
                if (rad.startsWith("grupper:")) {
                    aktuell = grupper;
                } else if (rad.startsWith("anvandare:")) {
                    aktuell = new ArrayList<>();
                }
                Matcher m = namn.matcher(rad);
                if (m.matches()) {
                    aktuell.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Adressatupplosning.Register.avNamn(organisationer, grupper);
    }

    private static Adressatupplosning.Resultat upplos(String... namn) {
        return UPPLOSNING.upplos(List.of(namn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stadsdelsnämnderna", "stadsdelsnämnder", "Stadsdelsnämnd", "stadsdelsnämnden",
        "Stockholms stads samtliga stadsdelsnämnder", "Alla stadsdelsnämnder"})
    void stadsdelsnamndernaArGruppenAvAllaStadsdelsnamnder(String namn) {
        assertEquals(new Adressatupplosning.Resultat(List.of("Alla stadsdelsnämnder"), List.of()), upplos(namn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Socialtjänstnämnden", "socialtjänstnämnden", "SOCIALTJÄNSTNÄMNDEN", "socialtjänstnämnd",
        "Socialtjänstnämndens"})
    void socialtjanstnamndenArDenOrganisationenOavsettSkiftlageOchForm(String namn) {
        assertEquals(List.of("Socialtjänstnämnden"), upplos(namn).riktadTill());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stadens bostadsbolag", "bostadsbolagen", "Stockholms stads bostadsbolag"})
    void bostadsbolagenArGruppen(String namn) {
        assertEquals(List.of("Stadens bostadsbolag"), upplos(namn).riktadTill());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stockholms stads nämnder och bolag", "stadens alla nämnder och bolag", "Stockholms stad"})
    void stadensNamnderOchBolagArAlla(String namn) {
        assertEquals(List.of("Stockholms stads nämnder och bolag"), upplos(namn).riktadTill());
    }

    @Test
    void tvaNamnMedOchBlirBada() {
        assertEquals(List.of("Socialtjänstnämnden", "Alla stadsdelsnämnder"),
                upplos("Socialtjänstnämnden och stadsdelsnämnderna").riktadTill());
        assertEquals(List.of("Alla stadsdelsnämnder", "Utbildningsnämnden"),
                upplos("Stadsdelsnämnderna samt utbildningsnämnden").riktadTill());
        assertEquals(List.of("Kommunstyrelsen", "Utbildningsnämnden", "Alla stadsdelsnämnder"),
                upplos("Kommunstyrelsen, utbildningsnämnden och stadsdelsnämnderna").riktadTill());
    }

    @Test
    void namnMedOchEfterBindestreckDelasInte() {
        assertEquals(List.of("Miljö- och hälsoskyddsnämnden"), upplos("Miljö- och hälsoskyddsnämnden").riktadTill());
        assertEquals(List.of("Gatu- och fastighetsnämnden"), upplos("gatu- och fastighetsnämnden").riktadTill());
    }

    @Test
    void enskildOrganisationMedNamn() {
        assertEquals(List.of("Vantörs stadsdelsnämnd"), upplos("Vantörs stadsdelsnämnd").riktadTill());
        assertEquals(List.of("Stadsledningskontoret"), upplos("stadsledningskontoret").riktadTill());
    }

    @Test
    void okandaNamnRedovisasForSig() {
        assertEquals(new Adressatupplosning.Resultat(List.of(), List.of("Länsstyrelsen")), upplos("Länsstyrelsen"));
        assertEquals(new Adressatupplosning.Resultat(List.of("Socialtjänstnämnden"), List.of("polisen")),
                upplos("Socialtjänstnämnden och polisen"));
    }

    @Test
    void varjeMottagareEnGang() {
        assertEquals(List.of("Alla stadsdelsnämnder", "Socialtjänstnämnden"),
                upplos("Stadsdelsnämnderna", "Socialtjänstnämnden", "stadsdelsnämnd").riktadTill());
    }

    @Test
    void ingaAdressaterGerTomtResultat() {
        assertEquals(new Adressatupplosning.Resultat(List.of(), List.of()), UPPLOSNING.upplos(List.of()));
    }

    @Test
    void registretsIdLamnasVidare() {
        Adressatupplosning.Register medId = new Adressatupplosning.Register() {
            @Override
            public Optional<String> organisationMedNamn(String namn) {
                return namn.equals("Socialtjänstnämnden") ? Optional.of("org-17") : Optional.empty();
            }

            @Override
            public Optional<String> gruppMedNamn(String namn) {
                return namn.equals("Alla stadsdelsnämnder") ? Optional.of("grupp-3") : Optional.empty();
            }
        };
        assertEquals(List.of("org-17", "grupp-3"),
                new Adressatupplosning(medId).upplos(List.of("Socialtjänstnämnden och stadsdelsnämnderna")).riktadTill());
    }

    @Test
    void synonymUtanGruppIRegistretArOkand() {
        Adressatupplosning utanGrupper = new Adressatupplosning(
                Adressatupplosning.Register.avNamn(List.of("Socialtjänstnämnden"), List.of()));
        assertEquals(new Adressatupplosning.Resultat(List.of(), List.of("Stadsdelsnämnderna")),
                utanGrupper.upplos(List.of("Stadsdelsnämnderna")));
    }

    @Test
    void egenSynonymtabell() {
        Adressatupplosning egen = new Adressatupplosning(
                Adressatupplosning.Register.avNamn(List.of(), List.of("SDN")), Map.of("stadsdelsnämnd", "SDN"));
        assertEquals(List.of("SDN"), egen.upplos(List.of("Samtliga stadsdelsnämnder")).riktadTill());
    }

    @Test
    void standardsynonymernasGrupperFinnsIExempelregistret() {
        Adressatupplosning.Register register = exempelregistret();
        for (String grupp : Adressatupplosning.STANDARDSYNONYMER.values()) {
            assertTrue(register.gruppMedNamn(grupp).isPresent(), grupp);
        }
    }

    @Test
    void allaKravISeed004KanUpplosasOchTrettonGallerVantor() {
        Programstruktur program = new ProgramParser().tolka(Exempeltexter.reviderat());
        Set<String> vantor = Set.of("Vantörs stadsdelsnämnd", "Alla stadsdelsnämnder", "Stockholms stads nämnder och bolag");
        int riktadeTillVantor = 0;
        for (Krav krav : program.allaKrav()) {
            Adressatupplosning.Resultat resultat = UPPLOSNING.upplos(krav);
            assertEquals(List.of(), resultat.okandaMottagare(), krav.text());
            assertEquals(krav.adressater().size(), resultat.riktadTill().size(), krav.text());
            if (resultat.riktadTill().stream().anyMatch(vantor::contains)) {
                riktadeTillVantor++;
            }
        }
        // 5.1: 3 (nämnder och bolag, Stockholms stad ×2), 5.2: 4, 5.3: 2, 5.4: 3, 5.5: 1
        assertEquals(13, riktadeTillVantor);
    }
}
