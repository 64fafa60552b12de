package se.remiss.dokument;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.diarium.DiariumService;
import se.remiss.plattform.Valideringsfel;

/**
 * An uploaded file checked for the page and the API alike: read within the upload limit, verified,
 * looked up among registered documents. Only reads: no audit event, nothing stored.
 */
@RequestScoped
public class Verifieringsbegaran {

    @Inject
    DiariumService diarium;

    @Inject
    Dokumentpipeline pipeline;

    @Inject
    Registreringsuppslag uppslag;

    public VerifieringJson verifiera(FileUpload fil) {
        if (fil == null) {
            throw Valideringsfel.av("fil", "Välj en PDF-fil att kontrollera.");
        }
        byte[] innehall = diarium.lasUppladdning(fil, "fil").innehall();
        Verifieringsrapport rapport = pipeline.verifiera(innehall);
        return VerifieringJson.av(rapport, uppslag.handlingar(rapport.sha256()));
    }
}
