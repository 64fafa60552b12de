package se.remiss.utlatande;

import jakarta.persistence.Embeddable;

/**
 * A citation as it stood at the draft's last save: what it rendered as, against which programme
 * version. Comparing it with today's resolution tells the handläggare what a new version changed.
 */
@Embeddable
public class Citat {

    /** As written, e.g. "[[5.3#2]]". */
    public String kod;

    /** The programme version it resolved against; null when it did not resolve. */
    public Integer programVersion;

    /**
     * Its full wording ("avsnitt 5.3 Uppsökande arbete", a commitment with its text); null when it did
     * not resolve. How it reads in a sentence is {@link Citatform}'s.
     */
    public String lydelse;

    public Citat() {
    }

    Citat(String kod, Integer programVersion, String lydelse) {
        this.kod = kod;
        this.programVersion = programVersion;
        this.lydelse = lydelse;
    }
}
