package se.remiss.dokument;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;

/**
 * CMS signatures with a private key this service holds (from a PKCS#12 file, or a generated test
 * key). SHA-256 with RSA or ECDSA after the key's algorithm. The signed attributes are those
 * PAdES baseline wants: content-type, message-digest and ESS signing-certificate-v2; signing-time
 * is left out because PAdES carries the claimed time in the signature dictionary's /M.
 */
public final class LokalCmsSignerare implements CmsSignerare {

    private final PrivateKey nyckel;
    private final List<X509Certificate> kedja;
    private final boolean testnyckel;
    // Built once: the same for every signature with this key (the content signer itself is not
    // thread-safe and is made per signature).
    private final String algoritm;
    private final X509CertificateHolder certifikat;
    private final Store<X509CertificateHolder> certifikatlager;
    private final DigestCalculatorProvider kontrollsummor;
    private final CMSAttributeTableGenerator signeradeAttribut;

    public LokalCmsSignerare(PrivateKey nyckel, List<X509Certificate> kedja, boolean testnyckel) {
        if (kedja.isEmpty()) {
            throw new IllegalArgumentException("Nyckeln saknar certifikat");
        }
        this.nyckel = nyckel;
        this.kedja = List.copyOf(kedja);
        this.testnyckel = testnyckel;
        this.algoritm = nyckel.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            this.certifikat = new JcaX509CertificateHolder(kedja.get(0));
            this.certifikatlager = new JcaCertStore(this.kedja);
            this.kontrollsummor = new JcaDigestCalculatorProviderBuilder().build();
        } catch (CertificateEncodingException | OperatorCreationException e) {
            throw new IllegalArgumentException("Certifikatkedjan kunde inte läsas: " + e.getMessage(), e);
        }
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(
                new AttributeTable(signeringscertifikatV2(kedja.get(0))));
        // BouncyCastle adds signing-time by default; PAdES baseline forbids it (the time is /M).
        this.signeradeAttribut = parametrar -> standard.getAttributes(parametrar).remove(CMSAttributes.signingTime);
    }

    @Override
    public List<X509Certificate> kedja() {
        return kedja;
    }

    @Override
    public boolean testnyckel() {
        return testnyckel;
    }

    @Override
    public byte[] signera(byte[] innehall) throws IOException {
        try {
            ContentSigner signerare = new JcaContentSignerBuilder(algoritm).build(nyckel);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(kontrollsummor)
                    .setSignedAttributeGenerator(signeradeAttribut)
                    .build(signerare, certifikat));
            generator.addCertificates(certifikatlager);
            return generator.generate(new CMSProcessableByteArray(innehall), false)
                    .toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException e) {
            throw new IOException("CMS-signaturen kunde inte skapas: " + e.getMessage(), e);
        }
    }

    /** ESS signing-certificate-v2: binds the signature to this certificate by its SHA-256 (RFC 5035). */
    private static Attribute signeringscertifikatV2(X509Certificate certifikat) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(certifikat.getEncoded());
            JcaX509CertificateHolder innehavare = new JcaX509CertificateHolder(certifikat);
            IssuerSerial utfardare = new IssuerSerial(new GeneralNames(new GeneralName(innehavare.getIssuer())),
                    innehavare.getSerialNumber());
            // SHA-256 is the default hash of ESSCertIDv2, so its algorithm identifier is left out (DER).
            ESSCertIDv2 id = new ESSCertIDv2(null, hash, utfardare);
            return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Certifikatet kunde inte läsas", e);
        }
    }
}
