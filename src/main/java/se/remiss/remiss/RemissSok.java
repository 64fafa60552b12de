package se.remiss.remiss;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Sida;
import se.remiss.plattform.Valideringsfel;

/**
 * The list queries: the sender's remisser, a recipient's received remisser and a handläggare's
 * cases. Kept apart from the entities because each builds a filtered, paged query plus one
 * aggregate query for the page's counts, so that a page costs a fixed handful of statements at
 * any data size (the sender's list: the page's ids, their rows, their counts and the total).
 */
public final class RemissSok {

    private static final String FORSENAD = "((m.status in :vantarUtlatande and m.sistaDagKontorsutlatande < :idag)"
            + " or (m.status in :vantarProtokoll and m.sistaDagNamndprotokoll < :idag))";

    /**
     * What the access unit sent, or received once it was sent (see Atkomst). {@code :enhet} is the
     * list of the unit's organisation ids (a förvaltning and its nämnder, see {@link #enhetensOrganisationer}):
     * a plain IN on the foreign keys, which the indexes serve, where a join through the organisation's
     * förvaltning made H2 walk every recipient row.
     */
    private static final String SYNLIG_REMISS = "(r.avsandare.id in :enhet"
            + " or r.id in (select e.remiss.id from Remissmottagare e where e.organisation.id in :enhet"
            + " and e.status <> :ejSkickad))";

    /** The sender counts every recipient; a recipient only itself (it must not learn others' status). */
    private static final String SYNLIG_MOTTAGARE = " and (m.remiss.avsandare.id in :enhet"
            + " or (m.organisation.id in :enhet and m.status <> :ejSkickad))";

    private RemissSok() {
    }

    public static Sida<Remissrad> remisser(Remissfilter f, LocalDate idag, int sida, int storlek) {
        StringBuilder villkor = new StringBuilder(" where 1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (f.avsandare() != null) {
            villkor.append(" and r.avsandare.id = :avsandare");
            p.put("avsandare", f.avsandare());
        }
        if (f.enhet() != null) {
            // Only what the user's organisation sent, or received once it was sent.
            villkor.append(" and ").append(SYNLIG_REMISS);
            p.put("enhet", enhetensOrganisationer(f.enhet()));
            p.put("ejSkickad", MottagarStatus.EJ_SKICKAD);
        }
        if (f.status() != null) {
            villkor.append(" and r.status = :status");
            p.put("status", f.status());
        }
        if (f.ar() != null) {
            if (f.ar() < 1 || f.ar() > 9999) {
                throw Valideringsfel.av("ar", "Ange ett år mellan 1 och 9999.");
            }
            villkor.append(" and r.registrerad >= :fran and r.registrerad < :till");
            p.put("fran", LocalDate.of(f.ar(), 1, 1));
            p.put("till", LocalDate.of(f.ar() + 1, 1, 1));
        }
        if (f.sokmonster() != null) {
            villkor.append(" and (lower(r.titel) like :sok or r.arende.dnrSok like :sok)");
            p.put("sok", f.sokmonster());
        }
        if (f.forsenade()) {
            // Uncorrelated, so the database finds the few waiting recipients once (by the status index)
            // instead of probing every remiss's recipients. The status test in front only repeats what
            // FORSENAD requires, in a form an index can serve.
            villkor.append(" and r.id in (select m.remiss.id from Remissmottagare m")
                    .append(" where m.status in :vantarProtokoll and ").append(FORSENAD).append(")");
            forsenadParametrar(p, idag);
        }
        EntityManager em = Panache.getEntityManager();
        // The page's ids first, from Remiss alone, so that the sort can walk an index and stop after
        // one page; then those rows with sender and ärende. Joining first lets H2 start from the
        // organisations and sort every remiss on each request.
        TypedQuery<Long> idFraga = em.createQuery("select r.id from Remiss r" + villkor + f.orderBy(), Long.class);
        TypedQuery<Long> antal = em.createQuery("select count(r) from Remiss r" + villkor, Long.class);
        p.forEach((k, v) -> {
            idFraga.setParameter(k, v);
            antal.setParameter(k, v);
        });
        List<Long> idn = idFraga.setFirstResult((sida - 1) * storlek).setMaxResults(storlek).getResultList();
        List<Remiss> remisser = hamta(idn);
        Map<Long, long[]> rakning = rakna(remisser, idag, f.enhet());
        List<Remissrad> rader = remisser.stream().map(r -> {
            long[] n = rakning.getOrDefault(r.id, new long[3]);
            return new Remissrad(r, n[0], n[1], n[2]);
        }).toList();
        return new Sida<>(rader, sida, storlek, antal.getSingleResult());
    }

