package se.remiss.avisering;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import se.remiss.anvandare.Anvandare;
import se.remiss.avisering.Aviseringar.Rad;
import se.remiss.kalender.SvenskKalender;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.plattform.Talformat;
import se.remiss.remiss.Fristtyp;
import se.remiss.remiss.MottagarStatus;
import se.remiss.remiss.Mottagarhandelse;
import se.remiss.remiss.Remissmottagare;
import se.remiss.sammantrade.Sammantradesplanering;

/**
 * The two daily mail jobs.
 *
 * <p><b>Deadline reminders</b> ({@link #skapaPaminnelser}): a recipient still waited for gets, for
 * each deadline still open, a reminder N working days before it (N per sender,
 * {@link Organisation#paminnelsedagar}, else {@code remiss.epost.paminnelsedagar}) and one on the
 * first working day after it has passed (the first calendar day after the deadline that is a working
 * day under lag 1930:173: a deadline on a Friday is overdue on Monday). Both go to the recipient's
 * registrators and its handläggare. A job that did not run on the day catches up: the early reminder
 * until the deadline itself, the overdue one until the next working day, no later (switching e-mail
 * on must not flood people with every old overdue case). The deadline's date is part of the mail's
 * key, so a deadline moved by an anstånd gives a new reminder, and an unsent one for the old date is
 * dropped.
 *
 * <p><b>Daily digest</b> ({@link #skapaSammandrag}): the sender's registrators get one mail per person
 * and working day listing the overdue recipients of the remisser their organisation sent; nothing
 * when nothing is overdue, nothing on weekends and holidays (the next working day's digest lists it).
 *
 * <p>Both only queue into the outbox, one small transaction per mail: running twice, or on two
 * instances at once, gives no second mail (the key is unique; the instance that loses the race
 * for a key skips it and goes on).
 */
@ApplicationScoped
public class Paminnelser {

    private static final Logger LOG = Logger.getLogger(Paminnelser.class);

    /** Overdue rows a digest lists; the rest are counted and the list page shows them (the mail stays readable). */
    static final int MAX_RADER_I_SAMMANDRAG = 40;

    private static final String FORE = "fore";
    private static final String FORSENAD = "forsenad";

    @Inject
    RemissConfig config;

    @Inject
    Klocka klocka;

    @Inject
    SvenskKalender kalender;

    @Inject
    Aviseringar aviseringar;

    /** A mail decided on, not yet queued: plain values, so queueing needs no entity from the planning. */
    record Planerat(long anvandare, Epostkategori kategori, String nyckel, String amne, String rubrik, List<Rad> rader,
            String lank, String lanktext) {
    }

    @Scheduled(identity = "paminnelser", cron = "${remiss.epost.paminnelse-schema:0 0 6 * * ?}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void paminnelserSchemalagt() {
        if (config.epost().aktiv()) {
            int n = skapaPaminnelser(klocka.idag());
            LOG.infof("Fristpåminnelser: %d nya i utkorgen", n);
        }
    }

    @Scheduled(identity = "sammandrag", cron = "${remiss.epost.sammandrag-schema:0 0 7 * * ?}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void sammandragSchemalagt() {
        if (config.epost().aktiv()) {
            int n = skapaSammandrag(klocka.idag());
            LOG.infof("Sammandrag av försenade svar: %d nya i utkorgen", n);
        }
    }

    /** Queues the deadline reminders due on {@code idag}; returns how many new mails were queued. */
    public int skapaPaminnelser(LocalDate idag) {
        if (!config.epost().aktiv()) {
            return 0;
        }
        QuarkusTransaction.requiringNew().run(() -> rensaInaktuella(null));
        return koa(QuarkusTransaction.requiringNew().call(() -> planeraPaminnelser(idag)));
    }

    /** Queues the day's digests for the senders' registrators; returns how many new mails were queued. */
    public int skapaSammandrag(LocalDate idag) {
        if (!config.epost().aktiv() || !kalender.arArbetsdag(idag)) {
            return 0;
        }
        return koa(QuarkusTransaction.requiringNew().call(() -> planeraSammandrag(idag)));
    }

