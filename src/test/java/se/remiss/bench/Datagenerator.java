package se.remiss.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import se.remiss.organisation.DiarienummerFormat;

/**
 * Fills a Remiss database with a large, consistent data set for benchmarks: by default 10,000
 * remisser with 40 recipients each, registered over five years up to today.
 *
 * <p>The database must already hold the schema (the application's Flyway migrations) and the
 * register of organisations and diarieserier (start the application once with the sample data).
 * Everything is written the way the application writes it: each remiss has an ärende with a dnr
 * from its sender's office's series; each sent recipient has its own ärende with a dnr from its
 * office's series, the sender's dnr beside it and the remiss document as an incoming handling;
 * the series counters are advanced past every number used; recipient statuses follow the
 * workflow (a handläggare from the recipient's office from "tilldelad" on); a remiss is
 * "avslutad" exactly when all its recipients have answered or declined; all documents share one
 * stored file; the id sequences are moved past the generated ids.
 *
 * <p>Plain JDBC with the same SQL for H2 and PostgreSQL. Run from the test classpath, e.g.
 * <pre>
 * java -cp target/test-classes:target/classes:target/quarkus-app/lib/main/* se.remiss.bench.Datagenerator \
 *     --url jdbc:h2:file:/tmp/bench/remiss --anvandare remiss --losenord ""
 * </pre>
 * Options: {@code --url}, {@code --anvandare} (db user), {@code --losenord}, {@code --remisser}
 * (10000), {@code --mottagare} (40), {@code --ar} (years back, 5), {@code --idag} (YYYY-MM-DD, default
 * today in Stockholm; use the application's {@code remiss.idag} if it is set), {@code --fro} (seed).
 */
public final class Datagenerator {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final int RADER_PER_COMMIT = 250;

