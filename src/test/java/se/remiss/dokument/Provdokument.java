package se.remiss.dokument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 000 (Vantör's tjänsteutlåtande, 2006) as the XHTML our templates produce: the page head of
 * {@code _sidhuvud.html}, the signatories of {@code _underskrifter.html} after the proposal, and
 * every section of the seed – about six A4 pages, the size the benchmark measures.
 */
final class Provdokument {

    static final Undertecknare DIREKTOR = new Undertecknare("vantor-direktor", "Monika Viklander", "Stadsdelsdirektör",
            "Vantörs stadsdelsförvaltning", "vantor-sdf");
    static final Undertecknare AVDELNINGSCHEF = new Undertecknare("vantor-avdelningschef", "Åsa Berntsson",
            "Avdelningschef", "Vantörs stadsdelsförvaltning", "vantor-sdf");
    static final Dokumentinfo INFO = new Dokumentinfo("Tjänsteutlåtande – revidering av Stockholms stads sociala program"
            + " för att minska prostitution", "Maria Nordström", "Svar på remiss", "Vantörs stadsdelsförvaltning",
            "302-105/2006");
    static final String FRISTMENING = "Remisstiden för kontorsutlåtandet är senast den 27 mars och för "
            + "nämndprotokollet den 30 mars år 2006.";

    private Provdokument() {
    }

    /**
     * The six-page statement of the benchmark: seed 000 and, as its Bilaga 1, the opening
     * {@code stycken} paragraphs of the remitted programme (sample-remisser), as statements often carry.
     */
    static String sexSidor(int stycken) {
        StringBuilder bilaga = new StringBuilder("<section class=\"avsnitt\"><h2>Bilaga 1. Det remitterade programmet"
                + " (utdrag)</h2>\n");
        try {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of(
                    "sample-remisser/remisser/2006-socialt-program-prostitution/socialt-program-reviderat.txt"));
            java.util.List<String> delar = java.util.Arrays.stream(text.split("\\n\\s*\\n"))
                    .map(d -> d.replaceAll("\\s+", " ").strip()).filter(d -> d.length() > 80).limit(stycken).toList();
            delar.forEach(d -> bilaga.append("<p>").append(esc(d)).append("</p>\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xhtml().replace("</body></html>", bilaga + "</section></body></html>");
    }

    static String xhtml() {
        List<String> rader = seed();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="sv" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8" />
                <title>Tjänsteutlåtande – Socialt program för att minska prostitution</title>
                <link rel="stylesheet" href="/mallar/utlatande.css" /></head>
                <body class="remissvar versaler">
                <table class="sidhuvud"><tr><td>Vantörs stadsdelsförvaltning<br />Handläggare: Maria Nordström,
                socialsekreterare<br />Telefon: 08-508 00 000, maria.nordstrom@stockholm.se</td>
                <td class="dokumenttyp"><strong>TJÄNSTEUTLÅTANDE</strong><br />Dnr 302-105/2006<br />
                Avsändarens dnr 316-259/2005</td></tr>
                <tr><td>2006-03-01</td><td class="dokumenttyp">Till Vantörs stadsdelsnämnd</td></tr></table>
                <h1>Revidering av Stockholms stads sociala program för att minska prostitution<span
                class="underrubrik">Svar på remiss från Stadsledningskontoret (dnr 316-259/2005)</span></h1>
                """);
        boolean iLista = false;
        boolean underskrifterSkrivna = false;
        StringBuilder stycke = new StringBuilder();
        for (int i = 0; i < rader.size(); i++) {
            String rad = rader.get(i).strip();
            if (i >= 5 && i <= 16) {
                continue; // the seed's own signatories (names and titles); printed below as the template does
            }
            boolean rubrik = rad.length() > 5 && rad.equals(rad.toUpperCase()) && rad.matches("[A-ZÅÄÖ ]+");
            if (rad.isEmpty() || rubrik || rad.startsWith("•")) {
                iLista = stang(html, stycke, iLista, rad.startsWith("•"));
            }
            if (rubrik) {
                if (html.indexOf("<h2>") > 0) {
                    html.append("</section>\n");
                }
                if (!underskrifterSkrivna && html.indexOf("<h2>") > 0) {
                    html.append("<table class=\"underskrifter\"><tr><td>Monika Viklander<br />Stadsdelsdirektör</td>"
                            + "<td>Åsa Berntsson<br />Avdelningschef</td></tr></table>\n");
                    underskrifterSkrivna = true;
                }
                html.append("<section class=\"avsnitt\"><h2>").append(esc(rubrik(rad))).append("</h2>\n");
            } else if (rad.startsWith("•")) {
                stycke.append(rad.substring(1).strip());
            } else if (!rad.isEmpty()) {
                stycke.append(stycke.isEmpty() ? "" : " ").append(rad);
            }
        }
        stang(html, stycke, iLista, false);
        return html.append("</section></body></html>").toString();
    }

    private static boolean stang(StringBuilder html, StringBuilder stycke, boolean iLista, boolean punkt) {
        if (!stycke.isEmpty()) {
            if (punkt || iLista) {
                html.append(iLista ? "" : "<ul>").append("<li>").append(esc(stycke.toString())).append("</li>\n");
                iLista = true;
            } else {
                html.append("<p>").append(esc(stycke.toString())).append("</p>\n");
            }
            stycke.setLength(0);
        }
        if (!punkt && iLista) {
            html.append("</ul>\n");
            return false;
        }
        return iLista;
    }

    private static String rubrik(String versaler) {
        String s = versaler.toLowerCase();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<String> seed() {
        try (InputStream in = Provdokument.class.getResourceAsStream("/seeds/000_tjansteutlatande-vantor.txt")) {
            return new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
