package se.remiss.sakerhet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import se.remiss.anvandare.Anvandare;
import se.remiss.diarium.Arende;
import se.remiss.diarium.Handling;
import se.remiss.diarium.HandlingTyp;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.HittasInte;
import se.remiss.granskning.Begaransgranskning;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.program.Program;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.MottagarStatus;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.Remissmottagare;

/**
 * Object-level access: which remisser, recipient records and ärenden the logged-in user's
 * organisation may see or change. Every resource fetches case objects through here, so that
 * another organisation's object answers exactly like one that does not exist (404).
 *
 * <p>The rule: the sending organisation sees its remiss and every recipient's record (status,
 * dnr, handläggare); a recipient sees the remiss once it has been sent, and only its own record;
 * an ärende is seen only by the organisation whose diarium it is in.
 */
@RequestScoped
@Named("atkomst")
public class Atkomst {

    /** Roles cleared for confidential documents of their own organisation (not läsare). */
    public static final List<String> SEKRETESSROLLER = List.of(Roll.REGISTRATOR, Roll.HANDLAGGARE,
            Roll.NAMNDSEKRETERARE, Roll.ADMINISTRATOR);

    @Inject
    Inloggad inloggad;

    @Inject
    Granskning granskning;

    @Inject
    Begaransgranskning begaransgranskning;

    @Inject
    HttpServerRequest http;

    public Organisation enhet() {
        return inloggad.organisation();
    }

    public Long enhetsId() {
        return enhet().id;
    }

    public boolean ager(Organisation o) {
        return inloggad.ager(o);
    }

    /** A remiss the user's organisation sent or received. */
    public Remiss remiss(long id) {
        Remiss remiss = Remiss.hamta(id).orElseThrow(Atkomst::remissSaknas);
        if (!serRemiss(remiss)) {
            throw nekad("Remiss", id, remissSaknas());
        }
        return remiss;
    }

    /** A remiss the user's organisation sent: only the sender registers, edits and sends it. */
    public Remiss egenRemiss(long id) {
        Remiss remiss = Remiss.hamta(id).orElseThrow(Atkomst::remissSaknas);
        if (!arAvsandare(remiss)) {
            throw nekad("Remiss", id, remissSaknas());
        }
        return remiss;
    }

    /**
     * The check of {@link #egenRemiss} without loading the remiss into this request's persistence
     * context: a resource that changes the remiss through a service (its own transaction) and then
     * answers with the new state must not find a stale copy here.
     */
    public void kontrolleraEgenRemiss(long id) {
        long antal = Remiss.count("id = ?1 and (avsandare.id = ?2 or avsandare.forvaltning.id = ?2)", id, enhetsId());
        if (antal == 0) {
            throw Remiss.count("id", id) > 0 ? nekad("Remiss", id, remissSaknas()) : remissSaknas();
        }
    }

    /**
     * A recipient record of the user's own organisation – only the recipient receives, assigns and
     * answers – checked without loading it (see {@link #kontrolleraEgenRemiss}).
     */
    public void kontrolleraEgenMottagare(long id) {
        long antal = Remissmottagare.count("id = ?1 and status <> ?2 and (organisation.id = ?3"
                + " or organisation.forvaltning.id = ?3)", id, MottagarStatus.EJ_SKICKAD, enhetsId());
        if (antal == 0) {
            throw Remissmottagare.count("id", id) > 0 ? nekad("Remissmottagare", id, mottagareSaknas()) : mottagareSaknas();
        }
    }

    public boolean arAvsandare(Remiss remiss) {
        return ager(remiss.avsandare);
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
        Remissmottagare m = Remissmottagare.hamta(id).orElseThrow(Atkomst::mottagareSaknas);
        if (!arMottagarensEgen(m) && !arAvsandare(m.remiss)) {
            throw nekad("Remissmottagare", id, mottagareSaknas());
        }
        return m;
    }

    /** The recipient is the user's organisation and the remiss has reached it. */
    public boolean arMottagarensEgen(Remissmottagare m) {
        return m.status != MottagarStatus.EJ_SKICKAD && ager(m.organisation);
    }

    /** A programme version of a remiss the user may see. */
    public Program program(long id) {
        Program program = Program.<Program>findByIdOptional(id).orElseThrow(() -> new HittasInte("Programmet finns inte."));
        if (!serRemiss(program.remiss)) {
            throw nekad("Program", id, new HittasInte("Programmet finns inte."));
        }
        return program;
    }

