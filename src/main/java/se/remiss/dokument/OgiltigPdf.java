package se.remiss.dokument;

import java.util.List;
import se.remiss.plattform.Faltfel;
import se.remiss.plattform.Valideringsfel;

/** An uploaded file that is not a readable PDF: 400 naming the field {@code fil}. */
public class OgiltigPdf extends Valideringsfel {
    public OgiltigPdf(String meddelande) {
        super(List.of(new Faltfel("fil", meddelande)));
    }
}
