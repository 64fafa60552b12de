package se.remiss.program;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves the addressees a programme names ({@link Krav#adressater()}) against the organisation
 * register: which organisations and groups a commitment concerns, and which names the register
 * does not know (the API's {@code okandaMottagare}).
 *
 * <p>For each name, in this order:
 * <ol>
 *   <li>a collective name in the synonym table means a group: "Stadsdelsnämnderna" (or
 *       "stadsdelsnämnd", "Stockholms stads samtliga stadsdelsnämnder") → Alla stadsdelsnämnder;
 *       "Stadens bostadsbolag", "bostadsbolagen" → Stadens bostadsbolag; "Stockholms stads nämnder och
 *       bolag", "Stockholms stad", "staden" → Stockholms stads nämnder och bolag;</li>
 *   <li>a group of that name;</li>
 *   <li>an organisation of that name, in any case and in definite or indefinite form:
 *       "socialtjänstnämnd", "SOCIALTJÄNSTNÄMNDEN" and "Socialtjänstnämndens" all find
 *       Socialtjänstnämnden;</li>
 *   <li>failing all that, a name joined with "och"/"samt"/"," is split and each part resolved:
 *       "Socialtjänstnämnden och stadsdelsnämnderna" → both. ("Miljö- och hälsoskyddsnämnden" is one
 *       name: it is tried whole first, and "och" after a hyphen never splits.)</li>
 * </ol>
 * Names are compared in a base form: lower case, without the owner ("Stockholms stads", "Stadens"),
 * quantifiers ("alla", "samtliga") and the definite/plural ending of a body noun.
 */
public final class Adressatupplosning {

    /** The organisation register as the resolution needs it. */
    public interface Register {

        /** The organisation with exactly this name (the register decides about case), as an id or canonical name. */
        Optional<String> organisationMedNamn(String namn);

        /** The group with exactly this name, as an id or canonical name. */
        Optional<String> gruppMedNamn(String namn);

        /** A register of names only, case-insensitive, answering with the names as given. */
        static Register avNamn(Collection<String> organisationer, Collection<String> grupper) {
            Map<String, String> org = organisationer.stream()
                    .collect(Collectors.toMap(n -> n.toLowerCase(SVENSKA), Function.identity(), (a, b) -> a));
            Map<String, String> grp = grupper.stream()
                    .collect(Collectors.toMap(n -> n.toLowerCase(SVENSKA), Function.identity(), (a, b) -> a));
            return new Register() {
                @Override
                public Optional<String> organisationMedNamn(String namn) {
                    return Optional.ofNullable(org.get(namn.toLowerCase(SVENSKA)));
                }

                @Override
                public Optional<String> gruppMedNamn(String namn) {
                    return Optional.ofNullable(grp.get(namn.toLowerCase(SVENSKA)));
                }
            };
        }
    }

    /**
     * @param riktadTill      the organisations and groups resolved, as the register names them, each once
     * @param okandaMottagare the names (or parts of names) the register does not know, as written
     */
    public record Resultat(List<String> riktadTill, List<String> okandaMottagare) {

        public Resultat {
            riktadTill = List.copyOf(riktadTill);
            okandaMottagare = List.copyOf(okandaMottagare);
        }
    }

    /** Collective names (in base form) and the group each means, as named in sample-remisser/organisationer.yaml. */
    public static final Map<String, String> STANDARDSYNONYMER = Map.of(
            "stadsdelsnämnd", "Alla stadsdelsnämnder",
            "facknämnd", "Alla facknämnder",
            "bostadsbolag", "Stadens bostadsbolag",
            "nämnder och bolag", "Stockholms stads nämnder och bolag",
            "stockholms stad", "Stockholms stads nämnder och bolag",
            "staden", "Stockholms stads nämnder och bolag");

    private static final Locale SVENSKA = Locale.forLanguageTag("sv");

    private static final Pattern AGARE_OCH_MANGD = Pattern.compile("^(?:(?:stockholms stads|stadens|alla|samtliga) )+");

    /** A body noun at the end of a name with its definite/plural ending, and its definite singular ending. */
    private static final Pattern ORGANORD = Pattern.compile(
            "(nämnd|bolag|styrelse|kontor|förvaltning)(?:erna|arna|er|ar|en|et|n)?s?$");
    private static final Map<String, String> BESTAMD_FORM = Map.of(
            "nämnd", "en", "bolag", "et", "styrelse", "n", "kontor", "et", "förvaltning", "en");

    private static final Pattern DELA = Pattern.compile("(?<!-)\\s+(?:och|samt)\\s+|\\s*,\\s*");

    private final Register register;
    private final Map<String, String> synonymer;

    public Adressatupplosning(Register register) {
        this(register, STANDARDSYNONYMER);
    }

    /** @param synonymer collective names in base form (see {@link #grundform}) → group names */
    public Adressatupplosning(Register register, Map<String, String> synonymer) {
        this.register = register;
        this.synonymer = Map.copyOf(synonymer);
    }

    public Resultat upplos(List<String> adressater) {
        Set<String> riktadTill = new LinkedHashSet<>();
        Set<String> okanda = new LinkedHashSet<>();
        for (String namn : adressater) {
            Optional<String> hel = upplosEtt(namn);
            if (hel.isPresent()) {
                riktadTill.add(hel.get());
                continue;
            }
            for (String del : DELA.split(namn.strip())) {
                if (!del.isBlank()) {
                    upplosEtt(del).ifPresentOrElse(riktadTill::add, () -> okanda.add(del.strip()));
                }
            }
        }
        return new Resultat(new ArrayList<>(riktadTill), new ArrayList<>(okanda));
    }

    public Resultat upplos(Krav krav) {
        return upplos(krav.adressater());
    }

    private Optional<String> upplosEtt(String namn) {
        String skrivet = namn.strip().replaceAll("\\s+", " ");
        if (skrivet.isEmpty()) {
            return Optional.empty();
        }
        String grundform = grundform(skrivet);
        String grupp = synonymer.get(grundform);
        if (grupp != null) {
            Optional<String> id = register.gruppMedNamn(grupp);
            if (id.isPresent()) {
                return id;
            }
        }
        Optional<String> somGrupp = register.gruppMedNamn(skrivet);
        if (somGrupp.isPresent()) {
            return somGrupp;
        }
        for (String form : formerAv(skrivet, grundform)) {
            Optional<String> organisation = register.organisationMedNamn(form);
            if (organisation.isPresent()) {
                return organisation;
            }
        }
        return Optional.empty();
    }

    /**
     * The form names are compared in: "Stockholms stads samtliga stadsdelsnämnder" → "stadsdelsnämnd",
     * "Stadens bostadsbolag" → "bostadsbolag", "Socialtjänstnämndens" → "socialtjänstnämnd".
     */
    static String grundform(String namn) {
        String form = namn.strip().replaceAll("\\s+", " ").toLowerCase(SVENSKA);
        form = AGARE_OCH_MANGD.matcher(form).replaceFirst("");
        return ORGANORD.matcher(form).replaceFirst("$1");
    }

    /** As written, in sentence case, and in definite and indefinite form of its body noun. */
    private static List<String> formerAv(String skrivet, String grundform) {
        Set<String> former = new LinkedHashSet<>();
        former.add(skrivet);
        former.add(versal(skrivet.toLowerCase(SVENSKA)));
        Matcher organord = ORGANORD.matcher(grundform);
        if (organord.find()) {
            former.add(versal(grundform + BESTAMD_FORM.get(organord.group(1))));
            former.add(versal(grundform));
        }
        return new ArrayList<>(former);
    }

    private static String versal(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(SVENSKA) + text.substring(1);
    }
}