    /** An ärende in the user's organisation's diarium. */
    public Arende arende(long id) {
        Arende arende = Arende.<Arende>findByIdOptional(id).orElseThrow(() -> new HittasInte("Ärendet finns inte."));
        if (!ager(arende.organisation)) {
            throw nekad("Arende", id, new HittasInte("Ärendet finns inte."));
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
        if (!ager(h.arende.organisation) || !serInnehall(h)) {
            throw nekad("Handling", handlingId, new HittasInte("Handlingen finns inte i ärendet."));
        }
        lasSekretess(h);
        return h;
    }

    /** A document of a remiss the user may see (the remiss's own documents, not under sekretess for them). */
    public Handling remissdokument(long remissId, long dokumentId) {
        Remiss remiss = remiss(remissId);
        Handling h = Handling.findById(dokumentId);
        if (h == null || !h.arende.id.equals(remiss.arende.id) || h.typ != HandlingTyp.REMISSHANDLING) {
            throw new HittasInte("Dokumentet finns inte i remissen.");
        }
        if (!serInnehall(h)) {
            throw nekad("Handling", dokumentId, new HittasInte("Dokumentet finns inte i remissen."));
        }
        lasSekretess(h);
        return h;
    }

    /**
     * Every read of a document under sekretess is recorded; a change of it (e.g. lifting the marking)
     * records itself, so only reads count here.
     */
    private void lasSekretess(Handling h) {
        if (h.arSekretess() && "GET".equals(http.method().name())) {
            granskning.lasning(Handelse.av("SEKRETESS_LAST", "Handling", h.id).beskrivning(h.arende.dnr + ", " + h.sekretessOsl));
        }
    }

    /**
     * Records a refused access to an object that exists but is not the user's organisation's, and
     * returns the "not found" to throw: the answer is the same as for an object that does not exist.
     */
    public HittasInte nekad(String objekttyp, long id, HittasInte svar) {
        registreraNekad(objekttyp, id);
        return svar;
    }

    /** Records a refused access where the answer is not a 404 (e.g. a field error that names nobody). */
    public void registreraNekad(String objekttyp, long id) {
        granskning.nekat(Handelse.av("ATKOMST_NEKAD", objekttyp, id).beskrivning("Annan organisations objekt"));
        begaransgranskning.markera();
    }

    /** Whether the user may see a document's title and contents (always, unless it is under sekretess). */
    public boolean serInnehall(Handling h) {
        return !h.arSekretess() || (ager(h.sekretessOrganisation) && SEKRETESSROLLER.stream().anyMatch(inloggad::harRoll));
    }

    /** The title as this user may see it. */
    public String titel(Handling h) {
        return serInnehall(h) ? h.titel : h.maskeradTitel();
    }

    /** An organisation id given as a filter: it must be within the user's own access unit. */
    public Organisation egenOrganisation(Long id) {
        if (id == null) {
            return enhet();
        }
        Organisation o = Organisation.findById(id);
        if (o == null) {
            throw new HittasInte("Organisationen finns inte.");
        }
        if (!ager(o)) {
            throw nekad("Organisation", id, new HittasInte("Organisationen finns inte."));
        }
        return o;
    }

    /** A person of the user's own unit (e.g. a colleague's "Mina ärenden"); another unit's answers 404. */
    public Anvandare kollega(long id) {
        Anvandare a = Anvandare.findById(id);
        if (a == null) {
            throw new HittasInte("Personen finns inte.");
        }
        if (!ager(a.organisation)) {
            throw nekad("Anvandare", id, new HittasInte("Personen finns inte."));
        }
        return a;
    }

    /** A remiss is registered by its sender: the sender must be in the user's own unit. */
    public void kontrolleraAvsandare(Long avsandareId) {
        Organisation avsandare = avsandareId == null ? null : Organisation.findById(avsandareId);
        if (avsandare != null && !ager(avsandare)) {
            throw Valideringsfel.av("avsandare", "Du kan bara registrera remisser som din egen organisation skickar.");
        }
    }

    private static HittasInte remissSaknas() {
        return new HittasInte("Remissen finns inte.");
    }

    private static HittasInte mottagareSaknas() {
        return new HittasInte("Mottagaren finns inte.");
    }
}
