package se.remiss.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InListaTest {

    @Test
    void fyllerUtTillNastaTvaPotens() {
        assertEquals(List.of(2, 2, 4, 4, 8, 8, 32, 32, 64), List.of(1, 2, 3, 4, 5, 8, 17, 32, 33).stream()
                .map(InLista::storlek).toList());
        assertEquals("(:org0, :org1)", InLista.platser("org", 1), "a lone parameter would be a list parameter");
        assertEquals("(:idn0, :idn1, :idn2, :idn3)", InLista.platser("idn", 3));
        assertThrows(IllegalArgumentException.class, () -> InLista.storlek(0));
    }

    @Test
    void bindarVardenaOchUpprepatDetSistaIUtfyllnaden() {
        Map<String, Object> bundna = new LinkedHashMap<>();
        Query fraga = (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class},
                (proxy, metod, argument) -> {
                    if (metod.getName().equals("setParameter") && argument[0] instanceof String namn) {
                        bundna.put(namn, argument[1]);
                    }
                    return proxy;
                });

        InLista.binda(fraga, "idn", List.of(7L, 8L, 9L));

        assertEquals(Map.of("idn0", 7L, "idn1", 8L, "idn2", 9L, "idn3", 9L), bundna);
        assertThrows(IllegalArgumentException.class, () -> InLista.binda(fraga, "tom", List.of()));
    }
}
