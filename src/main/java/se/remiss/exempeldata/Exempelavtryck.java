package se.remiss.exempeldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of a sample-data folder: SHA-256 over every file's relative path, size and modification
 * time. It reads no file's contents, so it costs a directory walk, and any edited, added, removed or
 * renamed file changes it.
 */
public final class Exempelavtryck {

    private Exempelavtryck() {
    }

    public static String av(Path katalog) {
        MessageDigest sha = sha256();
        for (Path fil : filer(katalog)) {
            try {
                String rad = katalog.relativize(fil).toString().replace('\\', '/') + '\u0000' + Files.size(fil)
                        + '\u0000' + Files.getLastModifiedTime(fil).toMillis() + '\n';
                sha.update(rad.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static List<Path> filer(Path katalog) {
        try (Stream<Path> s = Files.walk(katalog)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
