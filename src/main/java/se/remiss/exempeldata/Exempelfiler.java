package se.remiss.exempeldata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.remiss.diarium.ArendeTyp;
import se.remiss.diarium.Riktning;
import se.remiss.organisation.OrganisationTyp;

/** The shapes of the YAML files in sample-remisser/ (see its README). */
final class Exempelfiler {

    private Exempelfiler() {
    }

    record Organisationer(List<Org> organisationer, List<Gruppfil> grupper, List<Person> anvandare) {
    }

    record Org(String kortnamn, String namn, OrganisationTyp typ, String forvaltning, Diarium diarium) {
    }

    record Diarium(String format, String kod) {
    }

    record Gruppfil(String kortnamn, String namn, String beskrivning, List<String> medlemmar) {
    }

    record Person(String anvandarnamn, String namn, String titel, String epost, String organisation,
            List<String> roller) {
    }

    record Remissfil(String titel, String avsandare, String avsandarensKod, String beskrivning,
            LocalDate registrerad, LocalDate skickad, LocalDate sistaDagKontorsutlatande,
            LocalDate sistaDagNamndprotokoll, List<String> mottagare, List<Dokument> dokument,
            Map<String, String> tilldelningar, List<Dokument> program) {
    }

    record Dokument(String fil, String titel) {
    }

    record Arendefil(ArendeTyp typ, String organisation, String rubrik, LocalDate registrerad, String handlaggare,
            List<Handlingfil> handlingar) {
    }

    record Handlingfil(Riktning riktning, LocalDate datum, String motpart, String titel, String fil) {
    }

    /** A nämnd's meeting calendar (an import file beside this one) and its members. */
    record Sammantradesfil(String namnd, String kalender, List<Ledamotfil> ledamoter) {
    }

    record Ledamotfil(String anvandare, se.remiss.sammantrade.Uppdrag uppdrag, boolean kanJustera, String parti) {
    }
}
