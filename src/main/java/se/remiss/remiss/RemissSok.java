package se.remiss.remiss;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.InLista;
import se.remiss.plattform.Sida;
import se.remiss.plattform.Valideringsfel;

/**
 * The list queries: the sender's remisser, a recipient's received remisser and a handläggare's
 * cases. Kept apart from the entities because each builds a filtered, paged query plus one
 * aggregate query for the page's counts, so that a page costs a fixed handful of statements at
 * any data size (the sender's list: the page's ids, their rows, their counts and the total).
 */
public final class RemissSok {

    private static final String STATUS = MottagarStatus.class.getName() + ".";

    /**
     * A deadline that is awaited (V34, V35: NULL when nothing is awaited). Written as a range from
     * {@link #FORE_ALLA_FRISTER} rather than "is not null": NULLs sort first in H2's indexes, and only a
     * range keeps its index walk out of them (9,521 index entries read for 1,057 overdue at 10,000
     * remisser; docs/benchmarks.md). Bind with {@link #fristParametrar}.
     */
    private static String vantad(String frist) {
        return frist + " >= :forst";
    }

    /** An awaited deadline that has passed today ({@code :idag}). Bind with {@link #fristParametrar}. */
    private static String forsenad(String frist) {
        return vantad(frist) + " and " + passerad(frist, ":idag");
    }

    /** {@code idag}: {@code :idag} in a WHERE clause, {@link #datumkonstant} in a select clause (see raknaFraga). */
    private static String passerad(String frist, String idag) {
        return frist + " < " + idag;
    }

    /** The parameters of {@link #vantad} and, with a date, of {@link #forsenad}. */
    private static Map<String, Object> fristParametrar(LocalDate idag) {
        return idag == null ? Map.of("forst", FORE_ALLA_FRISTER) : Map.of("forst", FORE_ALLA_FRISTER, "idag", idag);
    }

    /** Before every deadline: the lower bound of {@link #vantad}. */
    private static final LocalDate FORE_ALLA_FRISTER = LocalDate.of(1, 1, 1);

    /** A date as an HQL constant ({@code {d '2026-12-05'}}); from the clock, never from a request. */
    private static String datumkonstant(LocalDate datum) {
        return "{d '" + datum + "'}";
    }

    /**
     * What the access unit sent, or received once it was sent (see Atkomst). {@code :enhet} is the
     * list of the unit's organisation ids (a förvaltning and its nämnder, see {@link #enhetensOrganisationer}):
     * a plain IN on the foreign keys, which the indexes serve, where a join through the organisation's
     * förvaltning made H2 walk every recipient row.
     */
    private static final String SYNLIG_REMISS = "(r.avsandare.id in :enhet"
            + " or r.id in (select e.remiss.id from Remissmottagare e where e.organisation.id in :enhet"
            + " and e.status <> :ejSkickad))";

    private RemissSok() {
    }

