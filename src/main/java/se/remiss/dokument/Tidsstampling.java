package se.remiss.dokument;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * PAdES-B-T: an RFC 3161 time-stamp over the signature value, from the configured time-stamping
 * authority, added to the CMS as the unsigned attribute signature-time-stamp. The answer is
 * checked against the request (imprint, nonce, status) before it is used.
 */
final class Tidsstampling {

    private static final SecureRandom SLUMP = new SecureRandom();
    private static final HttpClient KLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI tsa;

    Tidsstampling(URI tsa) {
        this.tsa = tsa;
    }

    /** {@code cms} with a time-stamp token on each signer. */
    byte[] stampla(byte[] cms) throws IOException {
        try {
            CMSSignedData data = new CMSSignedData(cms);
            List<SignerInformation> stamplade = new ArrayList<>();
            for (SignerInformation signer : data.getSignerInfos().getSigners()) {
                byte[] token = token(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
                Attribute attribut = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                        new DERSet(ASN1Primitive.fromByteArray(token)));
                AttributeTable osignerade = signer.getUnsignedAttributes() == null
                        ? new AttributeTable(attribut) : signer.getUnsignedAttributes().add(
                                attribut.getAttrType(), attribut.getAttrValues().getObjectAt(0));
                stamplade.add(SignerInformation.replaceUnsignedAttributes(signer, osignerade));
            }
            return CMSSignedData.replaceSigners(data, new SignerInformationStore(stamplade))
                    .toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (CMSException | NoSuchAlgorithmException e) {
            throw new IOException("Tidsstämpeln kunde inte läggas till: " + e.getMessage(), e);
        }
    }

    private byte[] token(byte[] avtryck) throws IOException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        BigInteger nonce = new BigInteger(64, SLUMP);
        TimeStampRequest fraga = generator.generate(TSPAlgorithms.SHA256, avtryck, nonce);
        HttpRequest begaran = HttpRequest.newBuilder(tsa).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(fraga.getEncoded())).build();
        HttpResponse<byte[]> svar;
        try {
            svar = KLIENT.send(begaran, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Tidsstämpeltjänsten svarade inte", e);
        }
        if (svar.statusCode() != 200) {
            throw new IOException("Tidsstämpeltjänsten " + tsa + " svarade " + svar.statusCode());
        }
        try {
            TimeStampResponse tsr = new TimeStampResponse(svar.body());
            tsr.validate(fraga);
            if (tsr.getTimeStampToken() == null) {
                throw new IOException("Tidsstämpeltjänsten gav ingen stämpel: " + tsr.getStatusString());
            }
            return tsr.getTimeStampToken().getEncoded();
        } catch (TSPException e) {
            throw new IOException("Tidsstämpeltjänstens svar var ogiltigt: " + e.getMessage(), e);
        }
    }
}
