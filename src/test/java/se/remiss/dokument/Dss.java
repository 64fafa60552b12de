package se.remiss.dokument;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.util.List;

/** EU DSS 6.4 as an independent judge of the PAdES baseline level of each signature. */
public final class Dss {

    private Dss() {
    }

    public static List<SignatureLevel> nivaer(byte[] pdf) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        CommonCertificateVerifier verifierare = new CommonCertificateVerifier();
        verifierare.setAIASource(null);
        verifierare.setCrlSource(null);
        verifierare.setOcspSource(null);
        validator.setCertificateVerifier(verifierare);
        SimpleReport rapport = validator.validateDocument().getSimpleReport();
        return rapport.getSignatureIdList().stream().map(rapport::getSignatureFormat).toList();
    }
}
