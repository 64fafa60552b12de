package se.remiss.remiss;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import se.remiss.diarium.Arendeatkomst;
import se.remiss.diarium.Handling;
import se.remiss.diarium.HandlingTyp;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Antal;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Valideringsfel;
import se.remiss.sakerhet.Atkomst;

/**
 * Object-level access to remisser and recipient records. The sending organisation sees its remiss
 * and every recipient's record (status, dnr, handläggare); a recipient sees the remiss once it has
 * been sent, and only its own record. Another organisation's object answers like one that does not
 * exist (404), and the refusal is recorded ({@link Atkomst#nekad}).
 */
@RequestScoped
public class Remissatkomst {

    @Inject
    Atkomst atkomst;

    @Inject
    Arendeatkomst arendeatkomst;

    /** A remiss the user's organisation sent or received. */
    public Remiss remiss(long id) {
        Remiss remiss = Remiss.hamta(id).orElseThrow(Remissatkomst::remissSaknas);
        if (!serRemiss(remiss)) {
            throw atkomst.nekad("Remiss", id, remissSaknas());
        }
        return remiss;
    }

    /** A remiss the user's organisation sent: only the sender registers, edits and sends it. */
    public Remiss egenRemiss(long id) {
        Remiss remiss = Remiss.hamta(id).orElseThrow(Remissatkomst::remissSaknas);
        if (!arAvsandare(remiss)) {
            throw atkomst.nekad("Remiss", id, remissSaknas());
        }
        return remiss;
    }

    /**
     * The check of {@link #egenRemiss} without loading the remiss into this request's persistence
     * context: a resource that changes the remiss through a service (its own transaction) and then
     * answers with the new state must not find a stale copy here.
     */
    public void kontrolleraEgenRemiss(long id) {
        long antal = Antal.av(Remiss.class, "id = ?1 and (avsandare.id = ?2 or avsandare.forvaltning.id = ?2)", id, atkomst.enhetsId());
        if (antal == 0) {
            throw Antal.av(Remiss.class, "id = ?1", id) > 0 ? atkomst.nekad("Remiss", id, remissSaknas()) : remissSaknas();
        }
    }

    /**
     * A recipient record of the user's own organisation – only the recipient receives, assigns and
     * answers – checked without loading it (see {@link #kontrolleraEgenRemiss}).
     */
    public void kontrolleraEgenMottagare(long id) {
        long antal = Antal.av(Remissmottagare.class, "id = ?1 and status <> ?2 and (organisation.id = ?3"
                + " or organisation.forvaltning.id = ?3)", id, MottagarStatus.EJ_SKICKAD, atkomst.enhetsId());
        if (antal == 0) {
            throw Antal.av(Remissmottagare.class, "id = ?1", id) > 0 ? atkomst.nekad("Remissmottagare", id, mottagareSaknas()) : mottagareSaknas();
        }
    }

    /**
     * A request for anstånd to a remiss the user's organisation sent: only the sender decides it
     * (checked without loading it, see {@link #kontrolleraEgenRemiss}).
     */
    public void kontrolleraAnstandTillEgenRemiss(long anstandId) {
        long antal = Antal.av(Anstand.class, "id = ?1 and (mottagare.remiss.avsandare.id = ?2"
                + " or mottagare.remiss.avsandare.forvaltning.id = ?2)", anstandId, atkomst.enhetsId());
        if (antal == 0) {
            throw Antal.av(Anstand.class, "id = ?1", anstandId) > 0 ? atkomst.nekad("Anstand", anstandId, anstandSaknas()) : anstandSaknas();
        }
    }

    /** A request for anstånd the user may see: the sender's or the recipient's own. */
    public Anstand anstand(long id) {
        Anstand a = Anstand.hamta(id).orElseThrow(Remissatkomst::anstandSaknas);
        if (!arMottagarensEgen(a.mottagare) && !arAvsandare(a.mottagare.remiss)) {
            throw atkomst.nekad("Anstand", id, anstandSaknas());
        }
        return a;
    }

    public boolean arAvsandare(Remiss remiss) {
        return atkomst.ager(remiss.avsandare);
    }

    public boolean serRemiss(Remiss remiss) {
        return arAvsandare(remiss) || remiss.mottagare.stream().anyMatch(this::arMottagarensEgen);
    }

    /** The recipient rows of a remiss that the user may see: all for the sender, its own for a recipient. */
    public List<Remissmottagare> synligaMottagare(Remiss remiss, List<Remissmottagare> alla) {
        if (arAvsandare(remiss)) {
            return alla;
        }
        return alla.stream().filter(this::arMottagarensEgen).toList();
    }

    /** A recipient record the user may see (the sender's or the recipient's own). */
    public Remissmottagare mottagare(long id) {
        Remissmottagare m = Remissmottagare.hamta(id).orElseThrow(Remissatkomst::mottagareSaknas);
        if (!arMottagarensEgen(m) && !arAvsandare(m.remiss)) {
            throw atkomst.nekad("Remissmottagare", id, mottagareSaknas());
        }
        return m;
    }

    /** The recipient is the user's organisation and the remiss has reached it. */
    public boolean arMottagarensEgen(Remissmottagare m) {
        return m.status != MottagarStatus.EJ_SKICKAD && atkomst.ager(m.organisation);
    }

    /** A document of a remiss the user may see (the remiss's own documents, not under sekretess for them). */
    public Handling remissdokument(long remissId, long dokumentId) {
        Remiss remiss = remiss(remissId);
        Handling h = Handling.findById(dokumentId);
        if (h == null || !h.arende.id.equals(remiss.arende.id) || h.typ != HandlingTyp.REMISSHANDLING) {
            throw new HittasInte("Dokumentet finns inte i remissen.");
        }
        if (!arendeatkomst.serInnehall(h)) {
            throw atkomst.nekad("Handling", dokumentId, new HittasInte("Dokumentet finns inte i remissen."));
        }
        arendeatkomst.lasSekretess(h);
        return h;
    }

    /** A remiss is registered by its sender: the sender must be in the user's own unit. */
    public void kontrolleraAvsandare(Long avsandareId) {
        Organisation avsandare = avsandareId == null ? null : Organisation.findById(avsandareId);
        if (avsandare != null && !atkomst.ager(avsandare)) {
            throw Valideringsfel.av("avsandare", "Du kan bara registrera remisser som din egen organisation skickar.");
        }
    }

    private static HittasInte remissSaknas() {
        return new HittasInte("Remissen finns inte.");
    }

    private static HittasInte anstandSaknas() {
        return new HittasInte("Anståndet finns inte.");
    }

    private static HittasInte mottagareSaknas() {
        return new HittasInte("Mottagaren finns inte.");
    }
}