    /** The remisser with these ids, with sender and ärende, in the order of {@code idn}. */
    private static List<Remiss> hamta(List<Long> idn) {
        if (idn.isEmpty()) {
            return List.of();
        }
        Map<Long, Remiss> perId = new HashMap<>();
        Panache.getEntityManager()
                .createQuery("select r from Remiss r join fetch r.avsandare join fetch r.arende where r.id in :idn",
                        Remiss.class)
                .setParameter("idn", idn).getResultList().forEach(r -> perId.put(r.id, r));
        return idn.stream().map(perId::get).toList();
    }

    /**
     * The years in which the remisser the unit may see were registered, latest first: the list's
     * year filter offers only years that hold one of its own rows.
     */
    public static List<Integer> registreringsar(long enhet) {
        return Panache.getEntityManager().createQuery("select distinct year(r.registrerad) from Remiss r where "
                + SYNLIG_REMISS + " order by 1 desc", Integer.class)
                .setParameter("enhet", enhetensOrganisationer(enhet))
                .setParameter("ejSkickad", MottagarStatus.EJ_SKICKAD).getResultList();
    }

    /**
     * The senders of the remisser the unit may see, by name: the list's sender filter must not name an
     * organisation whose only remiss is a draft the unit has never received.
     */
    public static List<Organisation> synligaAvsandare(long enhet) {
        return Panache.getEntityManager().createQuery("select o from Organisation o where o.id in"
                + " (select r.avsandare.id from Remiss r where " + SYNLIG_REMISS + ") order by o.namn", Organisation.class)
                .setParameter("enhet", enhetensOrganisationer(enhet))
                .setParameter("ejSkickad", MottagarStatus.EJ_SKICKAD).getResultList();
    }

    /** Per remiss: recipients, recipients done, recipients overdue – one grouped query for the page. */
    private static Map<Long, long[]> rakna(List<Remiss> remisser, LocalDate idag, Long enhet) {
        Map<Long, long[]> resultat = new HashMap<>();
        if (remisser.isEmpty()) {
            return resultat;
        }
        TypedQuery<Object[]> fraga = Panache.getEntityManager().createQuery(
                "select m.remiss.id, count(m), sum(case when m.status in :klara then 1 else 0 end),"
                        + " sum(case when " + FORSENAD + " then 1 else 0 end)"
                        + " from Remissmottagare m where m.remiss.id in :ids" + (enhet == null ? "" : SYNLIG_MOTTAGARE)
                        + " group by m.remiss.id", Object[].class);
        fraga.setParameter("ids", remisser.stream().map(r -> r.id).toList());
        if (enhet != null) {
            fraga.setParameter("enhet", enhetensOrganisationer(enhet));
            fraga.setParameter("ejSkickad", MottagarStatus.EJ_SKICKAD);
        }
        fraga.setParameter("klara", List.of(MottagarStatus.BESVARAD, MottagarStatus.AVSTAR));
        Map<String, Object> p = new HashMap<>();
        forsenadParametrar(p, idag);
        p.forEach(fraga::setParameter);
        for (Object[] rad : fraga.getResultList()) {
            resultat.put((Long) rad[0], new long[] {tal(rad[1]), tal(rad[2]), tal(rad[3])});
        }
        return resultat;
    }