    /** A granted anstånd moved a deadline: a reminder for the old date still in the outbox is not sent. */
    void pa(@Observes Mottagarhandelse h) {
        if (h.typ() == Mottagarhandelse.Typ.FRIST_FLYTTAD) {
            rensaInaktuella(h.mottagare().id);
        }
    }

    private int koa(List<Planerat> plan) {
        int koade = 0;
        for (Planerat p : plan) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> aviseringar.koa(Anvandare.findById(p.anvandare()),
                        p.kategori(), p.nyckel(), p.amne(), p.rubrik(), p.rader(), p.lank(), p.lanktext()))) {
                    koade++;
                }
            } catch (RuntimeException fel) {
                // Another instance (or run) queued the same key between our check and our insert: the
                // unique constraint refused ours, which is the point. Anything else is logged, and the
                // remaining mails are still queued.
                boolean finns = QuarkusTransaction.requiringNew().call(() -> Epostutskick.count("nyckel", p.nyckel()) > 0);
                if (finns) {
                    LOG.debugf("%s redan i utkorgen (samtidig körning)", p.nyckel());
                } else {
                    LOG.warnf(fel, "Kunde inte lägga %s i utkorgen", p.nyckel());
                }
            }
        }
        return koade;
    }

    // ---------------------------------------------------------------------------------------------
    // Deadline reminders

    private List<Planerat> planeraPaminnelser(LocalDate idag) {
        Sammantradesplanering arbetsdagar = new Sammantradesplanering(kalender);
        int standard = config.epost().paminnelsedagar();
        Integer storstaEgna = io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createQuery("select max(o.paminnelsedagar) from Organisation o", Integer.class).getSingleResult();
        int storsta = Math.max(standard, storstaEgna == null ? 0 : storstaEgna);
        // Deadlines that can be due today: up to `storsta` working days ahead (plus the free days in
        // between), and back far enough for the overdue mail's catch-up day. Exact per row below.
        LocalDate till = idag;
        for (int i = 0; i < storsta; i++) {
            till = kalender.nastaArbetsdag(till.plusDays(1));
        }
        till = till.plusDays(7);
        LocalDate fran = idag.minusDays(14);
        List<Remissmottagare> kandidater = Remissmottagare.list("from Remissmottagare m join fetch m.remiss r "
                + "join fetch r.avsandare left join fetch r.arende join fetch m.organisation left join fetch m.arende "
                + "left join fetch m.handlaggare where m.status in ?1 and ((m.sistaDagKontorsutlatande >= ?2 "
                + "and m.sistaDagKontorsutlatande <= ?3) or (m.sistaDagNamndprotokoll >= ?2 "
                + "and m.sistaDagNamndprotokoll <= ?3)) order by m.id", MottagarStatus.vantarProtokoll(), fran, till);
        List<Planerat> plan = new ArrayList<>();
        for (Remissmottagare m : kandidater) {
            int dagar = m.remiss.avsandare.paminnelsedagar != null ? m.remiss.avsandare.paminnelsedagar : standard;
            for (Fristtyp typ : Fristtyp.values()) {
                if (!vantas(m, typ)) {
                    continue;
                }
                LocalDate frist = m.sistaDag(typ);
                LocalDate forsenadFran = kalender.nastaArbetsdag(frist.plusDays(1));
                String slag;
                if (!idag.isBefore(arbetsdagar.arbetsdagarFore(frist, dagar)) && !idag.isAfter(frist)) {
                    slag = FORE;
                } else if (!idag.isBefore(forsenadFran)
                        && !idag.isAfter(kalender.nastaArbetsdag(forsenadFran.plusDays(1)))) {
                    slag = FORSENAD;
                } else {
                    continue;
                }
                List<Anvandare> mottagarna = new ArrayList<>(Aviseringar.registratorer(m));
                if (m.handlaggare != null && mottagarna.stream().noneMatch(a -> a.id.equals(m.handlaggare.id))) {
                    mottagarna.add(m.handlaggare);
                }
                for (Anvandare a : mottagarna) {
                    plan.add(paminnelse(m, typ, frist, slag, a, idag));
                }
            }
        }
        return plan;
    }

    /** Is this deadline still open: the statement, or the minutes, not yet in? */
    private static boolean vantas(Remissmottagare m, Fristtyp typ) {
        return m.sistaDag(typ) != null && (typ == Fristtyp.KONTORSUTLATANDE
                ? MottagarStatus.vantarUtlatande().contains(m.status)
                : MottagarStatus.vantarProtokoll().contains(m.status));
    }

    static String nyckel(long mottagare, Fristtyp typ, LocalDate frist, String slag, long anvandare) {
        return "frist:" + mottagare + ":" + typ.name() + ":" + frist + ":" + slag + ":" + anvandare;
    }

    private Planerat paminnelse(Remissmottagare m, Fristtyp typ, LocalDate frist, String slag, Anvandare a,
            LocalDate idag) {
        String vad = "sista dag för " + typ.kort + " till " + m.remiss.avsandare.namn;
        String amne;
        String rubrik;
        if (FORE.equals(slag)) {
            long kvar = ChronoUnit.DAYS.between(idag, frist);
            amne = "Påminnelse: " + vad + " är " + Aviseringar.dag(frist) + " – " + m.remiss.titel;
            rubrik = "Påminnelse: " + vad + " är " + Aviseringar.dag(frist)
                    + (kvar == 0 ? ", i dag." : kvar == 1 ? ", i morgon." : ", om " + Talformat.svenskt(kvar) + " dagar.");
        } else {
            amne = "Försenat: " + vad + " var " + Aviseringar.dag(frist) + " – " + m.remiss.titel;
            rubrik = capitalize(vad) + " var " + Aviseringar.dag(frist) + ". "
                    + (typ == Fristtyp.KONTORSUTLATANDE ? "Kontorsutlåtandet" : "Nämndens protokoll")
                    + " har inte kommit in till avsändaren. Skicka det, eller begär anstånd på ärendets sida.";
        }
        return new Planerat(a.id, FORE.equals(slag) ? Epostkategori.FRIST_NARMAR : Epostkategori.FRIST_PASSERAD,
                nyckel(m.id, typ, frist, slag, a.id), amne, rubrik, Aviseringar.rader(m),
                aviseringar.lank("/mottagare/" + m.id), Aviseringar.ARENDET);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Drops unsent reminders that are no longer true: the deadline moved (an anstånd) or the answer
     * came in. {@code mottagare} null: all of them (the job, before it plans); otherwise one recipient's.
     */
    void rensaInaktuella(Long mottagare) {
        List<Epostutskick> osanda = mottagare == null
                ? Epostutskick.list("skickad is null and kategori in ?1",
                        List.of(Epostkategori.FRIST_NARMAR, Epostkategori.FRIST_PASSERAD))
                : Epostutskick.list("skickad is null and kategori in ?1 and nyckel like ?2",
                        List.of(Epostkategori.FRIST_NARMAR, Epostkategori.FRIST_PASSERAD), "frist:" + mottagare + ":%");
        for (Epostutskick e : osanda) {
            String[] delar = e.nyckel.split(":");
            Remissmottagare m = Remissmottagare.findById(Long.valueOf(delar[1]));
            Fristtyp typ = Fristtyp.valueOf(delar[2]);
            if (m == null || !vantas(m, typ) || !m.sistaDag(typ).toString().equals(delar[3])) {
                // Conditional, so a mail another instance is sending right now is left alone.
                Epostutskick.delete("id = ?1 and skickad is null", e.id);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The senders' daily digest

    private List<Planerat> planeraSammandrag(LocalDate idag) {
        List<Remissmottagare> forsenade = Remissmottagare.<Remissmottagare>list("from Remissmottagare m "
                + "join fetch m.remiss r join fetch r.avsandare left join fetch r.arende join fetch m.organisation "
                + "where m.status in ?1 and (m.sistaDagKontorsutlatande < ?2 or m.sistaDagNamndprotokoll < ?2)",
                MottagarStatus.vantarProtokoll(), idag).stream()
                .filter(m -> m.frist(idag).forsenad())
                .sorted(Comparator.comparing((Remissmottagare m) -> m.remiss.titel).thenComparing(m -> m.remiss.id)
                        .thenComparing(m -> m.organisation.namn))
                .toList();
        // Per registrator, the overdue rows of the remisser their organisation sent, in one order.
        Map<Long, List<Rad>> perPerson = new LinkedHashMap<>();
        Map<Long, Organisation> avsandare = new LinkedHashMap<>();
        Map<Long, List<Anvandare>> registratorer = new LinkedHashMap<>();
        for (Remissmottagare m : forsenade) {
            List<Anvandare> till = registratorer.computeIfAbsent(m.remiss.avsandare.id, id -> Anvandare
                    .somKanHandlagga(m.remiss.avsandare).stream().filter(a -> a.harRoll(Roll.REGISTRATOR)).toList());
            Rad rad = sammandragsrad(m, idag);
            for (Anvandare a : till) {
                perPerson.computeIfAbsent(a.id, id -> new ArrayList<>()).add(rad);
                avsandare.putIfAbsent(a.id, m.remiss.avsandare);
            }
        }
        List<Planerat> plan = new ArrayList<>();
        perPerson.forEach((anvandare, rader) -> {
            int antal = rader.size();
            List<Rad> visade = begransa(rader);
            String mottagare = Talformat.svenskt(antal) + " mottagare";
            plan.add(new Planerat(anvandare, Epostkategori.SAMMANDRAG, "sammandrag:" + anvandare + ":" + idag,
                    "Försenade remissvar " + Aviseringar.dag(idag) + ": " + mottagare,
                    mottagare + " har inte svarat i tid på remisser som " + avsandare.get(anvandare).namn
                            + " har skickat (" + Aviseringar.dag(idag) + ").",
                    visade, aviseringar.lank("/remisser?forsenade=true"), "Alla remisser med försenade svar"));
        });
        return plan;
    }

    /** The first {@link #MAX_RADER_I_SAMMANDRAG} rows, and a last line counting the rest when there are more. */
    static List<Rad> begransa(List<Rad> rader) {
        int antal = rader.size();
        List<Rad> visade = new ArrayList<>(rader.subList(0, Math.min(antal, MAX_RADER_I_SAMMANDRAG)));
        if (antal > MAX_RADER_I_SAMMANDRAG) {
            visade.add(Rad.av("… och " + Talformat.svenskt(antal - MAX_RADER_I_SAMMANDRAG) + " till."));
        }
        return visade;
    }

    /** "Titel (dnr …) – Mottagare: kontorsutlåtande försenat 8 dagar (sista dag …)", linked to the sender's view. */
    private Rad sammandragsrad(Remissmottagare m, LocalDate idag) {
        List<String> delar = new ArrayList<>();
        if (m.frist(idag).utlatandeForsenat()) {
            delar.add(forsening("kontorsutlåtande försenat", m.sistaDagKontorsutlatande, idag));
        }
        if (m.frist(idag).protokollForsenat()) {
            delar.add(forsening("nämndprotokoll försenat", m.sistaDagNamndprotokoll, idag));
        }
        return new Rad(m.remiss.titel + " (dnr " + m.remiss.dnr() + ") – " + m.organisation.namn + ": "
                + String.join("; ", delar), aviseringar.lank("/remisser/" + m.remiss.id + "/mottagare/" + m.id));
    }

    private static String forsening(String vad, LocalDate frist, LocalDate idag) {
        long dagar = ChronoUnit.DAYS.between(frist, idag);
        return vad + " " + Talformat.svenskt(dagar) + (dagar == 1 ? " dag" : " dagar") + " (sista dag "
                + Aviseringar.dag(frist) + ")";
    }
}
