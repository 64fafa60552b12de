package se.remiss.utlatande;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import se.remiss.diarium.Arende;
import se.remiss.remiss.Remissmottagare;

/** Lets the recipient's and the ärende's pages list their drafts without those packages knowing this one. */
@TemplateExtension
public class Utlatandelankar {

    static List<Utlatande> utlatanden(Remissmottagare m) {
        return m.arende == null ? List.of() : Utlatande.forArende(m.arende);
    }

    static List<Utlatande> utlatanden(Arende a) {
        return Utlatande.forArende(a);
    }
}
