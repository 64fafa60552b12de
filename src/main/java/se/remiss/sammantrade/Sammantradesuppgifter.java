package se.remiss.sammantrade;

/**
 * A meeting as entered (form or JSON): texts, so that every fault becomes a field error. {@code namnd}
 * null: the user's own nämnd; {@code sistaDagArenden} blank: computed from the nämnd's rule;
 * {@code version}: the version last seen, when changing.
 */
public record Sammantradesuppgifter(Long namnd, String datum, String starttid, String plats, String sistaDagArenden,
        String status, String anteckning, Long version) {
}
