package se.remiss.remiss;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.remiss.organisation.OrganisationService;

/**
 * Keeps {@link Synlighet} right when an organisation changes unit: the organisation package sits
 * below this one and only announces the move; the rows are rewritten here, in its transaction
 * (a synchronous observer).
 */
@ApplicationScoped
public class Synlighetsvakt {

    void bytteEnhet(@Observes OrganisationService.BytteEnhet byte_) {
        Synlighet.uppdateraForOrganisation(byte_.organisationId());
    }
}
