package se.remiss.diarium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.remiss.granskning.Granskningshandelse;

/** Uploaded files nothing refers to are removed after the configured age; referenced ones never. */
@QuarkusTest
class FilstadningTest {

    @Inject
    Filstadning stadning;

    @Test
    void oanvandaGamlaFilerTasBortMenAldrigEnFilNagotHanvisarTill() {
        Instant nu = Instant.now();
        Instant gammal = nu.minus(Duration.ofHours(25));
        String oanvand = lagra("oanvänd", gammal);
        String ny = lagra("nyss uppladdad", nu);
        String iKvitto = lagra("i ett färskt kvitto", gammal);
        kvitto(iKvitto, nu.minus(Duration.ofHours(1)));
        String iGammaltKvitto = lagra("i ett utgånget kvitto", gammal);
        kvitto(iGammaltKvitto, nu.minus(Duration.ofHours(11)));
        String iHandling = QuarkusTransaction.requiringNew().call(() -> Handling.<Handling>find("sha256 is not null")
                .firstResult().sha256);
        String iProgram = QuarkusTransaction.requiringNew().call(() -> (String) Panache.getEntityManager()
                .createNativeQuery("SELECT sha256 FROM program").setMaxResults(1).getResultStream().findFirst()
                .orElse(null));
        for (String sha : new String[] {iHandling, iProgram}) {
            if (sha != null) {
                satt(sha, gammal);
            }
        }
        long handelserFore = handelser();

        assertTrue(stadning.rensa(nu) >= 2);

        assertNull(finns(oanvand), "oanvänd och äldre än 24 h");
        assertNull(finns(iGammaltKvitto), "kvittot kan inte längre lösas in");
        assertNotNull(finns(ny), "yngre än 24 h");
        assertNotNull(finns(iKvitto), "ett kvitto i en levande session hänvisar till den");
        assertNotNull(finns(iHandling), "en registrerad handling hänvisar till den");
        if (iProgram != null) {
            assertNotNull(finns(iProgram), "ett program hänvisar till den");
        }
        assertEquals(handelserFore + 1, handelser(), "rensningen skrivs i granskningen");
        Granskningshandelse h = QuarkusTransaction.requiringNew().call(() -> Granskningshandelse
                .<Granskningshandelse>find("handling = ?1 order by id desc", Filstadning.HANDELSE).firstResult());
        assertEquals("system", h.anvandarnamn);
        assertTrue(h.efter.contains("\"antal\""), h.efter);
        assertEquals(0, stadning.rensa(nu), "inget kvar att ta bort");
        assertEquals(handelserFore + 1, handelser(), "en rensning utan resultat skriver ingen händelse");
    }

    @Test
    void sammaInnehallLagratIgenForYngrasOchTasInteBort() {
        Instant gammal = Instant.now().minus(Duration.ofHours(25));
        String sha = lagra("laddas upp igen", gammal);
        QuarkusTransaction.requiringNew().run(() -> Fil.lagra(("laddas upp igen " + unik).getBytes(StandardCharsets.UTF_8)));
        stadning.rensa(Instant.now());
        assertNotNull(finns(sha));
        assertFalse(finns(sha).isBefore(Instant.now().minus(Duration.ofHours(1))));
    }

    private static String lagra(String text, Instant skapad) {
        String sha = QuarkusTransaction.requiringNew().call(() -> Fil.lagra((text + " " + unik).getBytes(
                StandardCharsets.UTF_8)).sha256);
        satt(sha, skapad);
        return sha;
    }

    private static final String unik = UUID.randomUUID().toString();

    private static void satt(String sha, Instant skapad) {
        QuarkusTransaction.requiringNew().run(() -> Fil.update("skapad = ?1 where sha256 = ?2", skapad, sha));
    }

    private static void kvitto(String sha, Instant skapad) {
        QuarkusTransaction.requiringNew().run(() -> {
            Filkvitto k = new Filkvitto();
            k.id = Fil.sha256(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            k.sessionsnyckel = k.id;
            k.anvandareId = 1L;
            k.sha256 = sha;
            k.filnamn = "prov.pdf";
            k.skapad = skapad;
            k.persist();
        });
    }

    /** The file's stored time, null when it is gone. */
    private static Instant finns(String sha) {
        return QuarkusTransaction.requiringNew().call(() -> Fil.<Fil>findByIdOptional(sha).map(f -> f.skapad)
                .orElse(null));
    }

    private static long handelser() {
        return QuarkusTransaction.requiringNew().call(() -> Granskningshandelse.count("handling", Filstadning.HANDELSE));
    }
}
