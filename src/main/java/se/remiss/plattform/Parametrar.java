package se.remiss.plattform;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Query parameters read leniently but never silently wrong: a bad value names its field. */
public final class Parametrar {

    public static final int MAX_STORLEK = 200;

    private Parametrar() {
    }

    public static <E extends Enum<E>> E enumVarde(Class<E> typ, String varde, String falt) {
        if (varde == null || varde.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(typ, varde.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String tillatna = Arrays.stream(typ.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw Valideringsfel.av(falt, "Okänt värde \"" + varde + "\". Tillåtna: " + tillatna + ".");
        }
    }

    /** Page size: the default when absent, at most {@link #MAX_STORLEK}. */
    public static int storlek(Integer begard, int standard) {
        if (begard == null) {
            return standard;
        }
        if (begard < 1 || begard > MAX_STORLEK) {
            throw Valideringsfel.av("storlek", "Sidstorleken ska vara mellan 1 och " + MAX_STORLEK + ".");
        }
        return begard;
    }
}
