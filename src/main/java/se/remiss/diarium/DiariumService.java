package se.remiss.diarium;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.anvandare.Anvandare;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.organisation.DiarienummerFormat;
import se.remiss.organisation.Diarieserie;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Valideringsfel;

/**
 * Registration in the diarium: hands out diarienummer and registers documents. Numbers come from
 * a per-series, per-year counter row that is locked while a number is taken, so parallel
 * registrations get distinct, consecutive numbers and a number is never reused.
 */
@ApplicationScoped
public class DiariumService {

    @Inject
    Granskning granskning;

    /** Longest diarienummer the database holds (arende.dnr). */
    public static final int MAX_DNR = 80;

    @Inject
    EntityManager em;

    @Inject
    Klocka klocka;

    @Inject
    RemissConfig config;

    /** What a new ärende is about; {@code kod} may be blank to use the series' default. */
    public record NyttArende(ArendeTyp typ, String rubrik, String motpart, String motpartensDnr, String kod,
            LocalDate datum) {
    }

    public record NyHandling(Riktning riktning, HandlingTyp typ, LocalDate datum, String motpart, String titel) {
    }

    /** A stored file ready to be attached to one or more handlingar. */
    public record Bilaga(String filnamn, String mimetyp, Fil fil) {
    }

    /** An uploaded file read and checked against the size limit, not yet stored. */
    public record Uppladdning(String filnamn, String mimetyp, byte[] innehall) {
    }

    /** Registers a new ärende with the next number of the series that registers for {@code organisation}. */
    @Transactional
    public Arende registrera(Organisation organisation, NyttArende nytt) {
        Diarieserie serie = Diarieserie.somRegistrerarFor(organisation).orElseThrow(() -> Valideringsfel.av(
                "organisation", organisation.namn + " har ingen diarieserie. En administratör behöver lägga upp en."));
        DiarienummerFormat format = serie.tolkatFormat();
        String kod = tomTillNull(nytt.kod()) != null ? nytt.kod().trim() : serie.kod;
        if (format.kraverKod() && tomTillNull(kod) == null) {
            throw Valideringsfel.av("kod", "Diarieserien för " + serie.organisation.namn
                    + " kräver en klassificeringskod.");
        }
        int ar = nytt.datum().getYear();
        long lopnummer;
        String dnr;
        do {
            // A number recorded by hand (registreraMedDnr, e.g. a sender's own dnr) may already
            // hold this one: it counts as used, so skip it rather than give the number twice.
            lopnummer = nastaLopnummer(serie, ar);
            dnr = format.formatera(ar, lopnummer, kod);
        } while (Arende.count("organisation = ?1 and dnrSok = ?2", serie.organisation,
                DiarienummerFormat.normalisera(dnr)) > 0);
        if (dnr.length() > MAX_DNR) {
            throw Valideringsfel.av(tomTillNull(nytt.kod()) != null ? "kod" : "organisation", "Diarienumret " + dnr
                    + " blir längre än " + MAX_DNR + " tecken. Korta klassificeringskoden eller seriens format.");
        }
        Arende arende = nyttArende(serie.organisation, nytt, dnr);
        arende.serie = serie;
        arende.lopnummer = lopnummer;
        arende.kod = kod;
        arende.persist();
        return arende;
    }

    /**
     * Records an ärende whose number was assigned outside this system (e.g. by the sender's own
     * registry). It takes no number from our series. {@code falt} names the input for messages.
     */
    @Transactional
    public Arende registreraMedDnr(Organisation organisation, String dnr, NyttArende nytt, String falt) {
        Organisation diarium = organisation.kansli();
        String sok = DiarienummerFormat.normalisera(dnr);
        if (sok.isEmpty() || dnr.length() > MAX_DNR) {
            throw Valideringsfel.av(falt, "Ange ett diarienummer med högst " + MAX_DNR + " tecken.");
        }
        if (Arende.count("organisation = ?1 and dnrSok = ?2", diarium, sok) > 0) {
            throw Valideringsfel.av(falt, "Diarienumret " + dnr.trim() + " finns redan i " + diarium.namn + "s diarium.");
        }
        Arende arende = nyttArende(diarium, nytt, dnr.trim());
        arende.persist();
        return arende;
    }

    private Arende nyttArende(Organisation diarium, NyttArende nytt, String dnr) {
        Arende arende = new Arende();
        arende.organisation = diarium;
        arende.ar = nytt.datum().getYear();
        arende.dnr = dnr;
        arende.dnrSok = DiarienummerFormat.normalisera(dnr);
        arende.typ = nytt.typ();
        arende.rubrik = nytt.rubrik();
        arende.motpart = nytt.motpart();
        arende.motpartensDnr = tomTillNull(nytt.motpartensDnr());
        arende.registrerat = nytt.datum();
        arende.skapad = klocka.nu();
        return arende;
    }

