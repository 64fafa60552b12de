package se.remiss.utlatande;

import java.util.List;
import se.remiss.program.Avsnitt;
import se.remiss.program.Krav;
import se.remiss.program.Programstruktur;

/**
 * Resolves citations against one version of the remiss's programme and words them as they appear
 * in the document: "avsnitt 5.3 Uppsökande arbete", with a cited commitment quoted after it.
 */
public final class Citatupplosare {

    /**
     * What a citation stands for now; {@code lydelse} is null when it does not resolve, and then
     * {@code fel} says why. {@code lydelse} is the full wording, kept at each save to notice a new
     * programme version; how it reads in a sentence is {@link Citatform}'s, from {@code avsnitt}
     * (the cited section) and {@code krav} (the cited commitment's text, null for a section).
     */
    public record Upplost(Citathanvisning hanvisning, String lydelse, String fel, Avsnitt avsnitt, String krav) {

        Upplost(Citathanvisning hanvisning, String fel) {
            this(hanvisning, null, fel, null, null);
        }

        public boolean upplost() {
            return lydelse != null;
        }
    }

    private final Programstruktur program;
    private final int version;

    /** {@code program} null: the remiss has no imported programme, so nothing resolves. */
    public Citatupplosare(Programstruktur program, int version) {
        this.program = program;
        this.version = version;
    }

    public static Citatupplosare utanProgram() {
        return new Citatupplosare(null, 0);
    }

    public int version() {
        return version;
    }

    public Upplost upplos(Citathanvisning h) {
        if (program == null) {
            return new Upplost(h, h.kod() + ": remissen har inget importerat program att hänvisa till.");
        }
        Avsnitt avsnitt = program.avsnitt(h.avsnitt()).orElse(null);
        if (avsnitt == null) {
            return new Upplost(h, h.kod() + ": avsnitt " + h.avsnitt() + " finns inte i programmet (version "
                    + version + ").");
        }
        String benamning = benamning(avsnitt);
        if (h.atagande() == null) {
            return new Upplost(h, benamning, null, avsnitt, null);
        }
        List<Krav> krav = avsnitt.krav();
        if (h.atagande() < 1 || h.atagande() > krav.size()) {
            String antal = krav.isEmpty() ? "inga åtaganden" : krav.size() == 1 ? "ett åtagande" : krav.size() + " åtaganden";
            return new Upplost(h, h.kod() + ": avsnitt " + h.avsnitt() + " har " + antal + " (version " + version
                    + "), inte nummer " + h.atagande() + ".");
        }
        String text = krav.get(h.atagande() - 1).text();
        return new Upplost(h, benamning + ", åtagande " + h.atagande() + ": ”" + text + "”", null, avsnitt, text);
    }

    /** "avsnitt 5.3 Uppsökande arbete", or "avsnittet ”Bakgrund”" for a section without a number. */
    static String benamning(Avsnitt a) {
        return a.nyckel().matches("\\d+(\\.\\d+)*") ? "avsnitt " + a.nyckel() + " " + a.rubrik()
                : "avsnittet ”" + a.rubrik() + "”";
    }
}
