package se.remiss.utlatande;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one citation of a draft stands against the programme today, compared with what it said
 * when the draft was last saved: this is how the handläggare learns what a new programme version
 * changed.
 *
 * @param lydelse  what it renders as now; null when it does not resolve
 * @param tidigare what it rendered as at the last save, when that differs; otherwise null
 */
public record Citatlage(String kod, Status status, String lydelse, String tidigare, String meddelande) {

    public enum Status {
        UPPLOST("Hittad"),
        ANDRAT("Ändrad i ny programversion"),
        EJ_UPPLOST("Hittas inte");

        public final String etikett;

        Status(String etikett) {
            this.etikett = etikett;
        }
    }

    /** The citations in {@code hanvisningar} resolved now and compared with {@code sparade}. */
    public static List<Citatlage> stam(List<Citathanvisning> hanvisningar, Citatupplosare upplosare, List<Citat> sparade) {
        Map<String, Citat> tidigare = new HashMap<>();
        sparade.forEach(c -> tidigare.put(c.kod, c));
        List<Citatlage> lagen = new ArrayList<>();
        for (Citathanvisning h : hanvisningar) {
            Citatupplosare.Upplost nu = upplosare.upplos(h);
            Citat da = tidigare.get(h.kod());
            if (!nu.upplost()) {
                String meddelande = da != null && da.lydelse != null
                        ? nu.fel() + " I version " + da.programVersion + " löd den ”" + da.lydelse + "”."
                        : nu.fel();
                lagen.add(new Citatlage(h.kod(), Status.EJ_UPPLOST, null, da == null ? null : da.lydelse, meddelande));
            } else if (da != null && da.lydelse != null && !da.lydelse.equals(nu.lydelse())) {
                lagen.add(new Citatlage(h.kod(), Status.ANDRAT, nu.lydelse(), da.lydelse,
                        h.kod() + " löd ”" + da.lydelse + "” i programversion " + da.programVersion + " och lyder nu ”"
                                + nu.lydelse() + "” (version " + upplosare.version() + ")."));
            } else {
                lagen.add(new Citatlage(h.kod(), Status.UPPLOST, nu.lydelse(), null, null));
            }
        }
        return lagen;
    }

    /** What to store at a save: each citation as it resolves now. */
    public static List<Citat> ogonblicksbild(List<Citathanvisning> hanvisningar, Citatupplosare upplosare) {
        List<Citat> bild = new ArrayList<>();
        for (Citathanvisning h : hanvisningar) {
            Citatupplosare.Upplost nu = upplosare.upplos(h);
            bild.add(new Citat(h.kod(), nu.upplost() ? upplosare.version() : null, nu.lydelse()));
        }
        return bild;
    }
}