    /** Registers a document in {@code arende}, numbered after the ärende's existing documents. */
    @Transactional
    public Handling registreraHandling(Arende arende, NyHandling ny, Bilaga bilaga) {
        // Lock the ärende so that two documents registered at once do not get the same number.
        em.lock(em.contains(arende) ? arende : em.merge(arende), LockModeType.PESSIMISTIC_WRITE);
        Integer senaste = em.createQuery("select max(h.nummer) from Handling h where h.arende = ?1", Integer.class)
                .setParameter(1, arende).getSingleResult();
        Handling handling = new Handling();
        handling.arende = arende;
        handling.nummer = senaste == null ? 1 : senaste + 1;
        handling.riktning = ny.riktning();
        handling.typ = ny.typ();
        handling.datum = ny.datum();
        handling.motpart = ny.motpart();
        handling.titel = ny.titel();
        handling.registrerad = klocka.nu();
        if (bilaga != null) {
            handling.filnamn = bilaga.filnamn();
            handling.mimetyp = bilaga.mimetyp();
            handling.storlek = bilaga.fil().storlek;
            handling.sha256 = bilaga.fil().sha256;
        }
        handling.persist();
        return handling;
    }

    /** Stores the upload (if any) and registers the handling with it, both or neither. */
    @Transactional
    public Handling registreraHandlingMedFil(Arende arende, NyHandling ny, FileUpload uppladdning) {
        Bilaga bilaga = uppladdning == null ? null : lagraUppladdning(uppladdning, "fil");
        Handling h = registreraHandling(arende, ny, bilaga);
        granskning.logga(Handelse.av("HANDLING_REGISTRERAD", "Handling", h.id).beskrivning(arende.dnr)
                .efter(Map.of("nummer", h.nummer, "riktning", h.riktning, "titel", h.titel,
                        "sha256", h.sha256 == null ? "" : h.sha256)));
        return h;
    }

    /** A new ärende registered through the diarium's own pages and API (remisser register theirs themselves). */
    @Transactional
    public Arende registreraArende(Organisation organisation, NyttArende nytt) {
        Arende a = registrera(organisation, nytt);
        granskning.logga(Handelse.av("ARENDE_REGISTRERAT", "Arende", a.id)
                .efter(Map.of("dnr", a.dnr, "rubrik", a.rubrik, "typ", a.typ)));
        return a;
    }

    /**
     * Reads an uploaded file, checks it against the size limit and stores it by its SHA-256.
     * {@code falt} names the form field in messages.
     */
    @Transactional
    public Bilaga lagraUppladdning(FileUpload uppladdning, String falt) {
        Uppladdning u = lasUppladdning(uppladdning, falt);
        return new Bilaga(u.filnamn(), u.mimetyp(), Fil.lagra(u.innehall()));
    }

    /**
     * Reads an uploaded file and checks it against the size limit without storing it, for callers
     * that must look at the content before deciding to keep it. {@code falt} names the form field.
     */
    public Uppladdning lasUppladdning(FileUpload uppladdning, String falt) {
        if (uppladdning == null || uppladdning.uploadedFile() == null) {
            throw Valideringsfel.av(falt, "Välj en fil att ladda upp.");
        }
        long max = config.dokument().maxStorlek();
        if (uppladdning.size() > max) {
            throw Valideringsfel.av(falt, "Filen är " + megabyte(uppladdning.size()) + " – största tillåtna storlek är "
                    + megabyte(max) + ".");
        }
        if (uppladdning.size() == 0) {
            throw Valideringsfel.av(falt, "Filen är tom.");
        }
        String filnamn = Filnamn.stada(uppladdning.fileName());
        byte[] innehall;
        try {
            innehall = Files.readAllBytes(uppladdning.uploadedFile());
        } catch (IOException e) {
            throw Valideringsfel.av(falt, "Filen kunde inte läsas. Försök igen.");
        }
        return new Uppladdning(filnamn, Filnamn.medietyp(filnamn, uppladdning.contentType()), innehall);
    }

    @Transactional
    public Bilaga lagra(String filnamn, byte[] innehall) {
        String namn = Filnamn.stada(filnamn);
        return new Bilaga(namn, Filnamn.medietyp(namn, null), Fil.lagra(innehall));
    }

