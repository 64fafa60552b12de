package se.remiss.sammantrade;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import se.remiss.anvandare.Anvandare;
import se.remiss.plattform.HittasInte;
import se.remiss.sakerhet.Atkomst;
import se.remiss.sakerhet.Inloggad;

/**
 * Whose meetings the caller may see and act on: those of the nämnd of its own access unit (the
 * nämnd, its förvaltning and its members). Another organisation's meeting answers 404, recorded
 * as a refused access.
 */
@RequestScoped
public class Sammantradeatkomst {

    @Inject
    Inloggad inloggad;

    @Inject
    Atkomst atkomst;

    public Sammantrade hamta(long id) {
        Sammantrade s = Sammantrade.hamta(id).orElseThrow(Sammantradeatkomst::finnsInte);
        if (!inloggad.ager(s.namnd)) {
            throw atkomst.nekad("Sammantrade", id, finnsInte());
        }
        return s;
    }

    public Anvandare vem() {
        return inloggad.anvandare();
    }

    static HittasInte finnsInte() {
        return new HittasInte("Sammanträdet finns inte.");
    }
}
