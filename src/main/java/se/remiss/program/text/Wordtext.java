package se.remiss.program.text;

import static se.remiss.program.text.Granser.MAX_TABELLDJUP;
import static se.remiss.program.text.Granser.MAX_TECKEN;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Body text of a Word document in reading order: one paragraph per line with blank lines
 * between paragraphs, consecutive list items on consecutive lines. Bullet items get "• ",
 * numbered paragraphs (numbered headings included) the number Word shows, e.g. "5.3 ".
 * Table cells are read row by row, cell by cell. Headers, footers, footnotes and comments are
 * left out.
 */
final class Wordtext {
    private final XWPFDocument dokument;
    private final XWPFNumbering numrering;
    private final XWPFStyles stilar;
    private final Avbrott avbrott;
    private final StringBuilder ut = new StringBuilder();
    private final Map<BigInteger, int[]> raknare = new HashMap<>();
    private boolean foregaendeVarListpunkt;

    Wordtext(XWPFDocument dokument, Avbrott avbrott) {
        this.dokument = dokument;
        this.numrering = dokument.getNumbering();
        this.stilar = dokument.getStyles();
        this.avbrott = avbrott;
    }

    String text() {
        block(dokument.getBodyElements(), 0);
        return ut.toString();
    }

    private void block(List<IBodyElement> element, int djup) {
        for (IBodyElement e : element) {
            avbrott.kontrollera();
            if (e instanceof XWPFParagraph stycke) {
                stycke(stycke);
            } else if (e instanceof XWPFTable tabell) {
                tabell(tabell, djup);
            } else if (e instanceof XWPFSDT sdt && sdt.getContent() != null) {
                skriv(sdt.getContent().getText(), false);
            }
        }
    }

    private void tabell(XWPFTable tabell, int djup) {
        if (djup >= MAX_TABELLDJUP) {
            throw new ForMycket();
        }
        for (XWPFTableRow rad : tabell.getRows()) {
            for (XWPFTableCell cell : rad.getTableCells()) {
                block(cell.getBodyElements(), djup + 1);
            }
        }
    }

