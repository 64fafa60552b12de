package se.remiss.program;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses a programme's text into a {@link Programstruktur}: title, overall goals, section tree and
 * commitments. The text is first cleaned by {@link Textstadning}; which paragraphs are headings is
 * decided by {@link Rubriker}, their case by {@link Skiftlage}, and who a commitment is addressed to
 * by {@link Organnamn}.
 *
 * <p><b>Title.</b> The first paragraph, unless it is a heading, a bullet or a full sentence.
 *
 * <p><b>Sections.</b> Numbered headings form the tree by their numbers: 5.3 goes under 5 (or under
 * the nearest existing ancestor, or the top). "Inriktningsmål N" headings are top-level sections
 * keyed "IMN". An unnumbered sub-heading goes under the current numbered section, keyed
 * "parent/slug" ("1/bakgrund", "IM1/trafficking"); sub-headings are kept on one level under their
 * numbered section, also when one directly follows another ("Bakgrund", "Sexköpslagen"), because
 * the text does not say whether the second is nested. Text before the first heading goes into a
 * section keyed "inledning". Keys are unique: a repeated one gets "-2", "-3".
 *
 * <p><b>Goals.</b> The bullet list right after the first paragraph that mentions "övergripande mål".
 *
 * <p><b>Commitments.</b> The bullet lists that open a numbered section, before any paragraph: in
 * seed 004 the 4 + 5 + 6 + 4 + 2 items opening 5.1–5.5. The programme itself says these are what is
 * followed up ("de åtgärder som inleder respektive delavsnitt", chapter 6), so "ska" sentences in the
 * running text and later lists (the references to other programmes in 5.2) are then not counted. An
 * opening item is a commitment whether or not it contains "ska" (the two in 5.5 do not). Only a
 * programme without such lists falls back to sentences in which "ska"/"skall" obliges a named
 * body ("Kommunstyrelsen ska …").
 */
public final class ProgramParser {

