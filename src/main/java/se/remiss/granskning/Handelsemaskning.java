package se.remiss.granskning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.remiss.plattform.Sida;

/**
 * What a reader may see of the events it is shown. The rows are immutable (and hashed), so hiding
 * happens when they are read: a copy that is never persisted replaces the row's before/after values.
 *
 * <ul>
 * <li>A document under sekretess (the rule of {@link Atkomst#serInnehall}): its title is shown
 * masked, its file name, counterpart and SHA-256 not at all – in the events about the document
 * and in the remiss's registration, which names its first document.</li>
 * <li>A recipient reading a remiss's history sees only itself among the recipients: the lists of
 * recipients (with their dnr at sending) keep only its own entries.</li>
 * </ul>
 * A masked copy carries no hash: the hash covers the real values and would let a guessed title be
 * confirmed.
 */
@RequestScoped
public class Handelsemaskning {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> KARTA = new TypeReference<>() { };

    /** Events about a document: the keys that tell what it is. */
    private static final Set<String> DOKUMENTNYCKLAR = Set.of("sha256", "filnamn", "motpart");
    /** Keys that list a remiss's recipients (by name, or name and dnr). */
    private static final Set<String> MOTTAGARLISTOR = Set.of("mottagare", "tillagda");

    @Inject
    DoldaDokument sekretess;

    /** The administrator's search: documents under sekretess of other organisations masked. */
    public Sida<Granskningshandelse> sok(Sida<Granskningshandelse> sida) {
        return new Sida<>(maskera(sida.rader(), null), sida.sida(), sida.storlek(), sida.totalt());
    }

    /**
     * A remiss's history: sekretess masked, and for a recipient ({@code egnaMottagare} not null:
     * the names, and "name dnr", of its own recipient rows) the other recipients left out.
     */
    public Sida<Granskningshandelse> historik(Sida<Granskningshandelse> sida, Set<String> egnaMottagare) {
        return new Sida<>(maskera(sida.rader(), egnaMottagare), sida.sida(), sida.storlek(), sida.totalt());
    }

    private List<Granskningshandelse> maskera(List<Granskningshandelse> rader, Set<String> egnaMottagare) {
        Set<Long> handlingar = new HashSet<>();
        Set<Long> registreradeRemisser = new HashSet<>();
        rader.forEach(e -> {
            if ("Handling".equals(e.objekttyp) && e.objektId != null) {
                handlingar.add(e.objektId);
            }
            if ("REMISS_REGISTRERAD".equals(e.handling) && e.remissId != null) {
                registreradeRemisser.add(e.remissId);
            }
        });
        Map<Long, String> dolda = sekretess.doldaHandlingar(handlingar);
        Map<Long, String> doldaForstaDokument = sekretess.doldaForstaDokument(registreradeRemisser);
        return rader.stream().map(e -> {
            // An event about the document names it by "titel"; the remiss's registration by "dokument".
            boolean omDokumentet = "Handling".equals(e.objekttyp);
            String dold = omDokumentet ? dolda.get(e.objektId)
                    : "REMISS_REGISTRERAD".equals(e.handling) ? doldaForstaDokument.get(e.remissId) : null;
            String nyckel = omDokumentet ? "titel" : "dokument";
            String fore = varden(e.fore, dold, nyckel, egnaMottagare);
            String efter = varden(e.efter, dold, nyckel, egnaMottagare);
            return Objects.equals(fore, e.fore) && Objects.equals(efter, e.efter) ? e
                    : kopia(e, fore, efter);
        }).toList();
    }

    /** {@code dold}: the masked title of a document the user may not see, else null. */
    private static String varden(String json, String dold, String titelnyckel, Set<String> egnaMottagare) {
        if (json == null || (dold == null && egnaMottagare == null)) {
            return json;
        }
        Map<String, Object> v;
        try {
            v = JSON.readValue(json, KARTA);
        } catch (JsonProcessingException e) {
            // Not a map (cut at the size limit): nothing in it can be shown safely.
            return dold == null && egnaMottagare == null ? json : "{}";
        }
        Map<String, Object> ut = new LinkedHashMap<>(v);
        if (dold != null) {
            if ("titel".equals(titelnyckel)) {
                DOKUMENTNYCKLAR.forEach(ut::remove);
            }
            ut.computeIfPresent(titelnyckel, (k, t) -> dold);
        }
        if (egnaMottagare != null) {
            for (String nyckel : MOTTAGARLISTOR) {
                if (ut.get(nyckel) instanceof Collection<?> lista) {
                    ut.put(nyckel, lista.stream().filter(egnaMottagare::contains).toList());
                }
            }
        }
        if (ut.equals(v)) {
            return json;
        }
        try {
            return JSON.writeValueAsString(ut);
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }

    private static Granskningshandelse kopia(Granskningshandelse e, String fore, String efter) {
        Granskningshandelse k = new Granskningshandelse();
        k.id = e.id;
        k.tidpunkt = e.tidpunkt;
        k.anvandarnamn = e.anvandarnamn;
        k.organisationId = e.organisationId;
        k.handling = e.handling;
        k.objekttyp = e.objekttyp;
        k.objektId = e.objektId;
        k.remissId = e.remissId;
        k.utfall = e.utfall;
        k.beskrivning = e.beskrivning;
        k.fore = fore;
        k.efter = efter;
        return k;
    }
}