    /** POI writes a footnote's or endnote's reference into the paragraph's text; the notes themselves are left out. */
    private static final Pattern NOTREFERENS =
            Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+\\]");
    private static final Pattern NOTTEXT =
            Pattern.compile("(?s)\\s*\\[\\d+: .*\\]\\s*$");

    private void stycke(XWPFParagraph stycke) {
        String text = stycke.getText();
        if (text != null && NOTREFERENS.matcher(text).find()) {
            // POI also appends the notes' own text, "[2: …]", after the paragraph: cut it off too.
            text = NOTTEXT.matcher(NOTREFERENS.matcher(text).replaceAll("")).replaceFirst("");
        }
        if (text == null || text.isBlank()) {
            return;
        }
        String prefix = "";
        boolean listpunkt = false;
        CTNumPr numPr = numrering == null ? null : numPr(stycke);
        CTLvl niva = numPr == null ? null : niva(numPr);
        if (niva != null) {
            String format = niva.getNumFmt() == null ? "decimal" : String.valueOf(niva.getNumFmt().getVal());
            if ("bullet".equals(format)) {
                prefix = "• ";
                listpunkt = true;
            } else {
                String etikett = etikett(numPr);
                if (!etikett.isBlank()) {
                    prefix = etikett.strip() + " ";
                }
                listpunkt = !arRubrik(stycke);
            }
        } else if (arListstil(stycke)) {
            prefix = "• ";
            listpunkt = true;
        }
        String inledning = text.stripLeading();
        if (prefix.equals("• ") && !inledning.isEmpty() && "•◦▪▫‣⁃–-·*".indexOf(inledning.charAt(0)) >= 0) {
            prefix = "";
        }
        skriv(prefix + text, listpunkt);
    }

    private void skriv(String text, boolean listpunkt) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (ut.length() > 0) {
            ut.append(listpunkt && foregaendeVarListpunkt ? "\n" : "\n\n");
        }
        if (ut.length() + (long) text.length() > MAX_TECKEN) {
            throw new ForMycket();
        }
        ut.append(text.strip());
        foregaendeVarListpunkt = listpunkt;
    }

    private boolean arRubrik(XWPFParagraph stycke) {
        String namn = stilnamn(stycke.getStyleID());
        return namn.startsWith("heading") || namn.startsWith("rubrik") || namn.equals("title")
                || namn.equals("rubrik");
    }

    private boolean arListstil(XWPFParagraph stycke) {
        String namn = stilnamn(stycke.getStyleID());
        return namn.contains("list") || namn.contains("punkt");
    }

    private String stilnamn(String stilId) {
        if (stilId == null) {
            return "";
        }
        XWPFStyle stil = stilar == null ? null : stilar.getStyle(stilId);
        String namn = stil != null && stil.getName() != null ? stil.getName() : stilId;
        return namn.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** The paragraph's own numbering, else the one its style (or a style it is based on) gives. */
    private CTNumPr numPr(XWPFParagraph stycke) {
        CTPPr pPr = stycke.getCTP().getPPr();
        CTNumPr egen = pPr == null ? null : pPr.getNumPr();
        if (egen != null && egen.getNumId() != null) {
            return egen;
        }
        String stilId = stycke.getStyleID();
        Set<String> sedda = new HashSet<>();
        while (stilId != null && stilar != null && sedda.add(stilId) && sedda.size() < 32) {
            XWPFStyle stil = stilar.getStyle(stilId);
            if (stil == null || stil.getCTStyle() == null) {
                return null;
            }
            CTPPrGeneral stilPPr = stil.getCTStyle().getPPr();
            if (stilPPr != null && stilPPr.getNumPr() != null && stilPPr.getNumPr().getNumId() != null) {
                CTNumPr fran = stilPPr.getNumPr();
                if (egen != null && egen.getIlvl() != null) {
                    CTNumPr kopia = (CTNumPr) fran.copy();
                    kopia.setIlvl(egen.getIlvl());
                    return kopia;
                }
                return fran;
            }
            stilId = stil.getBasisStyleID();
        }
        return null;
    }

    private int ilvl(CTNumPr numPr) {
        if (numPr.getIlvl() == null || numPr.getIlvl().getVal() == null) {
            return 0;
        }
        return Math.max(0, Math.min(8, numPr.getIlvl().getVal().intValue()));
    }

    private CTLvl niva(CTNumPr numPr) {
        return niva(numPr.getNumId().getVal(), ilvl(numPr));
    }

    private CTLvl niva(BigInteger numId, int ilvl) {
        if (numId == null || numId.signum() == 0) {
            return null; // numId 0 switches numbering off
        }
        XWPFNum num = numrering.getNum(numId);
        if (num == null || num.getCTNum() == null) {
            return null;
        }
        for (CTNumLvl overstyrning : num.getCTNum().getLvlOverrideList()) {
            if (overstyrning.getIlvl() != null && overstyrning.getIlvl().intValue() == ilvl
                    && overstyrning.getLvl() != null) {
                return overstyrning.getLvl();
            }
        }
        if (num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstrakt = numrering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstrakt == null || abstrakt.getCTAbstractNum() == null) {
            return null;
        }
        for (CTLvl niva : abstrakt.getCTAbstractNum().getLvlList()) {
            if (niva.getIlvl() != null && niva.getIlvl().intValue() == ilvl) {
                return niva;
            }
        }
        return null;
    }

    private int startvarde(BigInteger numId, int ilvl) {
        XWPFNum num = numrering.getNum(numId);
        if (num != null && num.getCTNum() != null) {
            for (CTNumLvl overstyrning : num.getCTNum().getLvlOverrideList()) {
                if (overstyrning.getIlvl() != null && overstyrning.getIlvl().intValue() == ilvl
                        && overstyrning.getStartOverride() != null
                        && overstyrning.getStartOverride().getVal() != null) {
                    return overstyrning.getStartOverride().getVal().intValue();
                }
            }
        }
        CTLvl niva = niva(numId, ilvl);
        if (niva != null && niva.getStart() != null && niva.getStart().getVal() != null) {
            return niva.getStart().getVal().intValue();
        }
        return 1;
    }

    /** Advances the list's counters and renders the level text, e.g. "%1.%2" → "5.3". */
    private String etikett(CTNumPr numPr) {
        BigInteger numId = numPr.getNumId().getVal();
        int ilvl = ilvl(numPr);
        int[] lista = raknare.computeIfAbsent(numId, id -> {
            int[] r = new int[9];
            for (int i = 0; i < 9; i++) {
                r[i] = startvarde(id, i) - 1;
            }
            return r;
        });
        lista[ilvl]++;
        for (int i = ilvl + 1; i < 9; i++) {
            lista[i] = startvarde(numId, i) - 1;
        }
        CTLvl niva = niva(numId, ilvl);
        String mall = niva != null && niva.getLvlText() != null && niva.getLvlText().getVal() != null
                ? niva.getLvlText().getVal() : "%" + (ilvl + 1) + ".";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < mall.length(); i++) {
            char c = mall.charAt(i);
            if (c == '%' && i + 1 < mall.length() && mall.charAt(i + 1) >= '1' && mall.charAt(i + 1) <= '9') {
                int n = mall.charAt(i + 1) - '1';
                CTLvl nivaN = niva(numId, n);
                String format = nivaN == null || nivaN.getNumFmt() == null
                        ? "decimal" : String.valueOf(nivaN.getNumFmt().getVal());
                sb.append(formatera(Math.max(lista[n], startvarde(numId, n)), format));
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String formatera(int n, String format) {
        return switch (format) {
            case "lowerLetter" -> bokstav(n, false);
            case "upperLetter" -> bokstav(n, true);
            case "lowerRoman" -> romersk(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> romersk(n);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "none", "bullet" -> "";
            default -> Integer.toString(n);
        };
    }

    private static String bokstav(int n, boolean versal) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ((versal ? 'A' : 'a') + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String romersk(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] varden = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] tecken = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < varden.length; i++) {
            while (n >= varden[i]) {
                sb.append(tecken[i]);
                n -= varden[i];
            }
        }
        return sb.toString();
    }
}
