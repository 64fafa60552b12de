package se.remiss.diarium;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import se.remiss.granskning.Aktor;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.plattform.RemissConfig;

/**
 * Removes stored files nothing refers to: an upload whose form then failed validation (or that the
 * user abandoned) would otherwise stay in the database forever.
 *
 * <p>A file is kept while any of these refers to it: a registered document ({@code handling.sha256}),
 * an imported programme ({@code program.sha256}) or a form receipt ({@code filkvitto}) young enough
 * that its session may still redeem it (younger than {@code remiss.sakerhet.session-maxlangd}).
 * Only files stored longer ago than {@code remiss.dokument.oanvand-fil-alder} are candidates, so an
 * upload whose transaction has not yet written its reference is never taken; {@link Fil#lagra}
 * renews the time when the same bytes are stored again. A new table that refers to {@code fil}
 * must be added to the query below.
 */
@ApplicationScoped
public class Filstadning {

    static final String HANDELSE = "OANVANDA_FILER_BORTTAGNA";

    private static final String OANVANDA = """
            FROM fil WHERE (fil.skapad IS NULL OR fil.skapad < ?1)
              AND NOT EXISTS (SELECT 1 FROM handling h WHERE h.sha256 = fil.sha256)
              AND NOT EXISTS (SELECT 1 FROM program p WHERE p.sha256 = fil.sha256)
              AND NOT EXISTS (SELECT 1 FROM filkvitto k WHERE k.sha256 = fil.sha256 AND k.skapad >= ?2)""";

    @Inject
    RemissConfig config;

    @Inject
    Granskning granskning;

    @Scheduled(identity = "filstadning", every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void schemalagd() {
        rensa(Instant.now());
    }

    /** Removes the unreferenced files stored before {@code nu} minus the configured age; returns how many. */
    @Transactional
    public int rensa(Instant nu) {
        Instant fore = nu.minus(config.dokument().oanvandFilAlder());
        Instant kvittoGrans = nu.minus(config.sakerhet().sessionMaxlangd());
        Number storlek = (Number) Panache.getEntityManager()
                .createNativeQuery("SELECT COALESCE(SUM(fil.storlek), 0) " + OANVANDA)
                .setParameter(1, fore).setParameter(2, kvittoGrans).getSingleResult();
        int antal = Panache.getEntityManager().createNativeQuery("DELETE " + OANVANDA)
                .setParameter(1, fore).setParameter(2, kvittoGrans).executeUpdate();
        if (antal > 0) {
            granskning.logga(Handelse.av(HANDELSE, "Fil", null)
                    .beskrivning("Uppladdade filer som ingenting hänvisar till togs bort")
                    .efter(Map.of("antal", antal, "byte", storlek.longValue(),
                            "aldreAn", fore.toString())), Aktor.SYSTEM);
        }
        return antal;
    }
}
