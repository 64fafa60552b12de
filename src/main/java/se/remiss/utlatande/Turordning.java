package se.remiss.utlatande;

import java.util.Locale;

/**
 * Why someone who is not next cannot approve, in Swedish: "Det är avdelningschefens (Åsa
 * Berntssons) tur att godkänna version 3.", for the API's problem detail and the page. A one-word title takes its definite genitive
 * (avdelningschef → avdelningschefens, handläggare → handläggarens); otherwise the name's genitive.
 */
final class Turordning {

    static final String INTE_UNDERTECKNARE = "Du är inte undertecknare av det här utlåtandet.";

    private Turordning() {
    }

    /**
     * The message for a signatory who is not next, when {@code namn} with {@code titel} is;
     * {@code redanGodkant}: the caller has already approved this version.
     */
    static String inteDinTur(String namn, String titel, int version, boolean redanGodkant) {
        String vems = titel != null && titel.strip().matches("\\p{L}+")
                ? bestamdGenitiv(titel.strip().toLowerCase(Locale.ROOT)) + " (" + genitiv(namn) + ")"
                : genitiv(namn);
        return redanGodkant
                ? "Du har redan godkänt version " + version + ". Nu är det " + vems + " tur att godkänna."
                : "Det är " + vems + " tur att godkänna version " + version
                        + ". Utlåtandet visas under Att godkänna när det är din tur.";
    }

    /** avdelningschef → avdelningschefens, stadsdelsdirektör → stadsdelsdirektörens, handläggare → handläggarens. */
    static String bestamdGenitiv(String ord) {
        return ord.endsWith("e") ? ord + "ns" : ord + "ens";
    }

    /** Åsa Berntsson → Åsa Berntssons; Lars Weiss → Lars Weiss (a name ending in s, x or z takes nothing). */
    static String genitiv(String namn) {
        String n = namn.strip();
        char sista = Character.toLowerCase(n.charAt(n.length() - 1));
        return sista == 's' || sista == 'x' || sista == 'z' ? n : n + "s";
    }
}
