package se.remiss.avisering;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import se.remiss.anvandare.Anvandare;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.remiss.Mottagarhandelse;
import se.remiss.remiss.Remissmottagare;

/**
 * Turns what happens to a recipient into mails in the outbox, inside the change's own transaction:
 * a remiss that arrives goes to the recipient's registrators, an assignment to the handläggare.
 * Nothing is queued while e-mail is off ({@code remiss.epost.aktiv}), for users without an address
 * or for a category the user has turned off.
 */
@ApplicationScoped
public class Aviseringar {

    @Inject
    RemissConfig config;

    @Inject
    Klocka klocka;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance meddelandeText(String rubrik, List<String> rader, String lank, String lanktext);

        static native TemplateInstance meddelandeHtml(String rubrik, List<String> rader, String lank, String lanktext);
    }

    void pa(@Observes Mottagarhandelse h) {
        if (!config.epost().aktiv()) {
            return;
        }
        Remissmottagare m = h.mottagare();
        String lank = config.epost().basadress().replaceAll("/+$", "") + "/mottagare/" + m.id;
        List<String> rader = List.of("Remiss: " + m.remiss.titel, "Avsändare: " + m.remiss.avsandare.namn
                + " (dnr " + m.remiss.dnr() + ")", "Mottagare: " + m.organisation.namn + (m.dnr() == null ? "" : " (dnr " + m.dnr() + ")"),
                "Sista dag kontorsutlåtande: " + m.sistaDagKontorsutlatande,
                "Sista dag nämndprotokoll: " + m.sistaDagNamndprotokoll);
        switch (h.typ()) {
            case ANKOMMEN -> Anvandare.somKanHandlagga(m.organisation).stream()
                    .filter(a -> a.harRoll(Roll.REGISTRATOR))
                    .forEach(a -> koa(a, Epostkategori.ANKOMST, "ankomst:" + m.id + ":" + a.id,
                            "Ny remiss till " + m.organisation.namn + ": " + m.remiss.titel,
                            "En ny remiss har kommit in till " + m.organisation.namn + ".", rader, lank));
            case TILLDELAD -> koa(m.handlaggare, Epostkategori.TILLDELNING,
                    "tilldelning:" + m.id + ":" + m.handlaggare.id + ":" + m.version,
                    "Tilldelat dig: " + m.remiss.titel, "Du har tilldelats remissen som handläggare.", rader, lank);
        }
    }

    private void koa(Anvandare a, Epostkategori kategori, String nyckel, String amne, String rubrik, List<String> rader,
            String lank) {
        if (a == null || a.epost == null || a.epost.isBlank() || !a.aktiv || Epostval.avstangd(a, kategori)
                || Epostutskick.count("nyckel", nyckel) > 0) {
            return;
        }
        Epostutskick e = new Epostutskick();
        e.nyckel = nyckel;
        e.kategori = kategori;
        e.anvandare = a;
        e.adress = a.epost.strip();
        e.amne = amne;
        e.brodtext = Templates.meddelandeText(rubrik, rader, lank, "Öppna ärendet i Remiss").render();
        e.html = Templates.meddelandeHtml(rubrik, rader, lank, "Öppna ärendet i Remiss").render();
        e.skapad = klocka.nu();
        e.nastaForsok = e.skapad;
        e.persist();
    }
}
