package se.remiss.program;

import java.util.List;
import java.util.Objects;

/**
 * A commitment (åtagande, "ska-krav") of a programme.
 *
 * @param text       the commitment exactly as the programme words it (cleaned of extraction artefacts)
 * @param adressater the bodies it is addressed to, as the text names them, in base form
 *                   ("Socialtjänstnämndens" → "Socialtjänstnämnden"), e.g. "Stadsdelsnämnderna",
 *                   "Stadens bostadsbolag", "Stockholms stads nämnder och bolag". Empty when the
 *                   text names no body: such a commitment is kept, never given a guessed addressee.
 *                   Resolving them against the organisation register is {@link Adressatupplosning}'s job.
 */
public record Krav(String text, List<String> adressater) {

    public Krav {
        Objects.requireNonNull(text, "text");
        adressater = List.copyOf(adressater);
    }
}