    public static Sida<Remissrad> remisser(Remissfilter f, LocalDate idag, int sida, int storlek) {
        if (f.enhet() != null && harSynlighetstabell(f.enhet())) {
            return genomSynlighet(f, idag, sida, storlek);
        }
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
            kontrolleraAr(f.ar());
            villkor.append(" and r.registrerad >= :fran and r.registrerad < :till");
            p.put("fran", LocalDate.of(f.ar(), 1, 1));
            p.put("till", LocalDate.of(f.ar() + 1, 1, 1));
        }
        if (f.sokmonster() != null) {
            villkor.append(" and (lower(r.titel) like :sok or r.arende.dnrSok like :sok)");
            p.put("sok", f.sokmonster());
        }
        if (f.forsenade()) {
            // Uncorrelated, so the database finds the overdue recipients once (an index range, V34)
            // instead of probing every remiss's recipients.
            villkor.append(" and r.id in (").append(FORSENADE_REMISSER).append(")");
            p.putAll(fristParametrar(idag));
        }
        // The page's ids first, from Remiss alone, so that the sort can walk an index and stop after
        // one page; then those rows with sender and ärende. Joining first lets H2 start from the
        // organisations and sort every remiss on each request.
        return sida(f, idag, sida, storlek, "select r.id from Remiss r" + villkor + f.orderBy(), p,
                raknat("select count(r) from Remiss r" + villkor, p));
    }

    /** The remisser with a recipient past a deadline today (a small set: the ones in progress). */
    private static final String FORSENADE_REMISSER = "select m.remiss.id from Remissmottagare m where "
            + forsenad("m.vantadFrist");

    /**
     * The list of a unit from its rows in {@link Synlighet}: in the default order (newest registered
     * first) the page is a walk of the unit's index range that stops after the page, and the total a
     * count of that range; Remiss is joined only for a filter or an order that needs its columns.
     */
    private static Sida<Remissrad> genomSynlighet(Remissfilter f, LocalDate idag, int sida, int storlek) {
        StringBuilder villkor = new StringBuilder(" where s.enhetId = :enhet");
        Map<String, Object> p = new HashMap<>();
        p.put("enhet", f.enhet());
        boolean remissensKolumner = false;
        if (f.avsandare() != null) {
            villkor.append(" and s.avsandareId = :avsandare");
            p.put("avsandare", f.avsandare());
        }
        if (f.ar() != null) {
            kontrolleraAr(f.ar());
            villkor.append(" and s.registrerad >= :fran and s.registrerad < :till");
            p.put("fran", LocalDate.of(f.ar(), 1, 1));
            p.put("till", LocalDate.of(f.ar() + 1, 1, 1));
        }
        if (f.status() != null) {
            villkor.append(" and r.status = :status");
            p.put("status", f.status());
            remissensKolumner = true;
        }
        if (f.sokmonster() != null) {
            villkor.append(" and (lower(r.titel) like :sok or r.arende.dnrSok like :sok)");
            p.put("sok", f.sokmonster());
            remissensKolumner = true;
        }
        if (f.forsenade()) {
            // The unit's rows whose earliest awaited deadline has passed (V35): the count is a range of
            // (enhet_id, forsta_frist), the page the list's own walk with one more test per row.
            villkor.append(" and ").append(forsenad("s.forstaFrist"));
            p.putAll(fristParametrar(idag));
        }
        String ordning;
        if (f.sorteringsnyckel().equals("registrerad")) {
            String riktning = f.fallande() ? " desc" : " asc";
            // The unit first although it is fixed: H2 walks an index for an ORDER BY only when the
            // order names the index's columns from the first (see V31).
            ordning = " order by s.enhetId, s.registrerad" + riktning + ", s.remissId" + riktning;
        } else {
            ordning = f.orderBy();
            remissensKolumner = true;
        }
        String fran = " from Synlighet s" + (remissensKolumner ? " join Remiss r on r.id = s.remissId" : "");
        String antal = " from Synlighet s" + (f.status() != null || f.sokmonster() != null
                ? " join Remiss r on r.id = s.remissId" : "");
        // Without a filter the total is the unit's kept count (V36), not a count of its whole range.
        boolean allaSynliga = f.avsandare() == null && f.ar() == null && f.status() == null && f.sokmonster() == null
                && !f.forsenade();
        return sida(f, idag, sida, storlek, "select s.remissId" + fran + villkor + ordning, p,
                allaSynliga ? () -> Synlighet.antal(f.enhet()) : raknat("select count(*)" + antal + villkor, p));
    }

    private static Sida<Remissrad> sida(Remissfilter f, LocalDate idag, int sida, int storlek, String idSql,
            Map<String, Object> p, LongSupplier totalt) {
        TypedQuery<Long> idFraga = Panache.getEntityManager().createQuery(idSql, Long.class);
        p.forEach(idFraga::setParameter);
        List<Long> idn = idFraga.setFirstResult((sida - 1) * storlek).setMaxResults(storlek).getResultList();
        return new Sida<>(rader(idn, idag, f.enhet()), sida, storlek, totalt.getAsLong());
    }

    /** The total as a count statement with the list's own parameters. */
    private static LongSupplier raknat(String antalSql, Map<String, Object> p) {
        return () -> {
            TypedQuery<Long> antal = Panache.getEntityManager().createQuery(antalSql, Long.class);
            p.forEach(antal::setParameter);
            return antal.getSingleResult();
        };
    }

    /** The list rows of these remisser, in this order, with their recipient counts. */
    private static List<Remissrad> rader(List<Long> idn, LocalDate idag, Long enhet) {
        List<Remiss> remisser = hamta(idn);
        Map<Long, long[]> rakning = rakna(remisser, idag, enhet);
        return remisser.stream().map(r -> {
            long[] n = rakning.getOrDefault(r.id, new long[3]);
            return new Remissrad(r, n[0], n[1], n[2]);
        }).toList();
    }

    private static void kontrolleraAr(int ar) {
        if (ar < 1 || ar > 9999) {
            throw Valideringsfel.av("ar", "Ange ett år mellan 1 och 9999.");
        }
    }

    /**
     * Whether the unit's view is in {@link Synlighet}: its rows are keyed by each organisation's
     * kansli, which is the unit exactly when the unit's own organisation has no förvaltning above it
     * (always so for a logged-in user's unit, except in a register with three levels; that rare
     * case keeps the rule worked out per request).
     */
    private static boolean harSynlighetstabell(long enhet) {
        Organisation o = Organisation.findById(enhet);
        return o != null && o.forvaltning == null;
    }

    /** The remisser with these ids, with sender and ärende, in the order of {@code idn}. */
    private static List<Remiss> hamta(List<Long> idn) {
        if (idn.isEmpty()) {
            return List.of();
        }
        Map<Long, Remiss> perId = new HashMap<>();
        InLista.binda(Panache.getEntityManager().createQuery("select r from Remiss r join fetch r.avsandare"
                + " join fetch r.arende where r.id in " + InLista.platser("idn", idn.size()), Remiss.class), "idn", idn)
                .getResultList().forEach(r -> perId.put(r.id, r));
        return idn.stream().map(perId::get).toList();
    }

    /**
     * The years in which the remisser the unit may see were registered, latest first: the list's
     * year filter offers only years that hold one of its own rows.
     */
    public static List<Integer> registreringsar(long enhet) {
        if (!harSynlighetstabell(enhet)) {
            return Panache.getEntityManager().createQuery("select distinct year(r.registrerad) from Remiss r where "
                    + SYNLIG_REMISS + " order by 1 desc", Integer.class)
                    .setParameter("enhet", enhetensOrganisationer(enhet))
                    .setParameter("ejSkickad", MottagarStatus.EJ_SKICKAD).getResultList();
        }
        // One index probe per year that has rows (the latest day before the start of the year found
        // last), rather than reading every row of the unit for its year. As the first row of the list's
        // own index walk (see V31), not max(): H2 answered max() with a range condition by reading the
        // whole range, which was most of the list page's time.
        List<Integer> ar = new java.util.ArrayList<>();
        TypedQuery<LocalDate> senaste = Panache.getEntityManager().createQuery(
                "select s.registrerad from Synlighet s where s.enhetId = :enhet and s.registrerad < :fore"
                        + " order by s.enhetId, s.registrerad desc, s.remissId desc", LocalDate.class)
                .setParameter("enhet", enhet).setMaxResults(1);
        LocalDate fore = LocalDate.of(10000, 1, 1);
        List<LocalDate> dag;
        while (!(dag = senaste.setParameter("fore", fore).getResultList()).isEmpty()) {
            ar.add(dag.get(0).getYear());
            fore = LocalDate.of(dag.get(0).getYear(), 1, 1);
        }
        return ar;
    }

    /**
     * The senders of the remisser the unit may see, by name: the list's sender filter must not name an
     * organisation whose only remiss is a draft the unit has never received.
     */
    public static List<Organisation> synligaAvsandare(long enhet) {
        if (!harSynlighetstabell(enhet)) {
            return Panache.getEntityManager().createQuery("select o from Organisation o where o.id in"
                    + " (select r.avsandare.id from Remiss r where " + SYNLIG_REMISS + ") order by o.namn",
                    Organisation.class)
                    .setParameter("enhet", enhetensOrganisationer(enhet))
                    .setParameter("ejSkickad", MottagarStatus.EJ_SKICKAD).getResultList();
        }
        // One probe of (unit, sender) per organisation in the register, a few hundred at most.
        return Panache.getEntityManager().createQuery("select o from Organisation o where exists"
                + " (select 1 from Synlighet s where s.enhetId = :enhet and s.avsandareId = o.id) order by o.namn",
                Organisation.class).setParameter("enhet", enhet).getResultList();
    }

    /**
     * Per remiss: recipients, recipients done, recipients overdue. The sender counts every recipient; a
     * recipient only itself (it must not learn others' status). One grouped query for the page's own
     * remisser and one for those it received, each with a plain condition: H2 tests the whole WHERE on
     * every recipient row, and an OR of two IN lists per row was most of the sender's list on H2.
     */
    private static Map<Long, long[]> rakna(List<Remiss> remisser, LocalDate idag, Long enhet) {
        Map<Long, long[]> resultat = new HashMap<>();
        if (remisser.isEmpty()) {
            return resultat;
        }
        List<Long> organisationer = enhet == null ? List.of() : enhetensOrganisationer(enhet);
        if (enhet != null && organisationer.isEmpty()) {
            return resultat; // a unit without organisations sees no recipient
        }
        // "Own" is worked out from the rows already read, so that the queries need not join Remiss
        // (PostgreSQL hashed every remiss for that join).
        List<Long> egna = new java.util.ArrayList<>();
        List<Long> mottagna = new java.util.ArrayList<>();
        remisser.forEach(r -> (enhet == null || organisationer.contains(r.avsandare.id) ? egna : mottagna).add(r.id));
        if (!egna.isEmpty()) {
            lasRakning(raknaFraga(egna, idag, ""), resultat);
        }
        if (!mottagna.isEmpty()) {
            TypedQuery<Object[]> fraga = raknaFraga(mottagna, idag, " and m.organisation.id in "
                    + InLista.platser("enhet", organisationer.size()) + " and m.status <> :ejSkickad");
            InLista.binda(fraga, "enhet", organisationer).setParameter("ejSkickad", MottagarStatus.EJ_SKICKAD);
            lasRakning(fraga, resultat);
        }
        return resultat;
    }

    /**
     * The grouped count for these remisser. Every list a single-valued parameter each (InLista), and no
     * parameters in the select clause: Hibernate writes those into the SQL as literals, and a statement
     * that depends on its values is translated from HQL again on every execution (15 % of the list's
     * CPU, docs/benchmarks.md). Constants instead, today's date among them.
     */
    private static TypedQuery<Object[]> raknaFraga(List<Long> ids, LocalDate idag, String villkor) {
        TypedQuery<Object[]> fraga = Panache.getEntityManager().createQuery(
                "select m.remiss.id, count(m), sum(case when m.status in (" + STATUS + "BESVARAD, " + STATUS + "AVSTAR)"
                        + " then 1 else 0 end), sum(case when " + passerad("m.vantadFrist", datumkonstant(idag)) + " then 1 else 0 end)"
                        + " from Remissmottagare m where m.remiss.id in " + InLista.platser("ids", ids.size()) + villkor
                        + " group by m.remiss.id", Object[].class);
        return InLista.binda(fraga, "ids", ids);
    }

    private static void lasRakning(TypedQuery<Object[]> fraga, Map<Long, long[]> resultat) {
        for (Object[] rad : fraga.getResultList()) {
            resultat.put((Long) rad[0], new long[] {tal(rad[1]), tal(rad[2]), tal(rad[3])});
        }
    }

    /**
     * Recipient rows, sent and not withdrawn, nearest awaited deadline first. {@code organisation}
     * matches the recipient itself or the office serving it; {@code handlaggare} a person's cases;
     * {@code enhet} (required) the access unit whose rows the user may see.
     */
    public static Sida<Remissmottagare> mottagarrader(long enhet, Long organisation, Long handlaggare,
            boolean visaAvslutade, LocalDate idag, int sida, int storlek) {
        // "The recipient itself or the office serving it" is the organisation's own unit list, so the
        // filter is one IN on the foreign key (no join to Organisation), within the user's unit.
        List<Long> organisationer = new java.util.ArrayList<>(enhetensOrganisationer(enhet));
        if (organisation != null) {
            organisationer.retainAll(enhetensOrganisationer(organisation));
        }
        if (organisationer.isEmpty()) {
            return new Sida<>(List.of(), sida, storlek, 0);
        }
        EntityManager em = Panache.getEntityManager();
        if (!visaAvslutade) {
            return oppnaRader(em, organisationer, handlaggare, sida, storlek);
        }
        // With the finished cases: every row the unit received (the list asks for them all).
        StringBuilder villkor = new StringBuilder(" where m.organisation.id in :organisationer and m.status <> :ejSkickad");
        Map<String, Object> p = new HashMap<>();
        p.put("organisationer", organisationer);
        p.put("ejSkickad", MottagarStatus.EJ_SKICKAD);
        if (handlaggare != null) {
            villkor.append(" and m.handlaggare.id = :handlaggare");
            p.put("handlaggare", handlaggare);
        }
        // Awaited deadline first; finished cases (no awaited deadline) last.
        String ordning = " order by m.vantadFrist asc nulls last, m.id";
        // The page's ids from the recipient rows alone, then those rows with what the page shows: a
        // join first made the database fetch and join every open row before sorting.
        TypedQuery<Long> idFraga = em.createQuery("select m.id from Remissmottagare m" + villkor + ordning, Long.class);
        TypedQuery<Long> antal = em.createQuery("select count(m) from Remissmottagare m" + villkor, Long.class);
        p.forEach((k, v) -> {
            idFraga.setParameter(k, v);
            antal.setParameter(k, v);
        });
        List<Long> idn = idFraga.setFirstResult((sida - 1) * storlek).setMaxResults(storlek).getResultList();
        return new Sida<>(mottagarraderMedId(em, idn), sida, storlek, antal.getSingleResult());
    }

    /**
     * The open rows of Inkomna and Mina ärenden, nearest awaited deadline first: per organisation a
     * walk of index (organisation_id, vantad_frist, id), or for a person (handlaggare_id,
     * organisation_id, vantad_frist, id) (V34), that stops after the rows up to this page, merged
     * here; the total a count of the same ranges. Per organisation, with equalities only in front of
     * the range: H2 uses an index for one IN list at most, and only on its first column; PostgreSQL,
     * given "organisation IN (..)" for a person, misjudged how many rows matched and combined two
     * bitmaps of every case the person ever had instead of walking the open ones.
     */
    private static Sida<Remissmottagare> oppnaRader(EntityManager em, List<Long> organisationer, Long handlaggare,
            int sida, int storlek) {
        String fran = " from Remissmottagare m where m.organisation.id = :org and " + vantad("m.vantadFrist");
        String ordning = " order by m.organisation.id, m.vantadFrist, m.id";
        if (handlaggare != null) {
            fran += " and m.handlaggare.id = :handlaggare";
            ordning = " order by m.handlaggare.id, m.organisation.id, m.vantadFrist, m.id";
        }
        TypedQuery<Object[]> forsta = em.createQuery("select m.id, m.vantadFrist" + fran + ordning, Object[].class)
                .setMaxResults(sida * storlek);
        TypedQuery<Long> antalFraga = em.createQuery("select count(m)" + fran, Long.class);
        fristParametrar(null).forEach((k, v) -> {
            forsta.setParameter(k, v);
            antalFraga.setParameter(k, v);
        });
        if (handlaggare != null) {
            forsta.setParameter("handlaggare", handlaggare);
            antalFraga.setParameter("handlaggare", handlaggare);
        }
        List<Object[]> kandidater = new java.util.ArrayList<>();
        long antal = 0;
        for (Long org : organisationer) {
            kandidater.addAll(forsta.setParameter("org", org).getResultList());
            antal += antalFraga.setParameter("org", org).getSingleResult();
        }
        kandidater.sort(java.util.Comparator.comparing((Object[] r) -> (LocalDate) r[1])
                .thenComparing(r -> (Long) r[0]));
        int start = Math.min((sida - 1) * storlek, kandidater.size());
        List<Long> idn = kandidater.subList(start, Math.min(start + storlek, kandidater.size())).stream()
                .map(r -> (Long) r[0]).toList();
        return new Sida<>(mottagarraderMedId(em, idn), sida, storlek, antal);
    }

    /** The recipient rows with these ids and what the lists show of them, in the order of {@code idn}. */
    private static List<Remissmottagare> mottagarraderMedId(EntityManager em, List<Long> idn) {
        if (idn.isEmpty()) {
            return List.of();
        }
        Map<Long, Remissmottagare> perId = new HashMap<>();
        InLista.binda(em.createQuery("select m from Remissmottagare m join fetch m.remiss r join fetch r.avsandare"
                + " join fetch r.arende join fetch m.organisation left join fetch m.arende left join fetch m.handlaggare"
                + " where m.id in " + InLista.platser("idn", idn.size()), Remissmottagare.class), "idn", idn)
                .getResultList().forEach(m -> perId.put(m.id, m));
        return idn.stream().map(perId::get).toList();
    }

    /**
     * The start page's recipient rows of the access unit {@code enhet} in one of {@code status}, the
     * most urgent first by the deadline named ({@code protokoll}: the nämnd's minutes, else the
     * office's statement), the newest first among equal deadlines; at most {@code storlek} rows with the total count.
     */
    public static Sida<Remissmottagare> mottagareMedStatus(long enhet, java.util.Collection<MottagarStatus> status,
            boolean protokoll, int storlek) {
        // Per organisation and state, equalities that index (organisation_id, status, …) serves (V7):
        // "organisation IN (..) and status IN (..)" made H2 read every row the unit ever received.
        String frist = protokoll ? "m.sistaDagNamndprotokoll" : "m.sistaDagKontorsutlatande";
        String villkor = " from Remissmottagare m where m.organisation.id = :org and m.status = :status";
        EntityManager em = Panache.getEntityManager();
        TypedQuery<Long> antalFraga = em.createQuery("select count(m)" + villkor, Long.class);
        TypedQuery<Object[]> forsta = em.createQuery("select m.id, " + frist + villkor + " order by " + frist
                + " asc nulls last, m.id desc", Object[].class).setMaxResults(storlek);
        long antal = 0;
        List<Object[]> kandidater = new java.util.ArrayList<>();
        for (Long org : enhetensOrganisationer(enhet)) {
            for (MottagarStatus s : status) {
                antal += antalFraga.setParameter("org", org).setParameter("status", s).getSingleResult();
                kandidater.addAll(forsta.setParameter("org", org).setParameter("status", s).getResultList());
            }
        }
        // The most urgent first by the deadline named, the newest first among equal deadlines.
        kandidater.sort(java.util.Comparator.comparing((Object[] r) -> (LocalDate) r[1],
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing((Object[] r) -> (Long) r[0], java.util.Comparator.reverseOrder()));
        List<Long> idn = kandidater.stream().limit(storlek).map(r -> (Long) r[0]).toList();
        if (idn.isEmpty()) {
            return new Sida<>(List.of(), 1, storlek, antal);
        }
        Map<Long, Remissmottagare> perId = new HashMap<>();
        InLista.binda(em.createQuery("select m from Remissmottagare m join fetch m.remiss r join fetch r.avsandare"
                + " join fetch m.organisation left join fetch m.handlaggare where m.id in "
                + InLista.platser("idn", idn.size()), Remissmottagare.class), "idn", idn)
                .getResultList().forEach(m -> perId.put(m.id, m));
        return new Sida<>(idn.stream().map(perId::get).toList(), 1, storlek, antal);
    }

    /** How many recipient rows of the access unit {@code enhet} are in {@code status}: a count per organisation (V7). */
    public static long antalMedStatus(long enhet, MottagarStatus status) {
        return summaPerOrganisation(enhet, Panache.getEntityManager().createQuery("select count(m) from Remissmottagare m"
                + " where m.organisation.id = :org and m.status = :status", Long.class).setParameter("status", status));
    }

    /** A count with parameter {@code :org}, run for each organisation of the access unit and summed. */
    private static long summaPerOrganisation(long enhet, TypedQuery<Long> antal) {
        long summa = 0;
        for (Long org : enhetensOrganisationer(enhet)) {
            summa += antal.setParameter("org", org).getSingleResult();
        }
        return summa;
    }

    /**
     * How many open recipient rows of the unit (of one handläggare, if given) are past a deadline today:
     * a count of an index range (V34) per organisation, with the person as one more equality.
     */
    public static long forsenadeMottagare(long enhet, Long handlaggare, LocalDate idag) {
        String villkor = " where m.organisation.id = :org and " + forsenad("m.vantadFrist");
        if (handlaggare != null) {
            villkor += " and m.handlaggare.id = :handlaggare";
        }
        TypedQuery<Long> antal = Panache.getEntityManager().createQuery("select count(m) from Remissmottagare m" + villkor,
                Long.class);
        fristParametrar(idag).forEach(antal::setParameter);
        if (handlaggare != null) {
            antal.setParameter("handlaggare", handlaggare);
        }
        return summaPerOrganisation(enhet, antal);
    }

    /** How many remisser the access unit {@code enhet} has sent (not drafts): is it a sender at all? */
    public static long skickadeAv(long enhet) {
        return Panache.getEntityManager().createQuery("select count(r) from Remiss r where r.avsandare.id in :enhet"
                + " and r.skickad is not null", Long.class)
                .setParameter("enhet", enhetensOrganisationer(enhet)).getSingleResult();
    }

    /** The ids of an access unit's organisations: the förvaltning and the nämnder it serves (a handful). */
    static List<Long> enhetensOrganisationer(long enhet) {
        // A list page asks this two or three times (rows, count of new ones, filter); one statement per
        // request. Only within a request: another instance may move a nämnd between requests.
        if (Arc.container().requestContext().isActive()) {
            return Arc.container().instance(Enhetsminne.class).get().organisationer(enhet);
        }
        return lasEnhetensOrganisationer(enhet);
    }

    private static List<Long> lasEnhetensOrganisationer(long enhet) {
        return Panache.getEntityManager().createQuery(
                "select o.id from Organisation o where o.id = :enhet or o.forvaltning.id = :enhet", Long.class)
                .setParameter("enhet", enhet).getResultList();
    }

    /** The access units' organisation ids read in this request (looked up, not injected: hence unremovable). */
    @RequestScoped
    @Unremovable
    static class Enhetsminne {
        private final Map<Long, List<Long>> organisationer = new HashMap<>();

        List<Long> organisationer(long enhet) { // a method: a field would be read on the client proxy
            return organisationer.computeIfAbsent(enhet, RemissSok::lasEnhetensOrganisationer);
        }
    }

    private static long tal(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
