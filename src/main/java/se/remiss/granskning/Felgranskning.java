package se.remiss.granskning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.remiss.plattform.AvvisadBegaran;

/** Records the refused requests that the error mappers publish, once per request. */
@ApplicationScoped
public class Felgranskning {

    @Inject
    Granskning granskning;

    @Inject
    Begaransgranskning begaransgranskning;

    void registrera(@Observes AvvisadBegaran avvisad) {
        if (begaransgranskning.loggad()) {
            return;
        }
        granskning.misslyckat(Handelse.av("ANROP_MISSLYCKADES", null, null).beskrivning(avvisad.beskrivning()));
        begaransgranskning.markera();
    }
}
