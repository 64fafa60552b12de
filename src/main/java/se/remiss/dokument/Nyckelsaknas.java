package se.remiss.dokument;

import se.remiss.plattform.Konflikt;

/** Nobody configured a signing key for this signer (and test keys are off): the document cannot be signed. */
public class Nyckelsaknas extends Konflikt {
    public Nyckelsaknas(String meddelande) {
        super(meddelande);
    }
}
