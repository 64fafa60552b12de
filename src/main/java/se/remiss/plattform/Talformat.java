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

    /**
     * DecimalFormat is not thread-safe, and building one (the locale's symbols looked up each time) was
     * 3 % of the remiss list's CPU, one per number on the page: one per thread instead.
     */
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols symboler = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symboler.setGroupingSeparator(TUSENTALSAVGRANSARE);
        symboler.setMinusSign('-');
        return new DecimalFormat("#,##0", symboler);
    });

    private Talformat() {
    }

    /** "7 557" (with a no-break space), "-1 200", "42". */
    public static String svenskt(long tal) {
        return FORMAT.get().format(tal);
    }
}
