package se.remiss.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KlassarkivTest {

    @Test
    void tarKlasserLastaFranJarFilerEnGangVarIOrdning() {
        List<String> logg = List.of(
                "[0.101s][info][class,load] java.lang.Object source: shared objects file",
                "[0.715s][info][class,load] io.quarkus.runtime.Quarkus$1 source: file:/app/lib/main/io.quarkus.quarkus-core.jar",
                "[0.800s][info][class,load] org.hibernate.Session source: file:/app/lib/main/hibernate-core.jar",
                "[0.900s][info][class,load] jdk.internal.Foo source: jrt:/java.base",
                "[0.950s][info][class,load] a.B$$Lambda$12/0x0000000800c0b000 source: a.B",
                "[1.000s][info][class,load] se.remiss.remiss.Remiss source: shared objects file (top)",
                "[1.100s][info][class,load] org.hibernate.Session source: file:/app/lib/main/hibernate-core.jar");

        assertEquals(List.of("io.quarkus.runtime.Quarkus$1", "org.hibernate.Session"),
                List.copyOf(Klassarkiv.klassnamn(logg)));
    }
}
