package se.remiss.dokument;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** An RFC 3161 time-stamping authority over HTTP on a random local port (BouncyCastle), for B-T tests. */
final class TestTsa implements AutoCloseable {

    private final HttpServer server;
    private final AtomicLong serienummer = new AtomicLong(1);
    final X509Certificate certifikat;

    TestTsa() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        kpg.initialize(2048);
        KeyPair par = kpg.generateKeyPair();
        X500Name namn = new X500Name("CN=Remiss test-TSA, O=Remiss (TEST), C=SE");
        Instant nu = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(namn, BigInteger.valueOf(nu.toEpochMilli()),
                Date.from(nu.minus(Duration.ofDays(1))), Date.from(nu.plus(Duration.ofDays(30))), namn, par.getPublic());
        b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        certifikat = new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withRSA").build(par.getPrivate())));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", par.getPrivate(), certifikat),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(certifikat)));
        TimeStampResponseGenerator svar = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", utbyte -> {
            try {
                TimeStampRequest fraga = new TimeStampRequest(utbyte.getRequestBody().readAllBytes());
                byte[] kropp = svar.generate(fraga, BigInteger.valueOf(serienummer.getAndIncrement()), new Date())
                        .getEncoded();
                utbyte.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                utbyte.sendResponseHeaders(200, kropp.length);
                try (OutputStream ut = utbyte.getResponseBody()) {
                    ut.write(kropp);
                }
            } catch (Exception e) {
                utbyte.sendResponseHeaders(500, -1);
            } finally {
                utbyte.close();
            }
        });
        server.start();
    }

    URI adress() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
    }
}
