package se.remiss.plattform;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one way a count is written for people: Swedish digit grouping with a no-break space
 * ("7 557", "1 234 567"), so that a number never breaks across lines. Templates use it as
 * {@code {antal.tal}} ({@link Mallhjalp}); numbers that are names – diarienummer, years, versions,
 * ids – are not counts and are written as they are.
 */
public final class Talformat {

    /** U+00A0, the separator Swedish typography and CLDR use between groups of three digits. */
    public static final char TUSENTALSAVGRANSARE = '\u00a0';

    private Talformat() {
    }

    /** "7 557" (with a no-break space), "-1 200", "42". */
    public static String svenskt(long tal) {
        // DecimalFormat is not thread-safe: one per call is cheap next to a page.
        DecimalFormatSymbols symboler = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symboler.setGroupingSeparator(TUSENTALSAVGRANSARE);
        symboler.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symboler);
        return format.format(tal);
    }
}
