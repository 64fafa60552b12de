package se.remiss.plattform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that cannot be accepted. Carries every offending field at once, so a form can show all
 * its messages together and the API can name all fields in one problem+json answer.
 */
public class Valideringsfel extends RuntimeException {

    private final List<Faltfel> fel;

    public Valideringsfel(List<Faltfel> fel) {
        super(fel.isEmpty() ? "Ogiltig indata" : fel.get(0).falt() + ": " + fel.get(0).meddelande());
        this.fel = List.copyOf(fel);
    }

    public static Valideringsfel av(String falt, String meddelande) {
        return new Valideringsfel(List.of(new Faltfel(falt, meddelande)));
    }

    public List<Faltfel> fel() {
        return fel;
    }

    /** Field → first message, for templates. */
    public Map<String, String> perFalt() {
        Map<String, String> karta = new LinkedHashMap<>();
        fel.forEach(f -> karta.putIfAbsent(f.falt(), f.meddelande()));
        return karta;
    }

    /** Collects field errors during validation and throws them together. */
    public static final class Samlare {
        private final List<Faltfel> fel = new ArrayList<>();

        public Samlare fel(String falt, String meddelande) {
            fel.add(new Faltfel(falt, meddelande));
            return this;
        }

        public boolean harFel(String falt) {
            return fel.stream().anyMatch(f -> f.falt().equals(falt));
        }

        public boolean tom() {
            return fel.isEmpty();
        }

        /** Requires a non-blank text of at most {@code max} characters. */
        public Samlare text(String falt, String varde, int max, String namn) {
            if (varde == null || varde.isBlank()) {
                fel(falt, namn + " måste anges.");
            } else if (varde.length() > max) {
                fel(falt, namn + " får vara högst " + max + " tecken.");
            }
            return this;
        }

        /** Allows an absent text but limits its length. */
        public Samlare valfriText(String falt, String varde, int max, String namn) {
            if (varde != null && varde.length() > max) {
                fel(falt, namn + " får vara högst " + max + " tecken.");
            }
            return this;
        }

        public void kastaOmFel() {
            if (!fel.isEmpty()) {
                throw new Valideringsfel(fel);
            }
        }
    }
}