    /**
     * Recipient rows, sent and not withdrawn, nearest awaited deadline first. {@code organisation}
     * matches the recipient itself or the office serving it; {@code handlaggare} a person's cases;
     * {@code enhet} (required) the access unit whose rows the user may see.
     */
    public static Sida<Remissmottagare> mottagarrader(long enhet, Long organisation, Long handlaggare,
            boolean visaAvslutade, LocalDate idag, int sida, int storlek) {
        StringBuilder villkor = new StringBuilder(" where m.status <> :ejSkickad and m.organisation.id in :enhet");
        Map<String, Object> p = new HashMap<>();
        p.put("ejSkickad", MottagarStatus.EJ_SKICKAD);
        p.put("enhet", enhetensOrganisationer(enhet));
        if (organisation != null) {
            villkor.append(" and (m.organisation.id = :org or m.organisation.forvaltning.id = :org)");
            p.put("org", organisation);
        }
        if (handlaggare != null) {
            villkor.append(" and m.handlaggare.id = :handlaggare");
            p.put("handlaggare", handlaggare);
        }
        if (!visaAvslutade) {
            villkor.append(" and m.status not in :klara");
            p.put("klara", List.of(MottagarStatus.BESVARAD, MottagarStatus.AVSTAR));
        }
        // Awaited deadline first; finished cases (no awaited deadline) last.
        String ordning = " order by case when m.status in :vantarUtlatande then m.sistaDagKontorsutlatande"
                + " when m.status in :vantarProtokoll then m.sistaDagNamndprotokoll else null end asc nulls last, m.id";
        EntityManager em = Panache.getEntityManager();
        TypedQuery<Remissmottagare> fraga = em.createQuery("select m from Remissmottagare m"
                + " join fetch m.remiss r join fetch r.avsandare join fetch r.arende join fetch m.organisation"
                + " left join fetch m.arende left join fetch m.handlaggare" + villkor + ordning, Remissmottagare.class);
        TypedQuery<Long> antal = em.createQuery("select count(m) from Remissmottagare m" + villkor, Long.class);
        p.forEach((k, v) -> {
            fraga.setParameter(k, v);
            antal.setParameter(k, v);
        });
        fraga.setParameter("vantarUtlatande", MottagarStatus.vantarUtlatande());
        fraga.setParameter("vantarProtokoll", MottagarStatus.vantarProtokoll());
        List<Remissmottagare> rader = fraga.setFirstResult((sida - 1) * storlek).setMaxResults(storlek).getResultList();
        return new Sida<>(rader, sida, storlek, antal.getSingleResult());
    }

    /**
     * The start page's recipient rows of the access unit {@code enhet} in one of {@code status}, the
     * most urgent first by the deadline named ({@code protokoll}: the nämnd's minutes, else the
     * office's statement), the newest first among equal deadlines; at most {@code storlek} rows with the total count.
     */
    public static Sida<Remissmottagare> mottagareMedStatus(long enhet, java.util.Collection<MottagarStatus> status,
            boolean protokoll, int storlek) {
        String villkor = " where m.organisation.id in :enhet and m.status in :status";
        String frist = protokoll ? "m.sistaDagNamndprotokoll" : "m.sistaDagKontorsutlatande";
        EntityManager em = Panache.getEntityManager();
        List<Long> organisationer = enhetensOrganisationer(enhet);
        List<Remissmottagare> rader = em.createQuery("select m from Remissmottagare m join fetch m.remiss r"
                + " join fetch r.avsandare join fetch m.organisation left join fetch m.handlaggare" + villkor
                + " order by " + frist + ", m.id desc", Remissmottagare.class)
                .setParameter("enhet", organisationer).setParameter("status", status)
                .setMaxResults(storlek).getResultList();
        long antal = em.createQuery("select count(m) from Remissmottagare m" + villkor, Long.class)
                .setParameter("enhet", organisationer).setParameter("status", status).getSingleResult();
        return new Sida<>(rader, 1, storlek, antal);
    }

    /** How many open recipient rows of the unit (of one handläggare, if given) are past a deadline today. */
    public static long forsenadeMottagare(long enhet, Long handlaggare, LocalDate idag) {
        Map<String, Object> p = new HashMap<>();
        forsenadParametrar(p, idag);
        p.put("enhet", enhetensOrganisationer(enhet));
        String villkor = " where m.organisation.id in :enhet and " + FORSENAD;
        if (handlaggare != null) {
            villkor += " and m.handlaggare.id = :handlaggare";
            p.put("handlaggare", handlaggare);
        }
        TypedQuery<Long> antal = Panache.getEntityManager()
                .createQuery("select count(m) from Remissmottagare m" + villkor, Long.class);
        p.forEach(antal::setParameter);
        return antal.getSingleResult();
    }

    /** How many remisser the access unit {@code enhet} has sent (not drafts): is it a sender at all? */
    public static long skickadeAv(long enhet) {
        return Panache.getEntityManager().createQuery("select count(r) from Remiss r where r.avsandare.id in :enhet"
                + " and r.skickad is not null", Long.class)
                .setParameter("enhet", enhetensOrganisationer(enhet)).getSingleResult();
    }

    /** The ids of an access unit's organisations: the förvaltning and the nämnder it serves (a handful). */
    static List<Long> enhetensOrganisationer(long enhet) {
        return Panache.getEntityManager().createQuery(
                "select o.id from Organisation o where o.id = :enhet or o.forvaltning.id = :enhet", Long.class)
                .setParameter("enhet", enhet).getResultList();
    }

    private static void forsenadParametrar(Map<String, Object> p, LocalDate idag) {
        p.put("vantarUtlatande", MottagarStatus.vantarUtlatande());
        p.put("vantarProtokoll", MottagarStatus.vantarProtokoll());
        p.put("idag", idag);
    }

    private static long tal(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
