package se.remiss.plattform;

/** One offending input field and what is wrong with it, in Swedish. */
public record Faltfel(String falt, String meddelande) {
}
