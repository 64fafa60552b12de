package se.remiss.dokument;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import se.remiss.diarium.Fil;

/**
 * Checks every signature of a PDF with PDFBox and BouncyCastle alone (no network): the CMS over
 * the signed byte ranges, whether the last range reaches the end of the file, the time-stamp token
 * against the signature value, and the certificate path to the trusted certificates.
 */
final class Verifierare {

    private static final JcaX509CertificateConverter KONVERTERARE = new JcaX509CertificateConverter();

    private Verifierare() {
    }

    static Verifieringsrapport verifiera(byte[] pdf, Set<X509Certificate> betrodda) {
        if (!arPdf(pdf)) {
            throw new OgiltigPdf("Filen är inte en PDF.");
        }
        List<Verifieringsrapport.Signatur> signaturer = new ArrayList<>();
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            for (PDSignature signatur : dokument.getSignatureDictionaries()) {
                signaturer.add(signatur(signatur, pdf, betrodda));
            }
        } catch (IOException e) {
            throw new OgiltigPdf("Filen är en skadad PDF som inte går att läsa (" + e.getMessage() + ").");
        }
        return new Verifieringsrapport(Fil.sha256(pdf), List.copyOf(signaturer));
    }

    static boolean arPdf(byte[] fil) {
        if (fil == null || fil.length < 8) {
            return false;
        }
        String borjan = new String(fil, 0, Math.min(fil.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        return borjan.contains("%PDF-");
    }

    private static Verifieringsrapport.Signatur signatur(PDSignature signatur, byte[] pdf, Set<X509Certificate> betrodda) {
        Instant tidpunkt = signatur.getSignDate() == null ? null : signatur.getSignDate().toInstant();
        int[] omfang = signatur.getByteRange();
        boolean rimligt = omfang != null && omfang.length == 4 && omfang[0] == 0 && omfang[1] > 0
                && omfang[2] > omfang[1] && omfang[3] >= 0 && (long) omfang[2] + omfang[3] <= pdf.length;
        boolean hela = rimligt && (long) omfang[2] + omfang[3] == pdf.length;
        String namn = signatur.getName();
        if (!rimligt) {
            return new Verifieringsrapport.Signatur(namn, null, tidpunkt, null, false, false, false, false,
                    "Signaturens byteintervall pekar utanför filen.");
        }
        try {
            byte[] innehall = signatur.getSignedContent(pdf);
            byte[] cms = signatur.getContents(pdf);
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(innehall), cms);
            SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> traffar = data.getCertificates().getMatches((Selector) signer.getSID());
            if (traffar.isEmpty()) {
                return new Verifieringsrapport.Signatur(namn, null, tidpunkt, null, hela, false, false, false,
                        "Signaturen saknar undertecknarens certifikat.");
            }
            X509Certificate cert = KONVERTERARE.getCertificate(traffar.iterator().next());
            boolean intakt = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            List<X509Certificate> ovriga = new ArrayList<>();
            for (Object o : data.getCertificates().getMatches(null)) {
                ovriga.add(KONVERTERARE.getCertificate((X509CertificateHolder) o));
            }
            Tidsstampel ts = tidsstampel(signer);
            Instant provtid = ts.tid() != null ? ts.tid() : tidpunkt != null ? tidpunkt : Instant.now();
            boolean betrodd = kedjar(cert, ovriga, betrodda, provtid);
            String anmarkning = !intakt ? "De signerade byten har ändrats efter underskriften."
                    : ts.fel() != null ? ts.fel()
                    : !betrodd ? "Certifikatet leder inte till något betrott certifikat." : null;
            return new Verifieringsrapport.Signatur(vanligtNamn(cert), cert.getSubjectX500Principal().getName(),
                    tidpunkt, ts.tid(), hela, intakt && ts.fel() == null, betrodd, Testnycklar.arTestcertifikat(cert),
                    anmarkning);
        } catch (Exception e) {
            // A changed byte inside the signature value, or in the signed content, lands here or in verify.
            return new Verifieringsrapport.Signatur(namn, null, tidpunkt, null, hela, false, false, false,
                    "Signaturen går inte att kontrollera: " + e.getMessage());
        }
    }

    private record Tidsstampel(Instant tid, String fel) {
    }

    private static Tidsstampel tidsstampel(SignerInformation signer) {
        if (signer.getUnsignedAttributes() == null) {
            return new Tidsstampel(null, null);
        }
        Attribute attribut = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribut == null) {
            return new Tidsstampel(null, null);
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    attribut.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            byte[] vantat = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
            if (!Arrays.equals(vantat, token.getTimeStampInfo().getMessageImprintDigest())) {
                return new Tidsstampel(token.getTimeStampInfo().getGenTime().toInstant(),
                        "Tidsstämpeln gäller inte den här signaturen.");
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> tsa = token.getCertificates().getMatches(token.getSID());
            if (tsa.isEmpty()) {
                return new Tidsstampel(token.getTimeStampInfo().getGenTime().toInstant(),
                        "Tidsstämpeln saknar tidsstämpeltjänstens certifikat.");
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.iterator().next()));
            return new Tidsstampel(token.getTimeStampInfo().getGenTime().toInstant(), null);
        } catch (Exception e) {
            return new Tidsstampel(null, "Tidsstämpeln är ogiltig: " + e.getMessage());
        }
    }

    private static boolean kedjar(X509Certificate cert, List<X509Certificate> ovriga, Set<X509Certificate> betrodda,
            Instant tid) {
        if (betrodda.isEmpty()) {
            return false;
        }
        if (betrodda.contains(cert)) {
            return true;
        }
        try {
            Set<TrustAnchor> ankare = betrodda.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
            X509CertSelector mal = new X509CertSelector();
            mal.setCertificate(cert);
            PKIXBuilderParameters parametrar = new PKIXBuilderParameters(ankare, mal);
            parametrar.setRevocationEnabled(false);
            parametrar.setDate(Date.from(tid));
            List<X509Certificate> alla = new ArrayList<>(ovriga);
            alla.add(cert);
            parametrar.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(alla)));
            CertPathBuilder.getInstance("PKIX").build(parametrar);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static String vanligtNamn(X509Certificate cert) {
        try {
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            // fall through to the whole name
        }
        return cert.getSubjectX500Principal().getName();
    }
}
