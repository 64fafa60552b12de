package se.remiss.dokument;

/**
 * A person who signs a document: the user name selects the key (per signer, else per
 * organisation by its short name); name and title are printed in the visible signature block.
 */
public record Undertecknare(String anvandarnamn, String namn, String titel, String organisation,
        String organisationKortnamn) {
}