    private long nastaLopnummer(Diarieserie serie, int ar) {
        List<?> rad = lasRaknare(serie.id, ar);
        if (rad.isEmpty()) {
            skapaRaknare(serie.id, ar);
            rad = lasRaknare(serie.id, ar);
        }
        if (rad.isEmpty()) {
            // The series itself is not committed yet (created in this same transaction), so only
            // this transaction can see it: create the counter here.
            em.createNativeQuery("INSERT INTO diarieserie_raknare (serie_id, ar, senaste) VALUES (?1, ?2, 0)")
                    .setParameter(1, serie.id).setParameter(2, ar).executeUpdate();
            rad = lasRaknare(serie.id, ar);
        }
        long nasta = ((Number) rad.get(0)).longValue() + 1;
        em.createNativeQuery("UPDATE diarieserie_raknare SET senaste = ?1 WHERE serie_id = ?2 AND ar = ?3")
                .setParameter(1, nasta).setParameter(2, serie.id).setParameter(3, ar)
                .executeUpdate();
        return nasta;
    }

    private List<?> lasRaknare(long serieId, int ar) {
        return em.createNativeQuery("SELECT senaste FROM diarieserie_raknare WHERE serie_id = ?1 AND ar = ?2 FOR UPDATE")
                .setParameter(1, serieId).setParameter(2, ar)
                .getResultList();
    }

    /**
     * Creates the year's counter in its own transaction, so that two registrations racing to be the
     * year's first both end up locking the same row; the loser's duplicate insert is harmless.
     */
    private void skapaRaknare(long serieId, int ar) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("INSERT INTO diarieserie_raknare (serie_id, ar, senaste) VALUES (?1, ?2, 0)")
                    .setParameter(1, serieId).setParameter(2, ar)
                    .executeUpdate());
        } catch (RuntimeException redanSkapad) {
            // Another transaction created it first: exactly what we need.
        }
    }

    private static String megabyte(long byte_) {
        return String.format(java.util.Locale.forLanguageTag("sv-SE"), "%.1f MB", byte_ / (1024.0 * 1024.0));
    }

    static String tomTillNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Marks a document confidential under an OSL provision, on behalf of the marker's organisation. */
    @Transactional
    public void markeraSekretess(Handling handling, String osl, Anvandare av, LocalDate datum) {
        String bestammelse = osl == null ? "" : osl.strip();
        if (bestammelse.isEmpty() || bestammelse.length() > 100) {
            throw Valideringsfel.av("osl", "Ange bestämmelsen i offentlighets- och sekretesslagen, t.ex. 26 kap. 1 § OSL (högst 100 tecken).");
        }
        Handling h = Handling.findById(handling.id);
        if (h.arSekretess()) {
            throw new Konflikt("Handlingen är redan sekretessmarkerad (" + h.sekretessOsl + ").");
        }
        granskning.logga(Handelse.av("SEKRETESS_MARKERAD", "Handling", h.id).beskrivning(h.arende.dnr)
                .efter(Map.of("osl", bestammelse, "datum", datum, "organisation", av.organisation.kansli().namn)));
        h.sekretessOsl = bestammelse;
        h.sekretessDatum = datum;
        h.sekretessOrganisation = av.organisation.kansli();
        h.sekretessMarkeradAv = av.anvandarnamn;
    }

    /**
     * Carries a marking over to a copy of the document registered in another organisation's diarium
     * (a remiss sent with a marked document). The copy is marked with the same provision for the
     * receiving organisation: its cleared roles see it, its läsare and everyone else do not, and it is
     * the receiving organisation that may later lift the marking after its own assessment. Not tied to
     * the remiss, so that the remiss's history does not show one recipient the others' numbers.
     */
    @Transactional
    public void overforSekretess(Handling original, Handling kopia, LocalDate datum) {
        Organisation mottagare = kopia.arende.organisation.kansli();
        granskning.logga(Handelse.av("SEKRETESS_MARKERAD", "Handling", kopia.id).beskrivning(kopia.arende.dnr)
                .efter(Map.of("osl", original.sekretessOsl, "datum", datum, "organisation", mottagare.namn,
                        "overfordFran", original.arende.dnr)));
        kopia.sekretessOsl = original.sekretessOsl;
        kopia.sekretessDatum = datum;
        kopia.sekretessOrganisation = mottagare;
        kopia.sekretessMarkeradAv = Granskning.aktor().anvandarnamn();
    }

    /** Removes a marking (administrators only, see the resources). */
    @Transactional
    public void hav(Handling handling) {
        Handling h = Handling.findById(handling.id);
        if (!h.arSekretess()) {
            throw new Konflikt("Handlingen är inte sekretessmarkerad.");
        }
        granskning.logga(Handelse.av("SEKRETESS_HAVD", "Handling", h.id).beskrivning(h.arende.dnr)
                .fore(Map.of("osl", h.sekretessOsl, "datum", h.sekretessDatum, "markeradAv", h.sekretessMarkeradAv)));
        h.sekretessOsl = null;
        h.sekretessDatum = null;
        h.sekretessOrganisation = null;
        h.sekretessMarkeradAv = null;
    }
}
