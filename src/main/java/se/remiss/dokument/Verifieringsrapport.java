package se.remiss.dokument;

import java.time.Instant;
import java.util.List;

/**
 * What a PDF's signatures prove. {@code sha256} of the whole file lets the caller look the file up
 * among registered documents.
 */
public record Verifieringsrapport(String sha256, List<Signatur> signaturer) {

    /**
     * One signature: who (the certificate's name), the claimed time (/M), the time-stamp's time if
     * there is one, whether it covers the whole file (only the last one can), whether the signed
     * bytes are unchanged, and whether the certificate chains to a trusted certificate.
     */
    public record Signatur(String undertecknare, String certifikat, Instant tidpunkt, Instant tidsstampel,
            boolean helaDokumentet, boolean intakt, boolean betrodd, boolean testnyckel, String anmarkning) {
    }

    /** Every signature intact and trusted, and the last one covers the whole file. */
    public boolean giltig() {
        return !signaturer.isEmpty() && signaturer.stream().allMatch(s -> s.intakt() && s.betrodd())
                && signaturer.get(signaturer.size() - 1).helaDokumentet();
    }
}
