package se.remiss.utlatande;

import java.util.List;

/**
 * Everything a document template can show, as plain values: this is the vocabulary of the files in
 * templates/ (documented in templates/README.md). Every field is present for every kind of case —
 * empty where it does not apply — so that any template renders against any case.
 */
public record Dokumentdata(
        Utlatandedel utlatande,
        String namnd,
        String forvaltning,
        String forvaltningIText,
        String synpunktsrubrik,
        Person handlaggare,
        String dnr,
        String avsandarensDnr,
        Arendedel arende,
        Remissdel remiss,
        Programdel program,
        List<Person> underskrifter) {

    /** The draft itself. {@code stallningstagande} is null until chosen; {@code datum} is ÅÅÅÅ-MM-DD. */
    public record Utlatandedel(String datum, String datumText, Stallningstagande stallningstagande,
            String stallningstagandeText, String amne, String status, int version) {
    }

    /** {@code telefon} and {@code epost} are empty when not registered. */
    public record Person(String namn, String titel, String telefon, String epost) {

        Person(String namn, String titel) {
            this(namn, titel, "", "");
        }
    }

    /** {@code typ}: REMISS_IN, SKRIVELSE, …; {@code motpart}: who sent or wrote it; {@code registrerat}: "4 november 2003". */
    public record Arendedel(String typ, String rubrik, String motpart, String motpartIText, String registrerat) {
    }

    /** Empty strings and lists for a case that is no remiss. */
    public record Remissdel(String titel, String avsandare, String avsandareIText, String mottagarkrets,
            String sistaDagKontorsutlatande, String sistaDagNamndprotokoll, String fristmening, List<String> dokument) {
    }

    /** The imported programme; {@code finns} false (and empty lists) when there is none. */
    public record Programdel(boolean finns, String titel, int version, List<String> mal, String antalMal,
            List<Del> delar, String antalDelar) {
    }

    /** A part of the programme that carries commitments (5.1 … 5.5 in the sample). */
    public record Del(String nyckel, String rubrik, String benamning, List<Atagandedel> atagande) {
    }

    /** {@code riktatTillOss}: addressed to the deciding body or its office; {@code kod}: how to cite it. */
    public record Atagandedel(String text, boolean riktatTillOss, String kod) {
    }

    /**
     * Made-up cases every template is tried against when it is loaded: a complete remiss, and a
     * case with nothing chosen yet (no stance, no programme, no remiss, no signatories).
     */
    static List<Dokumentdata> provfall() {
        Dokumentdata full = prov();
        Dokumentdata tom = new Dokumentdata(
                new Utlatandedel("", "", null, "", "", "Utkast", 1), "Provnämnden", "Provförvaltningen",
                "provförvaltningen", "Förvaltningens synpunkter", new Person("", ""), "", "",
                new Arendedel("SKRIVELSE", "Prov", "", "", ""),
                new Remissdel("", "", "", "", "", "", "", List.of()),
                new Programdel(false, "", 0, List.of(), "noll", List.of(), "noll"), List.of());
        return List.of(full, tom);
    }

    private static Dokumentdata prov() {
        Programdel program = new Programdel(true, "Program för prov", 2, List.of("Det första målet.", "Det andra målet."),
                "två", List.of(new Del("5.1", "Första delen", "avsnitt 5.1 Första delen",
                        List.of(new Atagandedel("Nämnderna ska pröva mallen.", true, "[[5.1#1]]")))), "en");
        return new Dokumentdata(
                new Utlatandedel("2006-03-01", "1 mars 2006", Stallningstagande.AVSTAR, Stallningstagande.AVSTAR.etikett,
                        "provet av mallen", "Utkast", 1),
                "Provnämnden", "Provförvaltningen", "provförvaltningen", "Förvaltningens synpunkter",
                new Person("Handläggare Prov", "Handläggare", "08-508 00 000", "prov@stockholm.se.example"), "302-1-06", "316-1/2006",
                new Arendedel("REMISS_IN", "Prov av mallen", "Stadsledningskontoret", "stadsledningskontoret",
                        "7 februari 2006"),
                new Remissdel("Prov av mallen", "Stadsledningskontoret", "stadsledningskontoret", "Provnämnden",
                        "2006-03-27", "2006-03-30", Sprak.fristmening(java.time.LocalDate.of(2006, 3, 27),
                                java.time.LocalDate.of(2006, 3, 30)), List.of("Programmet")),
                program,
                List.of(new Person("Första Undertecknare", "Direktör"), new Person("Andra Undertecknare", "Avdelningschef")));
    }
}
