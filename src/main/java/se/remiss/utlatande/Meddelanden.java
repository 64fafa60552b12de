package se.remiss.utlatande;

import java.util.Map;

/** Confirmations after POST → redirect → GET; the address carries only a key, never text. */
final class Meddelanden {

    private static final Map<String, String> TEXTER = Map.of(
            "skapat", "Utkastet är skapat och ifyllt med uppgifterna från ärendet. Skriv de avsnitt som är markerade.",
            "sparat", "Utkastet är sparat som en ny version.",
            "oforandrat", "Inget var ändrat, så ingen ny version sparades.",
            "klar", "Utlåtandet är markerat klart för godkännande.",
            "ateroppnat", "Utlåtandet är ett utkast igen.");

    private Meddelanden() {
    }

    static String text(String nyckel) {
        return nyckel == null ? null : TEXTER.get(nyckel);
    }
}
