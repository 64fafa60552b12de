package se.remiss.remiss;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.remiss.granskning.GranskningSok;
import se.remiss.granskning.Granskningshandelse;
import se.remiss.granskning.Handelsemaskning;
import se.remiss.plattform.Sida;
import se.remiss.sakerhet.Atkomst;

/**
 * A remiss's history from the audit trail, as the page and the API show it: the sender sees every
 * event; a recipient the events about its own recipient rows, and itself only in recipient lists.
 * The query and the masking are the audit trail's own.
 */
@RequestScoped
public class Remisshistorik {

    @Inject
    Atkomst atkomst;

    @Inject
    Remissatkomst remissatkomst;

    @Inject
    Handelsemaskning maskning;

    public Sida<Granskningshandelse> sida(Remiss remiss, int sida, int storlek) {
        if (remissatkomst.arAvsandare(remiss)) {
            return maskning.historik(GranskningSok.historik(remiss.id, atkomst.enhetsId(), null, sida, storlek), null);
        }
        List<Remissmottagare> egna = remissatkomst.synligaMottagare(remiss, remiss.mottagare);
        Set<String> egnaNamn = new HashSet<>();
        egna.forEach(m -> {
            egnaNamn.add(m.organisation.namn);
            egnaNamn.add(m.organisation.namn + " " + m.dnr());
        });
        return maskning.historik(GranskningSok.historik(remiss.id, atkomst.enhetsId(),
                egna.stream().map(m -> m.id).toList(), sida, storlek), egnaNamn);
    }
}
