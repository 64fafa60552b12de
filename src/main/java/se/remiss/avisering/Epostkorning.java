package se.remiss.avisering;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.remiss.plattform.RemissConfig;

/**
 * Sends the outbox. Each due mail is first claimed with a conditional update (its next attempt put
 * ten minutes ahead), so of several instances sharing the database exactly one sends it; then it is
 * sent and marked sent. A failed send stays in the outbox with the error and is retried later
 * (1, 2, 4 … minutes, at most an hour apart): nothing is lost, nothing sent twice unless an instance
 * dies between the SMTP server's acceptance and the mark (then once more, after ten minutes).
 */
@ApplicationScoped
public class Epostkorning {

    private static final Logger LOG = Logger.getLogger(Epostkorning.class);
    private static final Duration GREPP = Duration.ofMinutes(10);

    @Inject
    RemissConfig config;

    @Inject
    ReactiveMailer mailer;

    @Inject
    Vertx vertx;

    /** How long one send may take before it counts as failed: the mailer's own setting, as the blocking mailer used it. */
    @ConfigProperty(name = "quarkus.mailer.timeout", defaultValue = "60s")
    Duration sandningHogst;

    @Scheduled(identity = "epostkorning", every = "${remiss.epost.intervall:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void schemalagd() {
        if (config.epost().aktiv()) {
            skickaForfallna();
        }
    }

    /** Sends what is due now; returns how many were sent. */
    public int skickaForfallna() {
        Instant nu = Instant.now();
        List<Long> forfallna = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select e.id from Epostutskick e where e.skickad is null and e.nastaForsok <= ?1 order by e.id",
                        Long.class)
                .setParameter(1, nu).setMaxResults(50).getResultList());
        int skickade = 0;
        for (Long id : forfallna) {
            if (!gripa(id, nu)) {
                continue;
            }
            // Read inside the try: a row that cannot be read (say, a category this version does not know)
            // is put an hour ahead with its error, and the rows behind it are still sent.
            Epostutskick e = null;
            try {
                e = QuarkusTransaction.requiringNew().call(() -> Epostutskick.<Epostutskick>findById(id));
                skicka(Mail.withText(e.adress, e.amne, e.brodtext).setHtml(e.html));
                QuarkusTransaction.requiringNew().run(() -> Epostutskick.update("skickad = ?1 where id = ?2", Instant.now(), id));
                skickade++;
            } catch (RuntimeException fel) {
                Duration vanta = e == null ? Duration.ofHours(1) : Duration.ofMinutes(Math.min(60, 1L << Math.min(e.forsok, 6)));
                String text = String.valueOf(fel.getMessage());
                String kort = text.length() > 1000 ? text.substring(0, 1000) : text;
                LOG.warnf("E-post %d kunde inte %s (nytt försök om %s): %s", id, e == null ? "läsas" : "skickas", vanta, text);
                QuarkusTransaction.requiringNew().run(() -> Epostutskick.update(
                        "forsok = forsok + 1, nastaForsok = ?1, senasteFel = ?2 where id = ?3", Instant.now().plus(vanta), kort, id));
            }
        }
        return skickade;
    }

    /**
     * Sends one mail from an event-loop thread. Called from a worker thread, the Vert.x mail client can open
     * the connection on one event loop and install its reply handler from another; when the server's
     * greeting arrives in between it is dropped, and the session hangs until the server times out (30 s to
     * 5 min) and the mail waits for its retry. Subscribed on the context's own event loop, connecting,
     * reading the greeting and installing the handler happen on one thread, in that order.
     */
    private void skicka(Mail mail) {
        Context slinga = vertx.getOrCreateContext();
        mailer.send(mail).runSubscriptionOn(uppgift -> slinga.runOnContext(v -> uppgift.run()))
                .await().atMost(sandningHogst);
    }

    /** Claims one due mail for this instance: true for exactly one of those who try at once. */
    private static boolean gripa(long id, Instant nu) {
        return QuarkusTransaction.requiringNew().call(() -> Epostutskick.update(
                "nastaForsok = ?1 where id = ?2 and skickad is null and nastaForsok <= ?3", nu.plus(GREPP), id, nu)) == 1;
    }
}
