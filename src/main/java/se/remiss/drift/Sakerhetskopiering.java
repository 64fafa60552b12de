package se.remiss.drift;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import se.remiss.plattform.RemissConfig;

/**
 * Nightly online backup of the embedded H2 database ({@code remiss.sakerhetskopia.*}), keeping the
 * newest few. Off unless a folder is configured; on PostgreSQL it does nothing, because there the
 * database's own tools (pg_dump, WAL archiving) are the right ones (docs/drift.md).
 */
@ApplicationScoped
public class Sakerhetskopiering {

    private static final Logger LOG = Logger.getLogger(Sakerhetskopiering.class);
    private static final DateTimeFormatter NAMN = DateTimeFormatter.ofPattern("'remiss-'yyyyMMdd-HHmmss'.zip'");

    @Inject
    RemissConfig config;

    @Inject
    AgroalDataSource datakalla;

    @Scheduled(identity = "sakerhetskopia", cron = "${remiss.sakerhetskopia.schema}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void schemalagd() {
        config.sakerhetskopia().katalog().ifPresent(k -> {
            try {
                skapa(Path.of(k)).ifPresent(p -> LOG.infof("Säkerhetskopia skriven: %s", p));
            } catch (RuntimeException fel) {
                // The service goes on; the log (and the missing file) tells the operator.
                LOG.errorf(fel, "Säkerhetskopian kunde inte skrivas till %s", k);
            }
        });
    }

    /** Writes one backup into {@code katalog} and removes the oldest beyond the number to keep; empty on PostgreSQL. */
    public Optional<Path> skapa(Path katalog) {
        try (Connection anslutning = datakalla.getConnection()) {
            if (!"H2".equals(anslutning.getMetaData().getDatabaseProductName())) {
                return Optional.empty();
            }
            Path mal = katalog.resolve(LocalDateTime.now(Clock.systemDefaultZone()).format(NAMN));
            H2Sakerhetskopia.skriv(anslutning, Path.of(config.datakatalog()), mal);
            gallra(katalog, config.sakerhetskopia().behall());
            return Optional.of(mal);
        } catch (SQLException fel) {
            throw new IllegalStateException("Säkerhetskopian kunde inte skrivas: " + fel.getMessage(), fel);
        }
    }

    static void gallra(Path katalog, int behall) {
        try (Stream<Path> filer = Files.list(katalog)) {
            List<Path> kopior = filer.filter(p -> p.getFileName().toString().matches("remiss-\\d{8}-\\d{6}\\.zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
            for (Path gammal : kopior.subList(Math.min(behall, kopior.size()), kopior.size())) {
                Files.deleteIfExists(gammal);
            }
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }
}