    private static final String[] AMNEN = {
        "riktlinjer för hemtjänst", "program för minskad segregation", "strategi för klimatanpassning",
        "handlingsplan mot hemlöshet", "policy för upphandling", "program för trygghet i offentlig miljö",
        "riktlinjer för föreningsbidrag", "plan för förskolans utbyggnad", "strategi för digitalisering",
        "program för barn och unga", "trafikstrategi", "cykelplan", "vision för Stockholms innerstad",
        "riktlinjer för bostadsförsörjning", "program för miljö och hälsa", "plan för äldreboenden",
        "policy för informationssäkerhet", "handlingsplan mot våld i nära relationer",
        "program för funktionshinderpolitik", "riktlinjer för ekonomiskt bistånd", "idrottspolitiskt program",
        "kulturstrategi", "plan för skolans lokalförsörjning", "strategi för parker och grönområden",
        "riktlinjer för serveringstillstånd", "program för mänskliga rättigheter",
        "handlingsplan för ungas sysselsättning", "policy för arbetsmiljö", "dagvattenstrategi",
        "riktlinjer för färdtjänst", "översiktsplan", "program för energieffektivisering",
        "plan för brandskydd i stadens lokaler", "strategi för fritidsgårdar",
        "riktlinjer för boendestöd", "program för integration av nyanlända", "avfallsplan",
        "plan för krisberedskap", "riktlinjer för tillgänglighet", "policy för lokalhyror"};
    private static final String[] SLAG = {
        "Förslag till", "Remiss av", "Revidering av", "Utvärdering av", "Uppföljning av", "Betänkande om"};
    private static final String[] FORNAMN = {
        "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Ingrid", "Emma", "Johanna",
        "Erik", "Lars", "Anders", "Johan", "Per", "Karl", "Mikael", "Peter", "Jonas", "Fredrik"};
    private static final String[] EFTERNAMN = {
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Bergström", "Holm"};

    /** Senders (kortnamn in the sample register) and their weights. */
    private static final Map<String, Integer> AVSANDARE = new LinkedHashMap<>();

    static {
        AVSANDARE.put("ks", 15);
        AVSANDARE.put("slk", 30);
        AVSANDARE.put("sotn", 8);
        AVSANDARE.put("utbn", 8);
        AVSANDARE.put("sbn", 8);
        AVSANDARE.put("gfn", 7);
        AVSANDARE.put("mhn", 6);
        AVSANDARE.put("aldn", 6);
        AVSANDARE.put("kun", 4);
        AVSANDARE.put("idn", 4);
        AVSANDARE.put("svenska-bostader", 2);
    }

    record Org(long id, String kortnamn, String namn, String typ, Long forvaltning, boolean aktiv) {
    }

    record Serie(long id, long organisation, DiarienummerFormat format, String kod) {
    }

    /** One recipient's course: which status it has reached on a day, and when. */
    record Forlopp(String status, LocalDate andrad, boolean handlaggare, int steg) {
    }

    private final Connection db;
    private final Random slump;
    private final LocalDate idag;
    private final OffsetDateTime nu = OffsetDateTime.now(STOCKHOLM);
    private final Map<Long, Org> organisationer = new LinkedHashMap<>();
    private final Map<Long, Serie> serieForOrganisation = new HashMap<>();
    /** serie id → year → last number used. */
    private final Map<Long, Map<Integer, Long>> raknare = new HashMap<>();
    private final Map<Long, List<Long>> raknareFranDb = new HashMap<>();
    /** Registry-keeping organisation id → its handläggare. */
    private final Map<Long, List<Long>> handlaggare = new HashMap<>();

    private long nastaArende;
    private long nastaHandling;
    private long nastaRemiss;
    private long nastaMottagare;
    private long nastaAnvandare;

    private PreparedStatement insArende;
    private PreparedStatement insHandling;
    private PreparedStatement insRemiss;
    private PreparedStatement insMottagare;

    private final Map<String, Long> antal = new LinkedHashMap<>();

    private Datagenerator(Connection db, long fro, LocalDate idag) {
        this.db = db;
        this.slump = new Random(fro);
        this.idag = idag;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Väntade --namn värde, fick " + args[i]);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("Varje flagga behöver ett värde: " + String.join(" ", args));
        }
        String url = opt.getOrDefault("url", "jdbc:h2:file:./data/remiss");
        String anvandare = opt.getOrDefault("anvandare", "remiss");
        String losenord = opt.getOrDefault("losenord", "");
        int remisser = Integer.parseInt(opt.getOrDefault("remisser", "10000"));
        int mottagare = Integer.parseInt(opt.getOrDefault("mottagare", "40"));
        int ar = Integer.parseInt(opt.getOrDefault("ar", "5"));
        long fro = Long.parseLong(opt.getOrDefault("fro", "2006"));
        LocalDate idag = opt.containsKey("idag") ? LocalDate.parse(opt.get("idag")) : LocalDate.now(STOCKHOLM);

        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, anvandare, losenord)) {
            db.setAutoCommit(false);
            Datagenerator g = new Datagenerator(db, fro, idag);
            long exempel = g.generera(remisser, mottagare, ar);
            double sekunder = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "Genererat på %.1f s (idag = %s): %s%n", sekunder, idag, g.antal);
            System.out.println("exempel-remiss=" + exempel);
            if (url.startsWith("jdbc:h2:")) {
                // The only H2-specific statement: rewrite the file compactly (about 900 MB -> 110 MB for
                // the full set), as if H2's background compaction had caught up after years of use.
                long t = System.nanoTime();
                try (Statement s = db.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
                System.out.printf(Locale.ROOT, "H2-filen komprimerad på %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
        }
    }

    private long generera(int antalRemisser, int perRemiss, int ar) throws Exception {
        long befintliga = tal("SELECT COUNT(*) FROM remiss");
        if (befintliga > 100) {
            throw new IllegalStateException("Databasen har redan " + befintliga
                    + " remisser; generatorn fyller en nyss skapad databas (med exempeldata).");
        }
        lasRegister();
        skapaHandlaggare();
        String sha = lagraFil();

        nastaArende = tal("SELECT COALESCE(MAX(id), 0) FROM arende") + 1;
        nastaHandling = tal("SELECT COALESCE(MAX(id), 0) FROM handling") + 1;
        nastaRemiss = tal("SELECT COALESCE(MAX(id), 0) FROM remiss") + 1;
        nastaMottagare = tal("SELECT COALESCE(MAX(id), 0) FROM remissmottagare") + 1;

        insArende = db.prepareStatement("INSERT INTO arende (id, organisation_id, serie_id, ar, lopnummer, kod, dnr,"
                + " dnr_sok, typ, rubrik, motpart, motpartens_dnr, handlaggare_id, registrerat, skapad)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)");
        insHandling = db.prepareStatement("INSERT INTO handling (id, arende_id, nummer, riktning, typ, datum, motpart,"
                + " titel, filnamn, mimetyp, storlek, sha256, registrerad) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insRemiss = db.prepareStatement("INSERT INTO remiss (id, titel, beskrivning, avsandare_id, arende_id, status,"
                + " sista_dag_kontorsutlatande, sista_dag_namndprotokoll, registrerad, skickad, skapad, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insMottagare = db.prepareStatement("INSERT INTO remissmottagare (id, remiss_id, organisation_id, arende_id,"
                + " status, handlaggare_id, sista_dag_kontorsutlatande, sista_dag_namndprotokoll, status_andrad, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

        List<LocalDate> arbetsdagar = new ArrayList<>();
        for (LocalDate d = LocalDate.of(idag.getYear() - ar + 1, 1, 1); !d.isAfter(idag); d = d.plusDays(1)) {
            if (vardag(d)) {
                arbetsdagar.add(d);
            }
        }
        List<LocalDate> registreringar = new ArrayList<>();
        for (int i = 0; i < antalRemisser; i++) {
            registreringar.add(arbetsdagar.get(slump.nextInt(arbetsdagar.size())));
        }
        Collections.sort(registreringar);

        List<Long> avsandarvikter = new ArrayList<>();
        for (Map.Entry<String, Integer> e : AVSANDARE.entrySet()) {
            organisationer.values().stream().filter(o -> o.kortnamn.equals(e.getKey()) && serie(o) != null)
                    .findFirst().ifPresent(o -> {
                        for (int i = 0; i < e.getValue(); i++) {
                            avsandarvikter.add(o.id);
                        }
                    });
        }
        if (avsandarvikter.isEmpty()) {
            organisationer.values().stream().filter(o -> o.aktiv && serie(o) != null).forEach(o -> avsandarvikter.add(o.id));
        }

        long exempel = -1;
        int iTransaktion = 0;
        for (LocalDate registrerad : registreringar) {
            Org avsandare = organisationer.get(avsandarvikter.get(slump.nextInt(avsandarvikter.size())));
            long id = remiss(avsandare, registrerad, perRemiss, sha);
            if (exempel < 0 && registrerad.isAfter(idag.minusDays(120)) && senasteStatus.equals("SKICKAD")
                    && senasteForsenade > 0) {
                exempel = id;
            }
            if (++iTransaktion == RADER_PER_COMMIT) {
                skriv();
                iTransaktion = 0;
            }
        }
        skriv();
        uppdateraRaknare();
        flyttaSekvens("arende_seq", nastaArende - 1);
        flyttaSekvens("handling_seq", nastaHandling - 1);
        flyttaSekvens("remiss_seq", nastaRemiss - 1);
        flyttaSekvens("remissmottagare_seq", nastaMottagare - 1);
        flyttaSekvens("anvandare_seq", tal("SELECT COALESCE(MAX(id), 0) FROM anvandare"));
        db.commit();
        fyllSynlighet();
        try (Statement s = db.createStatement()) {
            s.execute("ANALYZE");
        }
        db.commit();
        return exempel;
    }

    /**
     * The access units' view of the remisser (V30__remiss_synlighet.sql), which the application keeps
     * when it registers and sends: worked out here with the migration's own statement, in one go.
     */
    private void fyllSynlighet() throws SQLException {
        long t = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM remiss_synlighet");
            int n = s.executeUpdate("INSERT INTO remiss_synlighet (enhet_id, remiss_id, registrerad, avsandare_id)"
                    + " SELECT e.enhet_id, r.id, r.registrerad, r.avsandare_id FROM remiss r JOIN ("
                    + " SELECT r2.id AS remiss_id, COALESCE(o.forvaltning_id, o.id) AS enhet_id"
                    + " FROM remiss r2 JOIN organisation o ON o.id = r2.avsandare_id"
                    + " UNION"
                    + " SELECT m.remiss_id, COALESCE(o.forvaltning_id, o.id)"
                    + " FROM remissmottagare m JOIN organisation o ON o.id = m.organisation_id"
                    + " WHERE m.status <> 'EJ_SKICKAD'"
                    + ") e ON e.remiss_id = r.id");
            antal.put("remiss_synlighet", (long) n);
            s.executeUpdate(se.remiss.remiss.Synlighet.FORSTA_FRIST_ALLA);
            s.executeUpdate(se.remiss.remiss.Synlighet.ANTAL_ALLA);
        }
        db.commit();
        System.out.printf(Locale.ROOT, "remiss_synlighet fylld på %.1f s%n", (System.nanoTime() - t) / 1e9);
    }

    private String senasteStatus = "";
    private int senasteForsenade;

    /** Writes one remiss with its recipients, ärenden and handlingar (buffered in the batches). */
    private long remiss(Org avsandare, LocalDate registrerad, int perRemiss, String sha) throws SQLException {
        long id = nastaRemiss++;
        String titel = SLAG[slump.nextInt(SLAG.length)] + " " + AMNEN[slump.nextInt(AMNEN.length)]
                + (slump.nextInt(3) == 0 ? " " + registrerad.getYear() + "–" + (registrerad.getYear() + 3) : "");
        String beskrivning = avsandare.namn + " remitterar " + titel.toLowerCase(Locale.ROOT)
                + ". Remissinstanserna ombeds yttra sig över förslaget i sin helhet och särskilt över hur det påverkar"
                + " den egna verksamheten. (Genererad testdata.)";
        OffsetDateTime skapad = tid(registrerad, 9, slump.nextInt(240));

        // The sender's ärende: a number from the series that registers for the sender.
        Serie avsandarserie = serie(avsandare);
        long avsandarArende = arende(avsandarserie, registrerad, "REMISS_UT", titel, null, null, skapad);
        String avsandarDnr = senasteDnr;
        handling(avsandarArende, 1, "UT", "REMISSHANDLING", registrerad, null, "Remisshandling: " + titel, sha,
                skapad.plusMinutes(5));

        boolean utkast = ChronoUnit.DAYS.between(registrerad, idag) <= 45 && slump.nextInt(4) == 0;
        LocalDate skickad = utkast ? null : minsta(arbetsdag(registrerad.plusDays(slump.nextInt(4))), idag);
        // A draft's deadlines lie ahead, so that it can still be sent.
        LocalDate bas = skickad != null ? skickad : idag;
        LocalDate kontorsutlatande = arbetsdag(bas.plusDays(21 + slump.nextInt(29)));
        LocalDate namndprotokoll = arbetsdag(kontorsutlatande.plusDays(3 + slump.nextInt(22)));

        List<Org> mottagare = valjMottagare(avsandare, perRemiss);
        // A few remisser have recipients that never answer (they stay overdue); a few recipients are slow.
        int tysta = slump.nextInt(100) < 8 ? 1 + slump.nextInt(3) : 0;
        boolean allaKlara = true;
        int forsenade = 0;
        List<Object[]> rader = new ArrayList<>();
        for (int i = 0; i < mottagare.size(); i++) {
            Org m = mottagare.get(i);
            LocalDate k = kontorsutlatande;
            LocalDate n = namndprotokoll;
            if (slump.nextInt(10) == 0) {
                k = arbetsdag(k.plusDays(7));
                n = arbetsdag(n.plusDays(7));
            }
            Long arende = null;
            Long person = null;
            String status;
            OffsetDateTime andrad;
            long version;
            if (utkast) {
                status = "EJ_SKICKAD";
                andrad = skapad;
                version = 0;
            } else {
                Serie serie = serie(m);
                OffsetDateTime registrerat = tid(skickad, 10, slump.nextInt(300));
                arende = arende(serie, skickad, "REMISS_IN", titel, avsandare.namn, avsandarDnr, registrerat);
                handling(arende, 1, "IN", "REMISSHANDLING", skickad, avsandare.namn, "Remisshandling: " + titel, sha,
                        registrerat.plusMinutes(1));
                Forlopp f = forlopp(skickad, k, n, i < tysta);
                status = f.status();
                andrad = f.andrad().equals(skickad) ? registrerat : tid(f.andrad(), 8, slump.nextInt(540));
                if (f.handlaggare()) {
                    List<Long> kandidater = handlaggare.get(serie.organisation());
                    person = kandidater.get(slump.nextInt(kandidater.size()));
                }
                // Created (0), sent (+1: ärende and status), then one version per later change.
                version = 1 + f.steg();
                if (!status.equals("BESVARAD") && !status.equals("AVSTAR")) {
                    allaKlara = false;
                }
                if (forsenad(status, k, n)) {
                    forsenade++;
                }
            }
            rader.add(new Object[] {nastaMottagare++, m.id, arende, status, person, k, n, andrad, version});
        }
        String remissstatus = utkast ? "UTKAST" : allaKlara ? "AVSLUTAD" : "SKICKAD";
        if (skickad != null) {
            handling(avsandarArende, 2, "UT", "UTSKICK", skickad, mottagare.size() + " mottagare",
                    "Remissen skickad till " + mottagare.size() + " mottagare", null, tid(skickad, 9, 0));
        }
        int p = 1;
        insRemiss.setLong(p++, id);
        insRemiss.setString(p++, titel);
        insRemiss.setString(p++, beskrivning);
        insRemiss.setLong(p++, avsandare.id);
        insRemiss.setLong(p++, avsandarArende);
        insRemiss.setString(p++, remissstatus);
        insRemiss.setObject(p++, kontorsutlatande);
        insRemiss.setObject(p++, namndprotokoll);
        insRemiss.setObject(p++, registrerad);
        insRemiss.setObject(p++, skickad, Types.DATE);
        insRemiss.setObject(p++, skapad);
        insRemiss.setLong(p, utkast ? 0 : allaKlara ? 2 : 1);
        insRemiss.addBatch();
        for (Object[] r : rader) {
            p = 1;
            insMottagare.setLong(p++, (Long) r[0]);
            insMottagare.setLong(p++, id);
            insMottagare.setLong(p++, (Long) r[1]);
            insMottagare.setObject(p++, r[2], Types.BIGINT);
            insMottagare.setString(p++, (String) r[3]);
            insMottagare.setObject(p++, r[4], Types.BIGINT);
            insMottagare.setObject(p++, r[5]);
            insMottagare.setObject(p++, r[6]);
            insMottagare.setObject(p++, r[7]);
            insMottagare.setLong(p, (Long) r[8]);
            insMottagare.addBatch();
        }
        raknaUpp("remiss." + remissstatus, 1);
        raknaUpp("remissmottagare", rader.size());
        raknaUpp("remissmottagare.forsenade", forsenade);
        if (forsenade > 0) {
            raknaUpp("remiss.med_forsenade", 1);
        }
        senasteStatus = remissstatus;
        senasteForsenade = forsenade;
        return id;
    }

    /**
     * Where a recipient's answer stands today: received a few days after sending, assigned, prepared,
     * statement around the statement deadline, minutes around the minutes deadline; some decline,
     * some are late, {@code tyst} ones never get past preparation.
     */
    private Forlopp forlopp(LocalDate skickad, LocalDate k, LocalDate n, boolean tyst) {
        LocalDate mottagen = skickad.plusDays(slump.nextInt(4));
        LocalDate tilldelad = mottagen.plusDays(1 + slump.nextInt(10));
        LocalDate beredning = tilldelad.plusDays(1 + slump.nextInt(7));
        int sen = slump.nextInt(10) == 0 ? 5 + slump.nextInt(60) : 0;
        LocalDate utlatande = maxDag(beredning.plusDays(1), k.plusDays(slump.nextInt(12) - 9 + sen));
        LocalDate protokoll = maxDag(utlatande.plusDays(1), n.plusDays(slump.nextInt(10) - 6 + sen));
        if (tyst) {
            utlatande = LocalDate.MAX;
            protokoll = LocalDate.MAX;
        }
        if (slump.nextInt(100) < 6) {
            LocalDate avstar = skickad.plusDays(3 + slump.nextInt(25));
            if (!idag.isBefore(avstar)) {
                boolean tilldelats = !avstar.isBefore(tilldelad);
                int steg = (avstar.isAfter(mottagen) ? 1 : 0) + (tilldelats ? 1 : 0)
                        + (!avstar.isBefore(beredning) ? 1 : 0) + 1;
                return new Forlopp("AVSTAR", avstar, tilldelats, steg);
            }
        }
        LocalDate[] dagar = {mottagen, tilldelad, beredning, utlatande, protokoll};
        String[] statusar = {"MOTTAGEN", "TILLDELAD", "UNDER_BEREDNING", "UTLATANDE_INSKICKAT", "BESVARAD"};
        int steg = 0;
        while (steg < dagar.length && !idag.isBefore(dagar[steg])) {
            steg++;
        }
        if (steg == 0) {
            return new Forlopp("SKICKAD", skickad, false, 0);
        }
        // Assigning moves a received case straight to TILLDELAD; the app writes both at once only then.
        return new Forlopp(statusar[steg - 1], dagar[steg - 1], steg >= 2, steg);
    }

    private boolean forsenad(String status, LocalDate k, LocalDate n) {
        boolean vantarUtlatande = List.of("SKICKAD", "MOTTAGEN", "TILLDELAD", "UNDER_BEREDNING").contains(status);
        boolean vantarProtokoll = vantarUtlatande || status.equals("UTLATANDE_INSKICKAT");
        return (vantarUtlatande && k.isBefore(idag)) || (vantarProtokoll && n.isBefore(idag));
    }

    /** Recipients: active organisations other than the sender's own office and the bodies it serves. */
    private List<Org> valjMottagare(Org avsandare, int antal) {
        long avsandarKansli = kansli(avsandare).id;
        List<Org> pool = new ArrayList<>();
        List<Double> nycklar = new ArrayList<>();
        for (Org o : organisationer.values()) {
            if (!o.aktiv || kansli(o).id == avsandarKansli || serie(o) == null) {
                continue;
            }
            // Weighted sampling without replacement: committees and companies three times as likely.
            double vikt = o.typ.equals("NAMND") || o.typ.equals("BOLAG") ? 3 : 1;
            pool.add(o);
            nycklar.add(Math.pow(slump.nextDouble(), 1 / vikt));
        }
        if (pool.size() < antal) {
            throw new IllegalStateException("Bara " + pool.size() + " möjliga mottagare för " + avsandare.namn);
        }
        List<Integer> ordning = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            ordning.add(i);
        }
        ordning.sort((a, b) -> Double.compare(nycklar.get(b), nycklar.get(a)));
        List<Org> valda = new ArrayList<>();
        for (int i = 0; i < antal; i++) {
            valda.add(pool.get(ordning.get(i)));
        }
        return valda;
    }

    private String senasteDnr;

    private long arende(Serie serie, LocalDate datum, String typ, String rubrik, String motpart, String motpartensDnr,
            OffsetDateTime skapad) throws SQLException {
        int ar = datum.getYear();
        long nr = raknare.computeIfAbsent(serie.id(), s -> new HashMap<>()).merge(ar, 1L, Long::sum);
        String dnr = serie.format().formatera(ar, nr, serie.kod());
        long id = nastaArende++;
        int p = 1;
        insArende.setLong(p++, id);
        insArende.setLong(p++, serie.organisation());
        insArende.setLong(p++, serie.id());
        insArende.setInt(p++, ar);
        insArende.setLong(p++, nr);
        insArende.setString(p++, serie.kod());
        insArende.setString(p++, dnr);
        insArende.setString(p++, DiarienummerFormat.normalisera(dnr));
        insArende.setString(p++, typ);
        insArende.setString(p++, rubrik);
        insArende.setString(p++, motpart);
        insArende.setString(p++, motpartensDnr);
        insArende.setObject(p++, datum);
        insArende.setObject(p, skapad);
        insArende.addBatch();
        raknaUpp("arende", 1);
        senasteDnr = dnr;
        return id;
    }

    private void handling(long arende, int nummer, String riktning, String typ, LocalDate datum, String motpart,
            String titel, String sha, OffsetDateTime registrerad) throws SQLException {
        int p = 1;
        insHandling.setLong(p++, nastaHandling++);
        insHandling.setLong(p++, arende);
        insHandling.setInt(p++, nummer);
        insHandling.setString(p++, riktning);
        insHandling.setString(p++, typ);
        insHandling.setObject(p++, datum);
        insHandling.setString(p++, motpart);
        insHandling.setString(p++, titel);
        insHandling.setString(p++, sha == null ? null : "remisshandling.txt");
        insHandling.setString(p++, sha == null ? null : "text/plain");
        insHandling.setObject(p++, sha == null ? null : (long) FIL.length, Types.BIGINT);
        insHandling.setString(p++, sha);
        insHandling.setObject(p, registrerad);
        insHandling.addBatch();
        raknaUpp("handling", 1);
    }

    /** Sends the buffered rows in foreign-key order and commits. */
    private void skriv() throws SQLException {
        insArende.executeBatch();
        insHandling.executeBatch();
        insRemiss.executeBatch();
        insMottagare.executeBatch();
        db.commit();
    }

    private void lasRegister() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, kortnamn, namn, typ, forvaltning_id, aktiv FROM organisation"
                        + " ORDER BY id")) {
            while (rs.next()) {
                long f = rs.getLong(5);
                Long forvaltning = rs.wasNull() ? null : f;
                organisationer.put(rs.getLong(1), new Org(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), forvaltning, rs.getBoolean(6)));
            }
        }
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, organisation_id, format, kod FROM diarieserie")) {
            while (rs.next()) {
                serieForOrganisation.put(rs.getLong(2), new Serie(rs.getLong(1), rs.getLong(2),
                        DiarienummerFormat.tolka(rs.getString(3)), rs.getString(4)));
            }
        }
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT serie_id, ar, senaste FROM diarieserie_raknare")) {
            while (rs.next()) {
                raknare.computeIfAbsent(rs.getLong(1), x -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
                raknareFranDb.computeIfAbsent(rs.getLong(1), x -> new ArrayList<>()).add((long) rs.getInt(2));
            }
        }
        if (organisationer.size() < 45 || serieForOrganisation.isEmpty()) {
            throw new IllegalStateException("Registret saknas (" + organisationer.size() + " organisationer): starta"
                    + " programmet en gång med exempeldata innan generatorn körs.");
        }
    }

    /** Makes sure every registry-keeping office has at least two handläggare to assign cases to. */
    private void skapaHandlaggare() throws SQLException {
        for (Serie s : serieForOrganisation.values()) {
            handlaggare.put(s.organisation(), new ArrayList<>());
        }
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, organisation_id, anvandarnamn FROM anvandare WHERE aktiv = TRUE")) {
            while (rs.next()) {
                List<Long> lista = handlaggare.get(rs.getLong(2));
                if (lista != null && rs.getString(3).contains("handlaggare")) {
                    lista.add(rs.getLong(1));
                }
            }
        }
        nastaAnvandare = tal("SELECT COALESCE(MAX(id), 0) FROM anvandare") + 1;
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO anvandare (id, anvandarnamn, namn, titel, epost,"
                + " organisation_id, aktiv, version) VALUES (?, ?, ?, 'Handläggare', ?, ?, TRUE, 0)")) {
            for (Map.Entry<Long, List<Long>> e : handlaggare.entrySet()) {
                Org o = organisationer.get(e.getKey());
                for (int i = e.getValue().size() + 1; e.getValue().size() < 2; i++) {
                    String anvandarnamn = o.kortnamn + "-handlaggare-" + i;
                    if (tal("SELECT COUNT(*) FROM anvandare WHERE anvandarnamn = '" + anvandarnamn + "'") > 0) {
                        continue;
                    }
                    long id = nastaAnvandare++;
                    ins.setLong(1, id);
                    ins.setString(2, anvandarnamn);
                    ins.setString(3, FORNAMN[slump.nextInt(FORNAMN.length)] + " "
                            + EFTERNAMN[slump.nextInt(EFTERNAMN.length)]);
                    ins.setString(4, anvandarnamn + "@exempel.stockholm.se");
                    ins.setLong(5, o.id);
                    ins.executeUpdate();
                    e.getValue().add(id);
                    raknaUpp("anvandare", 1);
                }
            }
        }
        db.commit();
    }

    private static final byte[] FIL = ("Remisshandling\n\nGenererad testdata för prestandamätningar av Remiss."
            + " Samma fil delas av alla genererade remisser, som i tjänsten där en remisshandling som skickas till"
            + " 40 mottagare lagras en gång.\n").getBytes(StandardCharsets.UTF_8);

    private String lagraFil() throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(FIL));
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM fil WHERE sha256 = ?")) {
            s.setString(1, sha);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return sha;
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement("INSERT INTO fil (sha256, storlek, innehall) VALUES (?, ?, ?)")) {
            s.setString(1, sha);
            s.setLong(2, FIL.length);
            s.setBytes(3, FIL);
            s.executeUpdate();
        }
        db.commit();
        return sha;
    }

    private void uppdateraRaknare() throws SQLException {
        try (PreparedStatement upd = db.prepareStatement(
                "UPDATE diarieserie_raknare SET senaste = ? WHERE serie_id = ? AND ar = ?");
                PreparedStatement ins = db.prepareStatement(
                        "INSERT INTO diarieserie_raknare (serie_id, ar, senaste) VALUES (?, ?, ?)")) {
            for (Map.Entry<Long, Map<Integer, Long>> serie : raknare.entrySet()) {
                for (Map.Entry<Integer, Long> ar : serie.getValue().entrySet()) {
                    boolean fanns = raknareFranDb.getOrDefault(serie.getKey(), List.of()).contains((long) ar.getKey());
                    PreparedStatement s = fanns ? upd : ins;
                    if (fanns) {
                        s.setLong(1, ar.getValue());
                        s.setLong(2, serie.getKey());
                        s.setInt(3, ar.getKey());
                    } else {
                        s.setLong(1, serie.getKey());
                        s.setInt(2, ar.getKey());
                        s.setLong(3, ar.getValue());
                    }
                    s.executeUpdate();
                }
            }
        }
    }

    /**
     * Moves a sequence past {@code hogstaId}. Hibernate's pooled optimizer hands out the 50 ids up to
     * the value it reads, so the next value must be at least {@code hogstaId + 50}.
     */
    private void flyttaSekvens(String sekvens, long hogstaId) throws SQLException {
        long nasta = (hogstaId / 50 + 2) * 50 + 1;
        try (Statement s = db.createStatement()) {
            s.execute("ALTER SEQUENCE " + sekvens + " RESTART WITH " + nasta);
        }
    }

    private Org kansli(Org o) {
        return o.forvaltning != null ? organisationer.get(o.forvaltning) : o;
    }

    /** The series that registers for {@code o}: its office's, or its own. */
    private Serie serie(Org o) {
        Serie s = serieForOrganisation.get(kansli(o).id);
        return s != null ? s : serieForOrganisation.get(o.id);
    }

    private long tal(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void raknaUpp(String nyckel, long n) {
        antal.merge(nyckel, n, Long::sum);
    }

    private static boolean vardag(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static LocalDate arbetsdag(LocalDate d) {
        while (!vardag(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate minsta(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate maxDag(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private OffsetDateTime tid(LocalDate dag, int timme, int minuter) {
        LocalDate d = dag.isAfter(idag) ? idag : dag;
        OffsetDateTime t = d.atTime(LocalTime.of(timme, 0)).plusMinutes(minuter).atZone(STOCKHOLM).toOffsetDateTime();
        return t.isAfter(nu) ? nu : t;
    }
}
