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
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

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
    private final Attribute signeringscertifikat;

    public LokalCmsSignerare(PrivateKey nyckel, List<X509Certificate> kedja, boolean testnyckel) {
        if (kedja.isEmpty()) {
            throw new IllegalArgumentException("Nyckeln saknar certifikat");
        }
        this.nyckel = nyckel;
        this.kedja = List.copyOf(kedja);
        this.testnyckel = testnyckel;
        this.signeringscertifikat = signeringscertifikatV2(kedja.get(0));
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
            String algoritm = nyckel.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            ContentSigner signerare = new JcaContentSignerBuilder(algoritm).build(nyckel);
            AttributeTable extra = new AttributeTable(signeringscertifikat);
            DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(extra);
            // BouncyCastle adds signing-time by default; PAdES baseline forbids it (the time is /M).
            CMSAttributeTableGenerator utanTid = parametrar -> standard.getAttributes(parametrar)
                    .remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(utanTid)
                    .build(signerare, kedja.get(0)));
            generator.addCertificates(new JcaCertStore(kedja));
            return generator.generate(new CMSProcessableByteArray(innehall), false)
                    .toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
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
