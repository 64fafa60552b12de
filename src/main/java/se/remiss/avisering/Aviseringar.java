package se.remiss.avisering;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.remiss.anvandare.Anvandare;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.remiss.Mottagarhandelse;
import se.remiss.remiss.Remissmottagare;
import se.remiss.sammantrade.Justeringstur;
import se.remiss.sammantrade.Protokoll;
import se.remiss.sammantrade.Sammantrade;
import se.remiss.utlatande.Godkannandetur;
import se.remiss.utlatande.Utlatande;

/**
 * Turns what happens into mails in the outbox, inside the change's own transaction: a remiss that
 * arrives goes to the recipient's registrators, an assignment to the handläggare, a draft whose
 * approval is someone's turn to that signatory, a protokoll whose justering is someone's turn to them.
 * Nothing is queued while e-mail is off ({@code remiss.epost.aktiv}), for users without an address or
 * for a category the user has turned off. The scheduled reminders ({@link Paminnelser}) queue through {@link #koa} too.
 */
@ApplicationScoped
public class Aviseringar {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu",
            Locale.forLanguageTag("sv-SE"));

    @Inject
    RemissConfig config;

    @Inject
    Klocka klocka;

    /** One line of a mail: text, and where it leads (null: plain text). */
    public record Rad(String text, String lank) {
        static Rad av(String text) {
            return new Rad(text, null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance meddelandeText(String rubrik, List<Rad> rader, String lank, String lanktext);

        static native TemplateInstance meddelandeHtml(String rubrik, List<Rad> rader, String lank, String lanktext);
    }

    void pa(@Observes Mottagarhandelse h) {
        if (!config.epost().aktiv()) {
            return;
        }
        Remissmottagare m = h.mottagare();
        String lank = lank("/mottagare/" + m.id);
        List<Rad> rader = rader(m);
        switch (h.typ()) {
            case ANKOMMEN -> registratorer(m).forEach(a -> koa(a, Epostkategori.ANKOMST, "ankomst:" + m.id + ":" + a.id,
                    "Ny remiss till " + m.organisation.namn + ": " + m.remiss.titel,
                    "En ny remiss har kommit in till " + m.organisation.namn + ".", rader, lank, ARENDET));
            case TILLDELAD -> koa(m.handlaggare, Epostkategori.TILLDELNING,
                    "tilldelning:" + m.id + ":" + m.handlaggare.id + ":" + m.version,
                    "Tilldelat dig: " + m.remiss.titel, "Du har tilldelats remissen som handläggare.", rader, lank, ARENDET);
            // Reminders are queued by the daily job; Paminnelser drops those the move made stale.
            case FRIST_FLYTTAD -> {
            }
        }
    }

    /** The signatory whose turn it now is hears of it; a new turn (a new approval round) is a new mail. */
    void pa(@Observes Godkannandetur t) {
        if (!config.epost().aktiv()) {
            return;
        }
        Utlatande u = t.utlatande();
        List<Rad> rader = new ArrayList<>();
        rader.add(Rad.av("Ämne: " + u.amne));
        rader.add(Rad.av("Version: " + u.versionsnummer));
        if (u.handlaggare != null) {
            rader.add(Rad.av("Handläggare: " + u.handlaggare.namn));
        }
        if (u.mottagare != null) {
            rader.add(Rad.av("Remiss: " + u.mottagare.remiss.titel + " från " + u.mottagare.remiss.avsandare.namn));
            rader.add(Rad.av("Sista dag kontorsutlåtande: " + dag(u.mottagare.sistaDagKontorsutlatande)));
        }
        koa(t.undertecknare(), Epostkategori.GODKANNANDE,
                "godkannande:" + u.id + ":" + u.versionsnummer + ":" + t.undertecknare().id + ":" + u.andrad.toEpochMilli(),
                "Att godkänna: " + u.amne, "Ett tjänsteutlåtande väntar på ditt godkännande.", rader,
                lank("/utlatanden/" + u.uid), "Öppna utlåtandet i Remiss");
    }

    /** The ordförande, then the justerare, hears that the protokoll waits for their signature. */
    void pa(@Observes Justeringstur t) {
        if (!config.epost().aktiv()) {
            return;
        }
        Protokoll p = t.protokoll();
        Sammantrade s = p.sammantrade;
        List<Rad> rader = new ArrayList<>();
        rader.add(Rad.av("Nämnd: " + s.namnd.namn));
        rader.add(Rad.av("Sammanträde: " + dag(s.datum)));
        rader.add(Rad.av("Paragrafer: " + p.paragrafer().size()));
        koa(t.justerare(), Epostkategori.JUSTERING, "justering:" + p.id + ":" + t.justerare().id,
                "Att justera: protokoll " + s.namnd.namn + " " + s.datum, "Ett protokoll väntar på din justering.", rader,
                lank("/sammantraden/" + s.id + "/protokoll"), "Öppna protokollet i Remiss");
    }

    static final String ARENDET = "Öppna ärendet i Remiss";

    /** The recipient's registrators (of the organisation and the office that keeps its registry). */
    static List<Anvandare> registratorer(Remissmottagare m) {
        return Anvandare.somKanHandlagga(m.organisation).stream().filter(a -> a.harRoll(Roll.REGISTRATOR)).toList();
    }

    /** What every mail about one recipient says: remiss, sender, recipient and both deadlines. */
    static List<Rad> rader(Remissmottagare m) {
        List<Rad> rader = new ArrayList<>();
        rader.add(Rad.av("Remiss: " + m.remiss.titel));
        rader.add(Rad.av("Avsändare: " + m.remiss.avsandare.namn + " (dnr " + m.remiss.dnr() + ")"));
        rader.add(Rad.av("Mottagare: " + m.organisation.namn + (m.dnr() == null ? "" : " (dnr " + m.dnr() + ")")));
        rader.add(Rad.av("Sista dag kontorsutlåtande: " + dag(m.sistaDagKontorsutlatande)));
        rader.add(Rad.av("Sista dag nämndprotokoll: " + dag(m.sistaDagNamndprotokoll)));
        if (m.handlaggare != null) {
            rader.add(Rad.av("Handläggare: " + m.handlaggare.namn));
        }
        return rader;
    }

    /** "tisdag 15 december 2026". */
    static String dag(LocalDate dag) {
        return dag == null ? "–" : DAG.format(dag);
    }

    /** An address in the application, as people reach it ({@code remiss.epost.basadress}). */
    String lank(String sokvag) {
        return config.epost().basadress().replaceAll("/+$", "") + sokvag;
    }

    /**
     * Queues one mail in the caller's transaction, unless the person has no address, is inactive,
     * turned the category off, or a mail with this {@code nyckel} exists. The unique key in the
     * table still decides when two transactions queue the same key at once: the later one fails.
     *
     * @return whether a mail was queued
     */
    boolean koa(Anvandare a, Epostkategori kategori, String nyckel, String amne, String rubrik, List<Rad> rader,
            String lank, String lanktext) {
        if (a == null || a.epost == null || a.epost.isBlank() || !a.aktiv || Epostval.avstangd(a, kategori)
                || Epostutskick.count("nyckel", nyckel) > 0) {
            return false;
        }
        Epostutskick e = new Epostutskick();
        e.nyckel = nyckel;
        e.kategori = kategori;
        e.anvandare = a;
        e.adress = a.epost.strip();
        e.amne = amne.length() > 500 ? amne.substring(0, 499) + "…" : amne;
        e.brodtext = Templates.meddelandeText(rubrik, rader, lank, lanktext).render();
        e.html = Templates.meddelandeHtml(rubrik, rader, lank, lanktext).render();
        e.skapad = klocka.nu();
        e.nastaForsok = e.skapad;
        e.persist();
        return true;
    }
}
