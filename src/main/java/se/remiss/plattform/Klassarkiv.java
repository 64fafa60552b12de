package se.remiss.plattform;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Readies the class-data archive's recording run (ops/starta.sh, the first start after a build): before
 * the JVM writes the archive at exit, links every class this run loaded from the application's jars.
 *
 * <p>Why: Java 17's {@code -XX:ArchiveClassesAtExit} leaves out every class of a non-JDK class loader that
 * was loaded but never linked (Java 18 lifted this, JDK-8265604). Quarkus loads the application through its
 * own loader, and a start loads about 2,800 classes it never links (the verifier and Hibernate's and
 * SmallRye's reflection load them to look at them), so every restart read, parsed and linked them from the
 * jars again. Linking is not initialising: {@link Class#getDeclaredConstructors()} makes the JVM link the
 * class (verify and prepare it) and runs no static initialiser, so nothing of the application runs.
 *
 * <p>The class names come from the JVM's own class-loading log of the run ({@code -Xlog:class+load}, the
 * file given in {@code remiss.klassarkiv-logg}); without that setting this does nothing.
 */
@ApplicationScoped
public class Klassarkiv {

    private static final Logger LOG = Logger.getLogger(Klassarkiv.class);

    /** "[0.715s][info][class,load] a.b.C source: file:/…/x.jar": classes read from a jar, not from an archive or the JDK. */
    private static final Pattern FRAN_JAR = Pattern.compile("\\[class,load\\] (\\S+) source: file:");

    void vidStopp(@Observes ShutdownEvent stopp, RemissConfig config) {
        config.klassarkivLogg().map(Path::of).filter(Files::isRegularFile).ifPresent(this::lanka);
    }

    private void lanka(Path logg) {
        long start = System.nanoTime();
        Set<String> namn;
        try {
            namn = klassnamn(Files.readAllLines(logg));
        } catch (IOException e) {
            LOG.warnf("Klassarkivet: %s kunde inte läsas (%s); arkivet blir ofullständigt.", logg, e.getMessage());
            return;
        }
        ClassLoader laddare = Thread.currentThread().getContextClassLoader();
        int lankade = 0;
        for (String klass : namn) {
            try {
                Class.forName(klass, false, laddare).getDeclaredConstructors();
                lankade++;
            } catch (ClassNotFoundException | LinkageError e) { // one that cannot link (an optional dependency missing) stays out
                LOG.tracef("Klassarkivet: %s länkas inte: %s", klass, e);
            }
        }
        LOG.infof("Klassarkivet: %d av %d klasser från jar-filerna länkade på %d ms inför arkivet.", lankade, namn.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The classes the log shows as read from a jar, in loading order, each once. */
    static Set<String> klassnamn(List<String> rader) {
        Set<String> namn = new LinkedHashSet<>();
        for (String rad : rader) {
            Matcher m = FRAN_JAR.matcher(rad);
            if (m.find()) {
                namn.add(m.group(1));
            }
        }
        return namn;
    }
}
