package se.remiss.diarium;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Roll;
import se.remiss.sakerhet.Atkomst;
import se.remiss.sakerhet.Inloggad;

/**
 * Object-level access to the diarium: an ärende is seen only by the organisation whose diarium it
 * is in, and a document under sekretess only by the marking organisation's cleared roles. The
 * general rule (own access unit, refusals recorded and answered 404) is {@link Atkomst}'s. Named so
 * that pages can mask what the user may not see ({@code inject:arendeatkomst}).
 */
@RequestScoped
@Named("arendeatkomst")
public class Arendeatkomst {

    /** Roles cleared for confidential documents of their own organisation (not läsare). */
    public static final List<String> SEKRETESSROLLER = List.of(Roll.REGISTRATOR, Roll.HANDLAGGARE,
            Roll.NAMNDSEKRETERARE, Roll.ADMINISTRATOR);

    @Inject
    Atkomst atkomst;

    @Inject
    Inloggad inloggad;

    @Inject
    Granskning granskning;

    @Inject
    HttpServerRequest http;

    /** An ärende in the user's organisation's diarium. */
    public Arende arende(long id) {
        Arende arende = Arende.<Arende>findByIdOptional(id).orElseThrow(() -> new HittasInte("Ärendet finns inte."));
        if (!atkomst.ager(arende.organisation)) {
            throw atkomst.nekad("Arende", id, new HittasInte("Ärendet finns inte."));
        }
        return arende;
    }

    /**
     * A registered document of an ärende the user may see. A document under sekretess answers 404
     * to everyone but the marking organisation's cleared roles.
     */
    public Handling handling(long arendeId, long handlingId) {
        Handling h = Handling.findById(handlingId);
        if (h == null || !h.arende.id.equals(arendeId)) {
            throw new HittasInte("Handlingen finns inte i ärendet.");
        }
        if (!atkomst.ager(h.arende.organisation) || !serInnehall(h)) {
            throw atkomst.nekad("Handling", handlingId, new HittasInte("Handlingen finns inte i ärendet."));
        }
        lasSekretess(h);
        return h;
    }

    /**
     * Every read of a document under sekretess is recorded; a change of it (e.g. lifting the marking)
     * records itself, so only reads count here.
     */
    public void lasSekretess(Handling h) {
        if (h.arSekretess() && "GET".equals(http.method().name())) {
            granskning.lasning(Handelse.av("SEKRETESS_LAST", "Handling", h.id).beskrivning(h.arende.dnr + ", " + h.sekretessOsl));
        }
    }

    /** Whether the user may see a document's title and contents (always, unless it is under sekretess). */
    public boolean serInnehall(Handling h) {
        return !h.arSekretess() || (atkomst.ager(h.sekretessOrganisation) && SEKRETESSROLLER.stream().anyMatch(inloggad::harRoll));
    }

    /** The title as this user may see it. */
    public String titel(Handling h) {
        return serInnehall(h) ? h.titel : h.maskeradTitel();
    }
}
