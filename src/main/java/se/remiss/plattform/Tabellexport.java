package se.remiss.plattform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one writer of exported tables, for every list and the sammanställning: XLSX (one sheet per
 * table, bold frozen heading row, autofilter over the table, dates as real dates, links as
 * hyperlinks) and CSV as Swedish Excel opens it (UTF-8 with BOM, semicolon, CRLF, dates
 * YYYY-MM-DD). Text that a spreadsheet would take for a formula (= + - @ first) is written with a
 * leading apostrophe in CSV; in XLSX every text is a string cell and never a formula.
 */
public final class Tabellexport {

    /** More rows than any list of ours has: an export is never paged, but never unbounded either. */
    public static final int MAX_RADER = 100_000;

    /** A format to export in, chosen by the query parameter {@code format} or by Accept. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        CSV("text/csv", "csv");

        public final String mediatyp;
        public final String andelse;

        Format(String mediatyp, String andelse) {
            this.mediatyp = mediatyp;
            this.andelse = andelse;
        }

        /** {@code format} of a request: absent gives XLSX, an unknown value a field error on "format". */
        public static Format av(String format) {
            Format f = Parametrar.enumVarde(Format.class, format, "format");
            return f == null ? XLSX : f;
        }
    }

    private static final int MAX_BREDD = 60;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private Tabellexport() {
    }

    /** The tables as a download named {@code namn}.{xlsx|csv} (RFC 6266, see {@link Innehallsdisposition}). */
    public static Response svar(Format format, String namn, List<Tabell> tabeller) {
        byte[] innehall = format == Format.XLSX ? xlsx(tabeller) : csv(tabeller);
        String typ = format == Format.CSV ? format.mediatyp + "; charset=UTF-8" : format.mediatyp;
        return Response.ok(innehall, typ)
                .header("Content-Disposition", Innehallsdisposition.huvud(namn + "." + format.andelse, true)).build();
    }

    /** The application's absolute address without the final slash, for links in exported files. */
    public static String bas(UriInfo uri) {
        String bas = uri.getBaseUri().toString();
        return bas.endsWith("/") ? bas.substring(0, bas.length() - 1) : bas;
    }

    /** One sheet per table. */
    public static byte[] xlsx(List<Tabell> tabeller) {
        SXSSFWorkbook bok = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            CreationHelper hjalp = bok.getCreationHelper();
            Font fet = bok.createFont();
            fet.setBold(true);
            CellStyle rubrik = bok.createCellStyle();
            rubrik.setFont(fet);
            CellStyle datum = bok.createCellStyle();
            datum.setDataFormat(hjalp.createDataFormat().getFormat("yyyy-mm-dd"));
            Font lankfont = bok.createFont();
            lankfont.setUnderline(Font.U_SINGLE);
            lankfont.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
            CellStyle lank = bok.createCellStyle();
            lank.setFont(lankfont);
            for (Tabell t : tabeller) {
                Sheet blad = bok.createSheet(WorkbookUtil.createSafeSheetName(t.namn()));
                int[] bredd = new int[t.kolumner().size()];
                Row forsta = blad.createRow(0);
                for (int k = 0; k < t.kolumner().size(); k++) {
                    Cell c = forsta.createCell(k);
                    c.setCellValue(t.kolumner().get(k));
                    c.setCellStyle(rubrik);
                    bredd[k] = t.kolumner().get(k).length();
                }
                int r = 1;
                for (List<Object> rad : t.rader()) {
                    Row rd = blad.createRow(r++);
                    for (int k = 0; k < rad.size(); k++) {
                        Object v = rad.get(k);
                        if (v == null) {
                            continue;
                        }
                        Cell c = rd.createCell(k);
                        if (v instanceof LocalDate d) {
                            c.setCellValue(d);
                            c.setCellStyle(datum);
                            bredd[k] = Math.max(bredd[k], 10);
                        } else if (v instanceof Number n) {
                            c.setCellValue(n.doubleValue());
                            bredd[k] = Math.max(bredd[k], n.toString().length());
                        } else if (v instanceof Tabell.Lank l) {
                            c.setCellValue(l.text());
                            Hyperlink h = hjalp.createHyperlink(HyperlinkType.URL);
                            h.setAddress(l.adress());
                            c.setHyperlink(h);
                            c.setCellStyle(lank);
                            bredd[k] = Math.max(bredd[k], l.text().length());
                        } else {
                            String s = v.toString();
                            c.setCellValue(s);
                            bredd[k] = Math.max(bredd[k], s.length());
                        }
                    }
                }
                for (int k = 0; k < bredd.length; k++) {
                    blad.setColumnWidth(k, Math.min(bredd[k] + 2, MAX_BREDD) * 256);
                }
                blad.createFreezePane(0, 1);
                if (!t.kolumner().isEmpty()) {
                    blad.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, t.kolumner().size() - 1));
                }
            }
            bok.write(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            bok.dispose();
        }
    }

    /**
     * One table: its heading row and rows. Several: each after a line with its name, separated by
     * an empty line (as one sheet in Excel).
     */
    public static byte[] csv(List<Tabell> tabeller) {
        StringBuilder ut = new StringBuilder("\uFEFF");
        boolean flera = tabeller.size() > 1;
        for (int i = 0; i < tabeller.size(); i++) {
            Tabell t = tabeller.get(i);
            if (i > 0) {
                ut.append("\r\n");
            }
            if (flera) {
                ut.append(falt(t.namn())).append("\r\n");
            }
            rad(ut, List.copyOf(t.kolumner()));
            for (List<Object> rad : t.rader()) {
                rad(ut, rad);
            }
        }
        return ut.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void rad(StringBuilder ut, List<?> varden) {
        for (int k = 0; k < varden.size(); k++) {
            if (k > 0) {
                ut.append(';');
            }
            Object v = varden.get(k);
            if (v instanceof LocalDate d) {
                ut.append(ISO.format(d));
            } else if (v instanceof Number n) {
                ut.append(n);
            } else if (v instanceof Tabell.Lank l) {
                ut.append(falt(l.adress()));
            } else if (v != null) {
                ut.append(falt(v.toString()));
            }
        }
        ut.append("\r\n");
    }

    /** One text field: guarded against formulas, quoted when it holds a separator, quote or line break. */
    static String falt(String text) {
        String s = text;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
