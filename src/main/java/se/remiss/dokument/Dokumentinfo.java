package se.remiss.dokument;

/**
 * What a decision document says about itself, written into its PDF/A metadata (XMP and the
 * document information dictionary): title, author (the handläggare), subject, the organisation
 * that issues it and its diarienummer. Absent values may be null.
 */
public record Dokumentinfo(String titel, String forfattare, String amne, String organisation, String diarienummer) {
}
