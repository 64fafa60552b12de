package se.remiss.start;

import java.util.List;
import se.remiss.plattform.Sida;
import se.remiss.remiss.Remissmottagare;
import se.remiss.remiss.Remissrad;
import se.remiss.sammantrade.Protokoll;
import se.remiss.utlatande.Utlatande;

/**
 * What the start page shows the logged-in person, one part per role; a part is null when the person
 * does not have that role (or, for the sender's part, the unit has sent nothing).
 *
 * @param nyaInkomna a recipient's registrator: received remisser not yet acknowledged
 * @param forsenadeRemisser a sender's registrator: sent remisser with overdue answers
 * @param skickade how many remisser the unit has sent
 * @param minaArenden a handläggare's open cases, nearest deadline first
 * @param minaForsenade how many of them are overdue
 * @param attGodkanna drafts waiting for this signatory
 * @param attJustera protokoll waiting for this ordförande's or justerare's signature
 * @param tillNamnden a nämndsekreterare: cases whose minutes the nämnd still owes, nearest first
 * @param enhet the person's access unit (the sender in the link to its overdue remisser)
 */
public record Startsida(long enhet, Sida<Remissmottagare> nyaInkomna, Sida<Remissrad> forsenadeRemisser, long skickade,
        Sida<Remissmottagare> minaArenden, long minaForsenade, List<Utlatande> attGodkanna,
        List<Protokoll> attJustera, Sida<Remissmottagare> tillNamnden) {

    /** Nothing role-specific to show (a reader, an administrator): the page points to the lists. */
    public boolean tom() {
        return nyaInkomna == null && forsenadeRemisser == null && minaArenden == null && attGodkanna.isEmpty()
                && attJustera.isEmpty() && tillNamnden == null;
    }
}
