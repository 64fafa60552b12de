package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Swedish phrasing of generated text. */
class SprakTest {

    @Test
    void fristmeningenSomISeed000() {
        assertEquals("Remisstiden för kontorsutlåtandet är senast den 27 mars och för nämndprotokollet den 30 mars år 2006.",
                Sprak.fristmening(LocalDate.of(2006, 3, 27), LocalDate.of(2006, 3, 30)));
        assertEquals("Remisstiden för kontorsutlåtandet är senast den 21 december år 2026 och för nämndprotokollet den "
                + "7 januari år 2027.", Sprak.fristmening(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 7)));
        assertEquals("", Sprak.fristmening(null, LocalDate.of(2006, 3, 30)));
    }

    @Test
    void namnIText() {
        assertEquals("socialtjänstförvaltningen", Sprak.iLopandeText("Socialtjänstförvaltningen"));
        assertEquals("Vantörs stadsdelsförvaltning", Sprak.iLopandeText("Vantörs stadsdelsförvaltning"));
        assertEquals("revidering av Stockholms stads program", Sprak.gemenInledning("Revidering av Stockholms stads program"));
        assertEquals("EU-direktivet", Sprak.gemenInledning("EU-direktivet"));
    }

    @Test
    void synpunktsrubrikEfterForvaltningensSlag() {
        assertEquals("Stadsdelsförvaltningens synpunkter", Sprak.synpunktsrubrik("Vantörs stadsdelsförvaltning"));
        assertEquals("Förvaltningens synpunkter", Sprak.synpunktsrubrik("Socialtjänstförvaltningen"));
        assertEquals("Kontorets synpunkter", Sprak.synpunktsrubrik("Stadsledningskontoret"));
        assertEquals("Bolagets synpunkter", Sprak.synpunktsrubrik("AB Svenska Bostäder"));
    }

    @Test
    void amneOchTalord() {
        assertEquals("att anordna en hearing om sexköp",
                Sprak.amne("Skrivelse från Christer Öhgren (mp) om att anordna en hearing om sexköp"));
        assertEquals("revidering av programmet", Sprak.amne("Revidering av programmet"));
        assertEquals("tre", Sprak.talord(3, true));
        assertEquals("ett", Sprak.talord(1, true));
        assertEquals("en", Sprak.talord(1, false));
        assertEquals("21", Sprak.talord(21, false));
        assertEquals("4 november 2003", Sprak.datum(LocalDate.of(2003, 11, 4)));
    }

    @Test
    void amnetSagerInteRemissTvaGanger() {
        // "remissen om remiss av …" (issue 14): a title that already says "remiss" gives what follows.
        assertEquals("förslag till ny parkeringspolicy", Sprak.amne("Remiss av förslag till ny parkeringspolicy"));
        assertEquals("Stockholms stads budget 2027", Sprak.amne("Remiss om Stockholms stads budget 2027"));
        assertEquals("nytt reglemente för nämnderna", Sprak.amne("Remissen angående nytt reglemente för nämnderna"));
        assertEquals("översyn av stadsdelsnämndernas indelning", Sprak.amne("Remiss – Översyn av stadsdelsnämndernas indelning"));
        assertEquals("EU:s avfallsdirektiv", Sprak.amne("Remiss: EU:s avfallsdirektiv"));
        // Words that only begin like "remiss" are left alone.
        assertEquals("remissvar från nämnderna", Sprak.amne("Remissvar från nämnderna"));
        assertEquals("revidering av Stockholms stads sociala program för att minska prostitution",
                Sprak.amne("Revidering av Stockholms stads sociala program för att minska prostitution"));
    }
}
