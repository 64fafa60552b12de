package se.remiss.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup written while the database is open restores into a database with the same rows and files. */
class H2SakerhetskopiaTest {

    @TempDir
    Path tmp;

    @Test
    void kopianAterstallsMedRaderOchFiler() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("granskning-kontrollpunkter.txt"), "1 abc\n");
        Files.createDirectories(data.resolve("testnycklar"));
        Files.writeString(data.resolve("testnycklar/ca.p12"), "nyckel");
        Path backuper = data.resolve("backup");
        Path mal = backuper.resolve("remiss-20261205-023000.zip");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/remiss", "remiss", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE remiss (id BIGINT PRIMARY KEY, titel VARCHAR(100))");
                s.execute("INSERT INTO remiss VALUES (1, 'Stockholms stads program för socialt arbete')");
            }
            H2Sakerhetskopia.skriv(c, data, mal);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO remiss VALUES (2, 'efter kopian')");
            }
        }

        Path aterstalld = Files.createDirectories(tmp.resolve("aterstalld"));
        try (InputStream in = Files.newInputStream(mal); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path fil = aterstalld.resolve(e.getName()).normalize();
                assertTrue(fil.startsWith(aterstalld), e.getName());
                Files.createDirectories(fil.getParent());
                Files.copy(zip, fil);
            }
        }
        assertEquals("1 abc\n", Files.readString(aterstalld.resolve("granskning-kontrollpunkter.txt")));
        assertEquals("nyckel", Files.readString(aterstalld.resolve("testnycklar/ca.p12")));
        assertFalse(Files.exists(aterstalld.resolve("backup")), "backups are not copied into themselves");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + aterstalld.toAbsolutePath() + "/remiss", "remiss", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT titel FROM remiss ORDER BY id")) {
            assertTrue(r.next());
            assertEquals("Stockholms stads program för socialt arbete", r.getString(1));
            assertFalse(r.next(), "a row written after the backup is not in it");
        }
        try (Stream<Path> kvar = Files.list(backuper)) {
            assertEquals(List.of(mal), kvar.toList(), "no temporary file is left");
        }
    }

    @Test
    void gallringBehallerDeNyaste() throws Exception {
        for (String namn : List.of("remiss-20261201-023000.zip", "remiss-20261202-023000.zip",
                "remiss-20261203-023000.zip", "annan-fil.zip")) {
            Files.writeString(tmp.resolve(namn), "x");
        }
        Sakerhetskopiering.gallra(tmp, 2);
        try (Stream<Path> kvar = Files.list(tmp)) {
            assertEquals(List.of("annan-fil.zip", "remiss-20261202-023000.zip", "remiss-20261203-023000.zip"),
                    kvar.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
