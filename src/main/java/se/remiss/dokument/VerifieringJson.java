package se.remiss.dokument;

import java.time.Instant;
import java.util.List;

/** The verification report as the API answers it. */
public record VerifieringJson(String sha256, boolean giltig, List<Signatur> signaturer, boolean registrerad,
        List<Registreringsuppslag.Traff> handlingar) {

    /**
     * {@code tidpunkt}: the time the signer claims (/M); {@code tidsstampel}: a time-stamping authority's
     * time, null without one; {@code helaDokumentet}: the signature covers the whole file;
     * {@code intakt}: the signed bytes are unchanged; {@code betrodd}: the certificate chains to a
     * trusted certificate; {@code testnyckel}: signed with a generated test key.
     */
    public record Signatur(String undertecknare, Instant tidpunkt, Instant tidsstampel, boolean helaDokumentet,
            boolean intakt, boolean betrodd, boolean testnyckel, String certifikat, String anmarkning) {
    }

    static VerifieringJson av(Verifieringsrapport r, List<Registreringsuppslag.Traff> handlingar) {
        return new VerifieringJson(r.sha256(), r.giltig(), r.signaturer().stream()
                .map(s -> new Signatur(s.undertecknare(), s.tidpunkt(), s.tidsstampel(), s.helaDokumentet(), s.intakt(),
                        s.betrodd(), s.testnyckel(), s.certifikat(), s.anmarkning()))
                .toList(), !handlingar.isEmpty(), handlingar);
    }
}