    private static final String INLEDNING = "inledning";
    private static final Pattern OVERGRIPANDE_MAL = Pattern.compile("(?iu)övergripande\\s+mål");
    private static final Pattern MENINGSGRANS = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"”])");

    public Programstruktur tolka(String ratext) {
        return tolka(Textstadning.stycken(ratext));
    }

    /** Parses paragraphs already cleaned by {@link Textstadning#stycken(String)}. */
    public Programstruktur tolka(List<String> stycken) {
        Skiftlage skiftlage = Skiftlage.lar(stycken.stream()
                .filter(s -> !Rubriker.arRubrikform(s) && Rubriker.numrerad(s).isEmpty()).toList());
        int start = 0;
        String titel = "";
        if (!stycken.isEmpty() && arTitel(stycken.get(0))) {
            titel = skiftlage.normalt(stycken.get(0));
            start = 1;
        }

        Trad trad = new Trad(skiftlage);
        for (int i = start; i < stycken.size(); i++) {
            String stycke = stycken.get(i);
            Optional<Rubriker.Rubrik> rubrik = Rubriker.numrerad(stycke).filter(trad::foljerNumreringen);
            if (rubrik.isPresent()) {
                trad.numreratAvsnitt(rubrik.get());
            } else if (arUnderrubrik(stycken, i)) {
                trad.underrubrik(stycke);
            } else {
                trad.text(stycke);
            }
        }
        trad.hittaKrav();
        return new Programstruktur(titel, hittaMal(stycken), trad.bygg());
    }

    private static boolean arTitel(String stycke) {
        return !Textstadning.arPunkt(stycke) && Rubriker.numrerad(stycke).isEmpty()
                && stycke.length() <= 150 && !stycke.endsWith(".");
    }

    /**
     * A sub-heading has a heading's form and is followed by text: a paragraph or list, or another
     * sub-heading that is itself followed by text ("Bakgrund" / "Sexköpslagen" / paragraph).
     */
    private static boolean arUnderrubrik(List<String> stycken, int i) {
        return Rubriker.arRubrikform(stycken.get(i))
                && (arText(stycken, i + 1)
                        || (i + 1 < stycken.size() && Rubriker.arRubrikform(stycken.get(i + 1)) && arText(stycken, i + 2)));
    }

    private static boolean arText(List<String> stycken, int i) {
        return i < stycken.size() && !Rubriker.arRubrikform(stycken.get(i)) && Rubriker.numrerad(stycken.get(i)).isEmpty();
    }

    private static List<String> hittaMal(List<String> stycken) {
        for (int i = 0; i + 1 < stycken.size(); i++) {
            String stycke = stycken.get(i);
            if (!Textstadning.arPunkt(stycke) && OVERGRIPANDE_MAL.matcher(stycke).find()
                    && Textstadning.arPunkt(stycken.get(i + 1))) {
                return inledandePunkter(stycken.subList(i + 1, stycken.size()));
            }
        }
        return List.of();
    }

    /** The bullet items at the start of the paragraphs, without their bullets. */
    private static List<String> inledandePunkter(List<String> stycken) {
        List<String> punkter = new ArrayList<>();
        for (String stycke : stycken) {
            if (!Textstadning.arPunkt(stycke)) {
                break;
            }
            punkter.add(Textstadning.utanPunkt(stycke));
        }
        return punkter;
    }

    /** The section tree while it is being read. */
    private static final class Trad {

        private final Skiftlage skiftlage;
        private final List<Bygge> rotter = new ArrayList<>();
        private final Map<String, Bygge> numrerade = new HashMap<>();
        private final Map<Rubriker.Slag, Rubriker.Rubrik> senaste = new EnumMap<>(Rubriker.Slag.class);
        private final Set<String> nycklar = new HashSet<>();
        /** The latest numbered section: sub-headings go under it. */
        private Bygge senasteNumrerade;
        /** The section that text goes into. */
        private Bygge aktuellt;

        Trad(Skiftlage skiftlage) {
            this.skiftlage = skiftlage;
        }

        boolean foljerNumreringen(Rubriker.Rubrik rubrik) {
            return rubrik.kommerEfter(senaste.get(rubrik.slag()));
        }

        void numreratAvsnitt(Rubriker.Rubrik rubrik) {
            senaste.put(rubrik.slag(), rubrik);
            Bygge avsnitt = new Bygge(unik(rubrik.nyckel()), skiftlage.normalt(rubrik.titel()), true);
            laggTill(narmasteForalder(rubrik.nyckel()), avsnitt);
            numrerade.put(rubrik.nyckel(), avsnitt);
            senasteNumrerade = avsnitt;
            aktuellt = avsnitt;
        }

        void underrubrik(String stycke) {
            String rubrik = skiftlage.normalt(stycke);
            String slug = Rubriker.slug(rubrik);
            String nyckel = senasteNumrerade == null ? slug : senasteNumrerade.nyckel + "/" + slug;
            Bygge avsnitt = new Bygge(unik(nyckel), rubrik, false);
            laggTill(senasteNumrerade, avsnitt);
            aktuellt = avsnitt;
        }

        void text(String stycke) {
            if (aktuellt == null) {
                aktuellt = new Bygge(unik(INLEDNING), "Inledning", false);
                rotter.add(aktuellt);
            }
            aktuellt.stycken.add(stycke);
        }

        /** Opening lists of numbered sections; failing those, "ska" sentences that oblige a body. */
        void hittaKrav() {
            List<Bygge> alla = new ArrayList<>();
            rotter.forEach(r -> r.samla(alla));
            for (Bygge avsnitt : alla) {
                if (avsnitt.numrerat) {
                    for (String punkt : inledandePunkter(avsnitt.stycken)) {
                        avsnitt.krav.add(new Krav(punkt, Organnamn.adressaterFor(punkt)));
                    }
                }
            }
            if (alla.stream().allMatch(a -> a.krav.isEmpty())) {
                for (Bygge avsnitt : alla) {
                    for (String stycke : avsnitt.stycken) {
                        for (String mening : MENINGSGRANS.split(Textstadning.utanPunkt(stycke))) {
                            if (Organnamn.obligerarOrgan(mening)) {
                                avsnitt.krav.add(new Krav(mening, Organnamn.adressaterFor(mening)));
                            }
                        }
                    }
                }
            }
        }

        List<Avsnitt> bygg() {
            return rotter.stream().map(Bygge::bygg).toList();
        }

        private void laggTill(Bygge foralder, Bygge avsnitt) {
            (foralder == null ? rotter : foralder.under).add(avsnitt);
        }

        /** The nearest enclosing numbered section that exists: 2.1 for 2.1.1, else 2; null at the top. */
        private Bygge narmasteForalder(String nyckel) {
            for (Optional<String> f = Rubriker.foralder(nyckel); f.isPresent(); f = Rubriker.foralder(f.get())) {
                Bygge foralder = numrerade.get(f.get());
                if (foralder != null) {
                    return foralder;
                }
            }
            return null;
        }

        private String unik(String nyckel) {
            String kandidat = nyckel;
            for (int n = 2; !nycklar.add(kandidat); n++) {
                kandidat = nyckel + "-" + n;
            }
            return kandidat;
        }
    }

    /** One section while it is being read. */
    private static final class Bygge {

        final String nyckel;
        final String rubrik;
        /** Numbered or Inriktningsmål: the sections whose opening lists are commitments. */
        final boolean numrerat;
        final List<String> stycken = new ArrayList<>();
        final List<Krav> krav = new ArrayList<>();
        final List<Bygge> under = new ArrayList<>();

        Bygge(String nyckel, String rubrik, boolean numrerat) {
            this.nyckel = nyckel;
            this.rubrik = rubrik;
            this.numrerat = numrerat;
        }

        void samla(List<Bygge> alla) {
            alla.add(this);
            under.forEach(u -> u.samla(alla));
        }

        Avsnitt bygg() {
            return new Avsnitt(nyckel, rubrik, text(), krav, under.stream().map(Bygge::bygg).toList());
        }

        /** Paragraphs separated by an empty line, items of one list by a line break. */
        private String text() {
            StringBuilder text = new StringBuilder();
            String foregaende = null;
            for (String stycke : stycken) {
                if (foregaende != null) {
                    boolean sammaLista = Textstadning.arPunkt(foregaende) && Textstadning.arPunkt(stycke);
                    text.append(sammaLista ? "\n" : "\n\n");
                }
                text.append(stycke);
                foregaende = stycke;
            }
            return text.toString();
        }
    }
}
