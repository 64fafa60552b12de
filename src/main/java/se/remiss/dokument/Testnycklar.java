package se.remiss.dokument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys for demonstrations and tests, never for real decisions: a development CA and one signer
 * certificate per person, generated into a folder under the data folder the first time they are
 * needed and reused afterwards. Every subject says TESTNYCKEL (and the signature block prints it),
 * so a document signed with them cannot pass for a real one. The key stores' password is random,
 * kept beside them.
 */
final class Testnycklar {

    /** Marks every test certificate's subject (OU). */
    static final String ENHET = "Remiss TESTNYCKLAR – ej giltiga för beslut";

    private static final SecureRandom SLUMP = new SecureRandom();

    /** A compile-time constant, so Nyckelforrad can check for the file without loading this class. */
    static final String CA_FIL = "utvecklings-ca.p12";

    private final Path katalog;
    private char[] losenord;
    private PrivateKey caNyckel;
    private X509Certificate ca;

    Testnycklar(Path katalog) {
        this.katalog = katalog;
    }

    static boolean arTestcertifikat(X509Certificate cert) {
        return cert.getSubjectX500Principal().getName().contains("TESTNYCKLAR");
    }

    /** The development CA, generated at the first call. */
    synchronized X509Certificate ca() throws IOException {
        if (ca == null) {
            Files.createDirectories(katalog);
            losenord = losenord();
            Path fil = katalog.resolve(CA_FIL);
            if (Files.isRegularFile(fil)) {
                KeyStore ks = las(fil);
                caNyckel = nyckel(ks);
                ca = certifikatI(ks);
            } else {
                KeyPair par = nyckelpar();
                X500Name namn = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "Remiss utvecklings-CA (TESTNYCKEL)")
                        .addRDN(BCStyle.OU, ENHET).addRDN(BCStyle.O, "Remiss").addRDN(BCStyle.C, "SE").build();
                ca = certifikat(namn, par, namn, par.getPrivate(), true, Duration.ofDays(3650));
                caNyckel = par.getPrivate();
                spara(fil, par.getPrivate(), List.of(ca));
            }
        }
        return ca;
    }

    /** The test key of {@code vem}, generated (signed by the development CA) at the first call. */
    synchronized LokalCmsSignerare signerare(Undertecknare vem) throws IOException {
        X509Certificate utfardare = ca();
        String filnamn = vem.anvandarnamn().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_") + ".p12";
        Path fil = katalog.resolve(filnamn);
        if (Files.isRegularFile(fil)) {
            KeyStore ks = las(fil);
            X509Certificate cert = certifikatI(ks);
            if (cert.getSubjectX500Principal().getName().contains(vem.namn())) {
                return new LokalCmsSignerare(nyckel(ks), List.of(cert, utfardare), true);
            }
        }
        KeyPair par = nyckelpar();
        X500NameBuilder namn = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, vem.namn() + " (TESTNYCKEL)").addRDN(BCStyle.OU, ENHET);
        if (vem.titel() != null && !vem.titel().isBlank()) {
            namn.addRDN(BCStyle.T, vem.titel());
        }
        namn.addRDN(BCStyle.O, (vem.organisation() == null ? "Remiss" : vem.organisation()) + " (TEST)")
                .addRDN(BCStyle.C, "SE");
        X509Certificate cert = certifikat(namn.build(), par, X500Name.getInstance(
                utfardare.getSubjectX500Principal().getEncoded()), caNyckel, false, Duration.ofDays(1825));
        spara(fil, par.getPrivate(), List.of(cert, utfardare));
        return new LokalCmsSignerare(par.getPrivate(), List.of(cert, utfardare), true);
    }

    private static KeyPair nyckelpar() throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, SLUMP);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static X509Certificate certifikat(X500Name amne, KeyPair par, X500Name utfardare, PrivateKey utfardarnyckel,
            boolean arCa, Duration giltighet) throws IOException {
        try {
            Instant nu = Instant.now();
            JcaX509ExtensionUtils verktyg = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(utfardare, new BigInteger(64, SLUMP).abs(),
                    Date.from(nu.minus(Duration.ofDays(1))), Date.from(nu.plus(giltighet)), amne, par.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(arCa));
            b.addExtension(Extension.keyUsage, true, arCa ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            b.addExtension(Extension.subjectKeyIdentifier, false, verktyg.createSubjectKeyIdentifier(par.getPublic()));
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withRSA").build(utfardarnyckel)));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("Testcertifikatet kunde inte skapas: " + e.getMessage(), e);
        }
    }

    private void spara(Path fil, PrivateKey nyckel, List<X509Certificate> kedja) throws IOException {
        try (OutputStream ut = Files.newOutputStream(fil)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("nyckel", nyckel, losenord, kedja.toArray(X509Certificate[]::new));
            ks.store(ut, losenord);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private KeyStore las(Path fil) throws IOException {
        try (InputStream in = Files.newInputStream(fil)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, losenord);
            return ks;
        } catch (GeneralSecurityException e) {
            throw new IOException("Testnyckeln " + fil + " kunde inte läsas: " + e.getMessage(), e);
        }
    }

    private static X509Certificate certifikatI(KeyStore ks) throws IOException {
        try {
            return (X509Certificate) ks.getCertificate("nyckel");
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private PrivateKey nyckel(KeyStore ks) throws IOException {
        try {
            return (PrivateKey) ks.getKey("nyckel", losenord);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private char[] losenord() throws IOException {
        Path fil = katalog.resolve("losenord");
        if (!Files.isRegularFile(fil)) {
            byte[] slump = new byte[24];
            SLUMP.nextBytes(slump);
            Files.writeString(fil, Base64.getUrlEncoder().withoutPadding().encodeToString(slump), StandardCharsets.UTF_8);
            // Owner-only where the file system has POSIX permissions; elsewhere the folder's own apply.
            if (Files.getFileStore(fil).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(fil, PosixFilePermissions.fromString("rw-------"));
            }
        }
        return Files.readString(fil, StandardCharsets.UTF_8).strip().toCharArray();
    }
}
