package se.remiss.utlatande;

/**
 * Where a citation stands in the handläggare's text, so that it can be worded to fit: inside a
 * sentence (after {@code fore}, the text before it on the same line), alone in a list item, or alone
 * as a paragraph of its own.
 */
public record Citatstalle(Citathanvisning hanvisning, String fore, Plats plats) {

    public enum Plats {
        /** Inside running text: the reference fits the sentence. */
        I_TEXT,
        /** The whole list item: an inline quotation with its reference. */
        ENSAM_I_PUNKT,
        /** A paragraph of its own: a block quotation with its reference below; the HTML is a block. */
        ENSAM_STYCKE
    }
}
