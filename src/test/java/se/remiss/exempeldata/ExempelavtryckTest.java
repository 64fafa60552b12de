package se.remiss.exempeldata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExempelavtryckTest {

    @Test
    void sammaFilerGerSammaAvtryckOchVarjeAndringEttNytt(@TempDir Path katalog) throws Exception {
        Path fil = Files.writeString(katalog.resolve("a.yaml"), "titel: x\n");
        Files.createDirectories(katalog.resolve("remisser/r1"));
        Files.writeString(katalog.resolve("remisser/r1/remiss.yaml"), "titel: y\n");
        String forst = Exempelavtryck.av(katalog);
        assertEquals(forst, Exempelavtryck.av(katalog));

        Files.setLastModifiedTime(fil, FileTime.fromMillis(Files.getLastModifiedTime(fil).toMillis() + 1000));
        String rord = Exempelavtryck.av(katalog);
        assertNotEquals(forst, rord, "ändrad tid");

        Files.writeString(katalog.resolve("remisser/r2.yaml"), "");
        String tillagd = Exempelavtryck.av(katalog);
        assertNotEquals(rord, tillagd, "ny fil");

        Files.move(katalog.resolve("remisser/r2.yaml"), katalog.resolve("remisser/r3.yaml"));
        assertNotEquals(tillagd, Exempelavtryck.av(katalog), "omdöpt fil");
    }
}
