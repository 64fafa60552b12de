package se.remiss.plattform;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles a user may hold (several at once). Plain strings because they are what
 * {@code @RolesAllowed} takes; stored comma-separated on the user. In {@code plattform} because every
 * feature's resources name them, including those {@code sakerhet} itself builds on (organisation,
 * granskning): the names are shared vocabulary, the rules that use them are sakerhet's.
 */
public final class Roll {

    public static final String REGISTRATOR = "registrator";
    public static final String HANDLAGGARE = "handlaggare";
    public static final String NAMNDSEKRETERARE = "namndsekreterare";
    public static final String ADMINISTRATOR = "administrator";
    /** Read-only: sees its organisation's cases, never confidential items, changes nothing. */
    public static final String LASARE = "lasare";
    /**
     * Nämndledamot (ordförande, ledamot, ersättare …): a politician of a nämnd. Reads what concerns
     * its nämnd and signs what it is asked to sign (as ordförande or justerare); changes nothing else.
     * Its assignment in the nämnd is a {@code sammantrade.Namndledamot}.
     */
    public static final String LEDAMOT = "ledamot";

    public static final List<String> ALLA = List.of(REGISTRATOR, HANDLAGGARE, NAMNDSEKRETERARE, ADMINISTRATOR, LASARE, LEDAMOT);

    private Roll() {
    }

    public static String etikett(String roll) {
        return switch (roll) {
            case REGISTRATOR -> "Registrator";
            case HANDLAGGARE -> "Handläggare";
            case NAMNDSEKRETERARE -> "Nämndsekreterare";
            case ADMINISTRATOR -> "Administratör";
            case LASARE -> "Läsare";
            case LEDAMOT -> "Nämndledamot";
            default -> roll;
        };
    }

    /** Parses a stored or submitted list; unknown names are dropped (callers validate first). */
    public static Set<String> tolka(String lagrade) {
        if (lagrade == null || lagrade.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(lagrade.split(","))
                .map(r -> r.trim().toLowerCase(Locale.ROOT))
                .filter(ALLA::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static String lagra(Set<String> roller) {
        return ALLA.stream().filter(roller::contains).collect(Collectors.joining(","));
    }

    public static boolean giltig(String roll) {
        return roll != null && ALLA.contains(roll.trim().toLowerCase(Locale.ROOT));
    }
}
