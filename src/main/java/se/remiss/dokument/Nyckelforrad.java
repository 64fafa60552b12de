package se.remiss.dokument;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import se.remiss.plattform.RemissConfig;

/**
 * Which key signs for whom. In order: the signer's own PKCS#12 file
 * ({@code remiss.signering.undertecknare.<anvandarnamn>}), the organisation's
 * ({@code remiss.signering.organisationer.<kortnamn>}), a generated test key when test keys are on;
 * otherwise signing is refused with a message saying what to configure. Loaded keys are kept.
 */
@ApplicationScoped
public class Nyckelforrad {

    private static final Logger LOG = Logger.getLogger(Nyckelforrad.class);

    private final RemissConfig.Signering config;
    private final boolean testnycklarPa;
    private final Path testnyckelkatalog;
    /**
     * Made at first use: linking Testnycklar loads BouncyCastle from its signed jars, and checking
     * their signatures alone cost every start ~0.15 s.
     */
    private Testnycklar testnycklar;
    private final Map<String, CmsSignerare> laddade = new ConcurrentHashMap<>();
    private volatile Set<X509Certificate> betrodda;

    @jakarta.inject.Inject
    Nyckelforrad(RemissConfig config) {
        this(config.signering(), config.signering().testnycklar().orElse(config.exempeldata().aktiv()),
                Path.of(config.signering().testnyckelkatalog().orElse(config.datakatalog() + "/testnycklar")));
    }

    Nyckelforrad(RemissConfig.Signering config, boolean testnycklarPa, Path testnyckelkatalog) {
        this.config = config;
        this.testnycklarPa = testnycklarPa;
        this.testnyckelkatalog = testnyckelkatalog;
    }

    /** Synchronized: called only when signing (and once at start), so a lock costs nothing that shows. */
    private synchronized Testnycklar utvecklingsnycklar() {
        if (testnycklar == null) {
            testnycklar = new Testnycklar(testnyckelkatalog);
        }
        return testnycklar;
    }

    /**
     * The development CA is made at the first start with test keys on, so it exists before anyone signs.
     * Later starts leave it on disk until the first signature needs it (reading it costs the start
     * BouncyCastle's key classes).
     */
    void vidStart(@Observes StartupEvent start) {
        // Testnycklar.CA_FIL is a compile-time constant: checking the file does not load the class.
        if (testnycklarPa && !Files.isRegularFile(testnyckelkatalog.resolve(Testnycklar.CA_FIL))) {
            try {
                utvecklingsnycklar().ca();
            } catch (IOException e) {
                LOG.warnf("Utvecklings-CA:n kunde inte skapas: %s", e.getMessage());
            }
        }
    }

    public boolean testnycklar() {
        return testnycklarPa;
    }

    /** The key that signs for {@code vem}; {@link Nyckelsaknas} when there is none. */
    public CmsSignerare signerare(Undertecknare vem) {
        RemissConfig.Nyckelfil egen = vem.anvandarnamn() == null ? null : config.undertecknare().get(vem.anvandarnamn());
        if (egen != null) {
            return laddade.computeIfAbsent("u:" + vem.anvandarnamn(), k -> pkcs12(egen));
        }
        RemissConfig.Nyckelfil org = vem.organisationKortnamn() == null ? null
                : config.organisationer().get(vem.organisationKortnamn());
        if (org != null) {
            return laddade.computeIfAbsent("o:" + vem.organisationKortnamn(), k -> pkcs12(org));
        }
        if (testnycklarPa) {
            try {
                return laddade.computeIfAbsent("t:" + vem.anvandarnamn() + "/" + vem.namn(), k -> {
                    try {
                        return utvecklingsnycklar().signerare(vem);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw new Nyckelsaknas("Testnyckeln för " + vem.namn() + " kunde inte skapas: " + e.getCause().getMessage());
            }
        }
        throw new Nyckelsaknas("Dokumentet kan inte undertecknas: det finns ingen signeringsnyckel för " + vem.namn()
                + " (" + vem.anvandarnamn() + ")" + (vem.organisation() == null ? "" : " eller för " + vem.organisation())
                + ". Administratören behöver ange en PKCS#12-fil med remiss.signering.undertecknare."
                + vem.anvandarnamn() + ".fil eller remiss.signering.organisationer."
                + (vem.organisationKortnamn() == null ? "<kortnamn>" : vem.organisationKortnamn()) + ".fil.");
    }

    /** The certificates a signature must chain to: the configured ones, and the development CA when test keys are on. */
    public Set<X509Certificate> betrodda() {
        Set<X509Certificate> b = betrodda;
        if (b == null) {
            Set<X509Certificate> alla = new HashSet<>();
            for (String fil : config.betrodda().orElse(List.of())) {
                alla.addAll(certifikat(Path.of(fil)));
            }
            if (testnycklarPa) {
                try {
                    alla.add(utvecklingsnycklar().ca());
                } catch (IOException e) {
                    LOG.warnf("Utvecklings-CA:n kunde inte läsas: %s", e.getMessage());
                }
            }
            b = Collections.unmodifiableSet(alla);
            betrodda = b;
        }
        return b;
    }

    private static CmsSignerare pkcs12(RemissConfig.Nyckelfil fil) {
        char[] losenord = fil.losenord().toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(fil.fil()))) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, losenord);
            String alias = fil.alias().orElseGet(() -> forstaNyckel(ks));
            if (alias == null || !ks.isKeyEntry(alias)) {
                throw new Nyckelsaknas("Nyckelfilen " + fil.fil() + " innehåller ingen privat nyckel"
                        + (fil.alias().isPresent() ? " med namnet " + alias : "") + ".");
            }
            PrivateKey nyckel = (PrivateKey) ks.getKey(alias, losenord);
            Certificate[] kedja = ks.getCertificateChain(alias);
            List<X509Certificate> certifikat = Arrays.stream(kedja).map(c -> (X509Certificate) c).toList();
            return new LokalCmsSignerare(nyckel, certifikat, Testnycklar.arTestcertifikat(certifikat.get(0)));
        } catch (IOException | GeneralSecurityException e) {
            throw new Nyckelsaknas("Nyckelfilen " + fil.fil() + " kunde inte öppnas (fel lösenord eller inte PKCS#12?): "
                    + e.getMessage());
        } finally {
            Arrays.fill(losenord, '\0');
        }
    }

    private static String forstaNyckel(KeyStore ks) {
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    return alias;
                }
            }
            return null;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private static List<X509Certificate> certifikat(Path fil) {
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(fil))) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(c -> (X509Certificate) c).toList();
        } catch (IOException | GeneralSecurityException e) {
            LOG.warnf("Det betrodda certifikatet %s kunde inte läsas: %s", fil, e.getMessage());
            return List.of();
        }
    }
}
