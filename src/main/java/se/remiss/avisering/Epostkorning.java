package se.remiss.avisering;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    Mailer mailer;

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
            Epostutskick e = QuarkusTransaction.requiringNew().call(() -> Epostutskick.<Epostutskick>findById(id));
            try {
                mailer.send(Mail.withText(e.adress, e.amne, e.brodtext).setHtml(e.html));
                QuarkusTransaction.requiringNew().run(() -> Epostutskick.update("skickad = ?1 where id = ?2", Instant.now(), id));
                skickade++;
            } catch (RuntimeException fel) {
                int forsok = e.forsok + 1;
                Duration vanta = Duration.ofMinutes(Math.min(60, 1L << Math.min(forsok - 1, 6)));
                String text = String.valueOf(fel.getMessage());
                LOG.warnf("E-post %d kunde inte skickas (försök %d, nytt försök om %s): %s", id, forsok, vanta, text);
                QuarkusTransaction.requiringNew().run(() -> Epostutskick.update(
                        "forsok = ?1, nastaForsok = ?2, senasteFel = ?3 where id = ?4", forsok, Instant.now().plus(vanta),
                        text.length() > 1000 ? text.substring(0, 1000) : text, id));
            }
        }
        return skickade;
    }

    /** Claims one due mail for this instance: true for exactly one of those who try at once. */
    private static boolean gripa(long id, Instant nu) {
        return QuarkusTransaction.requiringNew().call(() -> Epostutskick.update(
                "nastaForsok = ?1 where id = ?2 and skickad is null and nastaForsok <= ?3", nu.plus(GREPP), id, nu)) == 1;
    }
}
