package se.remiss.granskning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Appends events to the chain. The chain head is locked for the rest of the transaction, so events
 * are numbered and linked in commit order; a transaction that already holds it keeps writing there.
 */
@ApplicationScoped
public class Kedjeskrivare {

    /** Marks, per transaction, that it holds the chain head (see {@link Granskning}). */
    static final String HALLER_KEDJAN = Kedjeskrivare.class.getName() + ".haller";
    /** Per transaction: the events it appended, written as checkpoints once it has committed. */
    private static final String KONTROLLPUNKT = Kedjeskrivare.class.getName() + ".kontrollpunkt";

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transaktioner;

    @Inject
    Begaransgranskning begaran;

    @Inject
    Kontrollpunkter kontrollpunkter;

    /**
     * The events this transaction appended, for the checkpoint file once it has committed. Each event
     * gets its own checkpoint, so every id's first checkpoint is its original one – an id reused after
     * the chain was cut back shows up even when its original was written together with others.
     */
    private final class Kontrollpunkt implements Synchronization {
        final List<Kontrollpunkter.Punkt> punkter = new ArrayList<>();

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                kontrollpunkter.skriv(punkter);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Granskningshandelse iTransaktionen(Handelse h, Granskningshandelse.Utfall utfall, Aktor aktor) {
        return skriv(h, utfall, aktor);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Granskningshandelse separat(Handelse h, Granskningshandelse.Utfall utfall, Aktor aktor) {
        return skriv(h, utfall, aktor);
    }

    boolean transaktionenHallerKedjan() {
        return transaktioner.getTransactionKey() != null && transaktioner.getResource(HALLER_KEDJAN) != null;
    }

    private Granskningshandelse skriv(Handelse h, Granskningshandelse.Utfall utfall, Aktor aktor) {
        Granskningskedja huvud = Granskningskedja.getEntityManager()
                .find(Granskningskedja.class, Granskningskedja.HUVUD, LockModeType.PESSIMISTIC_WRITE);
        transaktioner.putResource(HALLER_KEDJAN, Boolean.TRUE);
        if (Arc.container().requestContext().isActive()) {
            begaran.markeraVidCommit(transaktioner);
        }
        Granskningshandelse e = new Granskningshandelse();
        e.id = huvud.senasteId + 1;
        e.foregaendeHash = huvud.senasteHash;
        // Milliseconds: what both databases store exactly, so the hash can be recomputed from the row.
        e.tidpunkt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        e.anvandarnamn = kapa(aktor.anvandarnamn(), 60);
        e.organisationId = aktor.organisationId();
        e.handling = h.handling();
        e.objekttyp = h.objekttyp();
        e.objektId = h.objektId();
        e.remissId = h.remissId();
        e.utfall = utfall;
        e.beskrivning = kapa(h.beskrivning(), 500);
        e.fore = text(h.fore());
        e.efter = text(h.efter());
        e.hash = e.beraknadHash();
        e.persist();
        huvud.senasteId = e.id;
        huvud.senasteHash = e.hash;
        Kontrollpunkt punkt = (Kontrollpunkt) transaktioner.getResource(KONTROLLPUNKT);
        if (punkt == null) {
            punkt = new Kontrollpunkt();
            transaktioner.putResource(KONTROLLPUNKT, punkt);
            transaktioner.registerInterposedSynchronization(punkt);
        }
        punkt.punkter.add(new Kontrollpunkter.Punkt(e.id, e.hash));
        return e;
    }

    private String text(Map<String, ?> varden) {
        if (varden == null || varden.isEmpty()) {
            return null;
        }
        try {
            return kapa(json.writeValueAsString(varden), 20000);
        } catch (JsonProcessingException ex) {
            return kapa(varden.toString(), 20000);
        }
    }

    private static String kapa(String text, int langd) {
        return text == null || text.length() <= langd ? text : text.substring(0, langd);
    }
}
