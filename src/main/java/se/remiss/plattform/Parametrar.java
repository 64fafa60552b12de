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

    /**
     * A whole number from a query parameter, read here rather than by JAX-RS, which answers a
     * value that is not a number with a bare 404 that names nothing. Absent or blank gives null.
     */
    public static Long tal(String varde, String falt) {
        if (varde == null || varde.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(varde.strip());
        } catch (NumberFormatException e) {
            throw Valideringsfel.av(falt, "\"" + varde + "\" är inte ett heltal.");
        }
    }

    /** true or false (any case); absent or blank gives null, anything else a field error. */
    public static Boolean sanning(String varde, String falt) {
        if (varde == null || varde.isBlank()) {
            return null;
        }
        return switch (varde.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Valideringsfel.av(falt, "\"" + varde + "\" är inte true eller false.");
        };
    }

    /** Like {@link #tal} for a value that must fit an int. */
    public static Integer heltal(String varde, String falt) {
        Long tal = tal(varde, falt);
        if (tal == null) {
            return null;
        }
        if (tal < Integer.MIN_VALUE || tal > Integer.MAX_VALUE) {
            throw Valideringsfel.av(falt, "Talet " + varde.strip() + " är för stort.");
        }
        return tal.intValue();
    }

    /** Page number from 1 (absent or below 1 gives 1), at most {@link Sida#MAX_SIDA}. */
    public static int sida(String varde) {
        Integer begard = heltal(varde, "sida");
        if (begard != null && begard > Sida.MAX_SIDA) {
            throw Valideringsfel.av("sida", "Sidnumret får vara högst " + Sida.MAX_SIDA + ".");
        }
        return Sida.sidnummer(begard);
    }

    /** Page size from a query parameter: the default when absent, at most {@link #MAX_STORLEK}. */
    public static int storlek(String varde, int standard) {
        return storlek(heltal(varde, "storlek"), standard);
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
