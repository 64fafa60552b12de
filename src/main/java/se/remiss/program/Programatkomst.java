package se.remiss.program;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import se.remiss.plattform.HittasInte;
import se.remiss.remiss.Remissatkomst;
import se.remiss.sakerhet.Atkomst;

/** A programme version is seen by whoever may see its remiss (see {@link Remissatkomst}). */
@RequestScoped
public class Programatkomst {

    @Inject
    Atkomst atkomst;

    @Inject
    Remissatkomst remissatkomst;

    /** A programme version of a remiss the user may see. */
    public Program program(long id) {
        Program program = Program.<Program>findByIdOptional(id).orElseThrow(() -> new HittasInte("Programmet finns inte."));
        if (!remissatkomst.serRemiss(program.remiss)) {
            throw atkomst.nekad("Program", id, new HittasInte("Programmet finns inte."));
        }
        return program;
    }
}
