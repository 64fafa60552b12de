package se.remiss.anvandare;

import java.util.List;

/**
 * JSON shapes of the user API. The password hash never leaves the server: no shape has it. A
 * request field a shape does not have ({@code id}, {@code losenordHash}, {@code version} on create,
 * {@code anvandarnamn} on a change) is refused with its name, like everywhere in the API
 * ({@code JsonInstallningar}).
 */
public final class AnvandareJson {

    private AnvandareJson() {
    }

    public record Ref(Long id, String namn) {
    }

    public record Post(Long id, String anvandarnamn, String namn, String titel, String epost, String telefon, Ref organisation,
            List<String> roller, List<String> rollEtiketter, boolean aktiv, boolean harLosenord, long version) {

        static Post av(Anvandare a) {
            return new Post(a.id, a.anvandarnamn, a.namn, a.titel, a.epost, a.telefon,
                    new Ref(a.organisation.id, a.organisation.namn), List.copyOf(a.rollmangd()), a.rollEtiketter(),
                    a.aktiv, a.losenordHash != null, a.version);
        }
    }

    /** A new user; the password is hashed at once (bcrypt) and never stored or returned as given. */
    public record Ny(String anvandarnamn, String namn, String titel, String epost, String telefon, Long organisation,
            List<String> roller, String losenord) {

        AnvandareUppgifter uppgifter() {
            return new AnvandareUppgifter(anvandarnamn, namn, titel, epost, telefon, organisation, roller, null, losenord,
                    null, null);
        }
    }

    /**
     * A change: every editable field (a blank titel, epost or telefon clears it; telefon absent keeps
     * the number); {@code version} from GET.
     */
    public record Andring(String namn, String titel, String epost, String telefon, Long organisation, List<String> roller,
            Boolean aktiv, Long version) {

        AnvandareUppgifter uppgifter() {
            return new AnvandareUppgifter(null, namn, titel, epost, telefon, organisation, roller, aktiv, null, null, version);
        }
    }

    public record NyttLosenord(String losenord) {
    }
}
