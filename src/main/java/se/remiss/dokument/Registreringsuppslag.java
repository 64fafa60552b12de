package se.remiss.dokument;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import se.remiss.diarium.Arendeatkomst;
import se.remiss.diarium.Handling;
import se.remiss.diarium.HandlingTyp;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.Remissatkomst;
import se.remiss.sakerhet.Atkomst;

/**
 * Whether an uploaded file is a document registered here, by its SHA-256 (files are stored by it):
 * the registered documents with those exact bytes that the user may see – in the own diarium, or
 * a remiss's documents the user's organisation sent or received – and not under sekretess for them.
 * Documents the user may not see are not mentioned, so the answer reveals nothing about them.
 */
@RequestScoped
public class Registreringsuppslag {

    /** One registered document with the same bytes: its ärende's dnr, number, title, and where to open it. */
    public record Traff(String dnr, int nummer, String titel, String adress) {
    }

    @Inject
    Atkomst atkomst;

    @Inject
    Arendeatkomst arendeatkomst;

    @Inject
    Remissatkomst remissatkomst;

    public List<Traff> handlingar(String sha256) {
        List<Handling> samma = Handling.list("sha256 = ?1 order by registrerad", sha256);
        return samma.stream().filter(this::synlig)
                .map(h -> new Traff(h.arende.dnr, h.nummer, h.titel, "/arenden/" + h.arende.id)).toList();
    }

    private boolean synlig(Handling h) {
        if (!arendeatkomst.serInnehall(h)) {
            return false;
        }
        if (atkomst.ager(h.arende.organisation)) {
            return true;
        }
        return h.typ == HandlingTyp.REMISSHANDLING
                && Remiss.<Remiss>find("arende", h.arende).firstResultOptional().map(remissatkomst::serRemiss).orElse(false);
    }
}
