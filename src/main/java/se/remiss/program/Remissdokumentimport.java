package se.remiss.program;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.remiss.diarium.DiariumService.Bilaga;
import se.remiss.diarium.Fil;
import se.remiss.diarium.Handling;
import se.remiss.diarium.HandlingTyp;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.Programinlasning;
import se.remiss.remiss.Remiss;

/**
 * Imports a document already registered in a remiss as its programme: the same import as an
 * upload on the programme page ({@link ProgramImport}), read from the stored file.
 */
@ApplicationScoped
public class Remissdokumentimport implements Programinlasning {

    @Inject
    ProgramImport importen;

    private record Lagrad(String filnamn, String mimetyp, String sha256, byte[] innehall) {
    }

    @Override
    public long importera(long remissId, long handlingId) {
        Lagrad lagrad = QuarkusTransaction.joiningExisting().call(() -> las(remissId, handlingId));
        ProgramImport.Tolkning tolkning;
        try {
            // Extraction and parsing are slow and need no database: outside any transaction.
            tolkning = importen.tolka(lagrad.filnamn(), lagrad.innehall());
        } catch (Valideringsfel e) {
            throw Valideringsfel.av("program", "Dokumentet är registrerat, men det kunde inte importeras som program: "
                    + e.fel().get(0).meddelande());
        }
        return QuarkusTransaction.joiningExisting().call(() -> importen.importera(remissId,
                new Bilaga(lagrad.filnamn(), lagrad.mimetyp(), Fil.findById(lagrad.sha256())), tolkning, null).id);
    }

    private static Lagrad las(long remissId, long handlingId) {
        Remiss remiss = Remiss.<Remiss>findByIdOptional(remissId)
                .orElseThrow(() -> new HittasInte("Remissen finns inte."));
        Handling h = Handling.findById(handlingId);
        if (h == null || !h.arende.id.equals(remiss.arende.id) || h.typ != HandlingTyp.REMISSHANDLING) {
            throw new HittasInte("Dokumentet finns inte i remissen.");
        }
        if (!h.harFil()) {
            throw Valideringsfel.av("program", "Dokumentet har ingen fil att importera som program.");
        }
        Fil fil = Fil.findById(h.sha256);
        return new Lagrad(h.filnamn, h.mimetyp, h.sha256, fil.innehall);
    }
}
