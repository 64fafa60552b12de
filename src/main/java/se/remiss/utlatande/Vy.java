package se.remiss.utlatande;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.remiss.plattform.Faltfel;

/**
 * A draft as the editor, the API and the completeness check see it: the case, the content (saved
 * or from the form), the rendered document, where its citations stand and what is still missing.
 * {@code renderat} is null when the template cannot be used; then {@code mallfel} says why.
 */
public record Vy(Utlatande utlatande, Underlag.Fall fall, Innehall innehall, Dokumentdata data,
        UtlatandeRenderer.Renderat renderat, String mallfel, List<Citatlage> citat, List<Faltfel> brister,
        List<Citatlasning> lasningar) {

    /**
     * How one citation reads where the handläggare put it: the sentence (line) around it as the
     * document prints it, shown in the editor beside the code.
     *
     * @param avsnitt the heading of the section it is written in
     */
    public record Citatlasning(String avsnitt, String kod, String lases) {
    }

    public List<Mallavsnitt> avsnitt() {
        return renderat == null ? List.of() : renderat.avsnitt();
    }

    public List<Mallavsnitt> skrivbaraAvsnitt() {
        return avsnitt().stream().filter(Mallavsnitt::skrivbart).toList();
    }

    /** Section key → heading, in template order. */
    public Map<String, String> rubriker() {
        Map<String, String> rubriker = new LinkedHashMap<>();
        avsnitt().forEach(a -> rubriker.put(a.nyckel(), a.rubrik()));
        return rubriker;
    }

    public List<Stallningstagande> stallningstaganden() {
        return List.of(Stallningstagande.values());
    }

    /** The id of the first or second signatory, or null. */
    public Long underskriftId(int i) {
        return innehall.underskrifter().size() > i ? innehall.underskrifter().get(i).id : null;
    }

    /** The text of a section as typed, "" when empty. */
    public String text(String nyckel) {
        String t = innehall.texter().get(nyckel);
        return t == null ? "" : t;
    }

    public boolean klar() {
        return brister.isEmpty();
    }

    public List<Citatlage> andradeCitat() {
        return citat.stream().filter(c -> c.status() != Citatlage.Status.UPPLOST).toList();
    }
}
