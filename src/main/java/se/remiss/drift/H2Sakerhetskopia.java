package se.remiss.drift;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * One online backup of the embedded H2 database together with the files of the data folder that
 * belong to it, as one zip that is restored by unpacking it into an empty data folder
 * ({@code ops/aterstall-h2.sh}).
 *
 * <p>The database file cannot be copied while the service runs (H2 writes to it and locks it
 * against other processes), so H2's own {@code BACKUP TO} writes a consistent copy from inside the
 * running service. The audit checkpoints and the HMAC key must travel with the database: the audit
 * verifier reads them against the chain, and a restored database without them cannot be verified.
 * Documents and files are in the database, so the zip is complete.
 */
final class H2Sakerhetskopia {

    private H2Sakerhetskopia() {
    }

    /**
     * Writes the backup of the database behind {@code anslutning} and of the other files in
     * {@code datakatalog} to {@code mal}. The zip appears under its name only when it is complete.
     */
    static void skriv(Connection anslutning, Path datakatalog, Path mal) throws SQLException {
        Path tillfallig = mal.resolveSibling(mal.getFileName() + ".tmp");
        Path databaskopia = mal.resolveSibling(mal.getFileName() + ".db.tmp");
        try {
            Files.createDirectories(mal.toAbsolutePath().getParent());
            Files.deleteIfExists(databaskopia);
            try (Statement s = anslutning.createStatement()) {
                // The path is ours (configured folder + generated name), never user input.
                s.execute("BACKUP TO '" + databaskopia.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            try (OutputStream ut = Files.newOutputStream(tillfallig); ZipOutputStream zip = new ZipOutputStream(ut)) {
                try (InputStream in = Files.newInputStream(databaskopia); ZipInputStream databas = new ZipInputStream(in)) {
                    for (ZipEntry e; (e = databas.getNextEntry()) != null; ) {
                        zip.putNextEntry(new ZipEntry(e.getName()));
                        databas.transferTo(zip);
                        zip.closeEntry();
                    }
                }
                for (Path fil : ovrigaFiler(datakatalog, mal)) {
                    zip.putNextEntry(new ZipEntry(datakatalog.relativize(fil).toString().replace('\\', '/')));
                    Files.copy(fil, zip);
                    zip.closeEntry();
                }
            }
            Files.move(tillfallig, mal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        } finally {
            try {
                Files.deleteIfExists(databaskopia);
                Files.deleteIfExists(tillfallig);
            } catch (IOException ignored) {
                // Left-over temporary files are named *.tmp and are removed by the next run's deleteIfExists.
            }
        }
    }

    /** The data folder's files other than the database's own (copied by BACKUP) and the backups themselves. */
    private static List<Path> ovrigaFiler(Path datakatalog, Path mal) throws IOException {
        Path backupmapp = mal.toAbsolutePath().getParent().normalize();
        List<Path> filer = new ArrayList<>();
        if (!Files.isDirectory(datakatalog)) {
            return filer;
        }
        try (Stream<Path> alla = Files.walk(datakatalog)) {
            alla.filter(Files::isRegularFile)
                    .filter(p -> !p.toAbsolutePath().normalize().startsWith(backupmapp))
                    .filter(p -> !p.getFileName().toString().matches(".*\\.(mv|trace|lock)\\.db|.*\\.tmp"))
                    .sorted(Comparator.naturalOrder())
                    .forEach(filer::add);
        }
        return filer;
    }
}
