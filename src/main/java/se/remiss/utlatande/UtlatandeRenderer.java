package se.remiss.utlatande;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.RemissConfig;

/**
 * Renders a tjänsteutlåtande through its document template: the one HTML that the preview shows
 * and the PDF is made from. A broken template becomes a {@link Konflikt} naming it (and, for the
 * administrator, a recorded error with its line), never a server error.
 */
@ApplicationScoped
public class UtlatandeRenderer {

    private static final Logger LOG = Logger.getLogger(UtlatandeRenderer.class);

    /** The HTML and the sections the template declared, in document order. */
    public record Renderat(String html, List<Mallavsnitt> avsnitt) {
    }

    @Inject
    RemissConfig config;

    private Mallkatalog mallar;

    @PostConstruct
    void oppnaMallkatalogen() {
        mallar = new Mallkatalog(Path.of(config.mallar().katalog()),
                t -> Dokumentdata.provfall().forEach(d -> rendera(t, d, Map.of(), true)));
    }

    public Mallkatalog mallar() {
        return mallar;
    }

    /**
     * Renders {@code mall} for {@code data}; {@code texter} are the handläggare's sections as safe
     * HTML ({@link Textformat}). {@code platshallare}: mark required sections still empty.
     */
    public Renderat rendera(String mall, Dokumentdata data, Map<String, String> texter, boolean platshallare) {
        Mallkatalog.Mall m = mallar.mall(mall).orElseThrow(() -> new Konflikt(
                "Mallen \"" + mall + "\" finns inte längre i mallkatalogen. Be administratören lägga tillbaka den."));
        if (!m.fungerar()) {
            throw new Konflikt("Mallen \"" + m.rubrik() + "\" innehåller ett fel och kan inte användas just nu ("
                    + m.fel().text() + "). Administratören ser felet under Mallar.");
        }
        try {
            return rendera(m.template(), data, texter, platshallare);
        } catch (RuntimeException e) {
            Mallkatalog.Mallfel fel = Mallkatalog.fel(e, m.fil());
            LOG.warnf("Mallen %s gick inte att använda: %s", m.fil(), fel.text());
            mallar.rapportera(m.namn(), fel);
            throw new Konflikt("Mallen \"" + m.rubrik() + "\" gick inte att använda för det här ärendet (" + fel.text()
                    + "). Administratören ser felet under Mallar.");
        }
    }

    private static Renderat rendera(Template template, Dokumentdata data, Map<String, String> texter,
            boolean platshallare) {
        List<Mallavsnitt> avsnitt = new ArrayList<>();
        TemplateInstance instans = template.instance()
                .data("utlatande", data.utlatande())
                .data("namnd", data.namnd())
                .data("forvaltning", data.forvaltning())
                .data("forvaltningIText", data.forvaltningIText())
                .data("synpunktsrubrik", data.synpunktsrubrik())
                .data("handlaggare", data.handlaggare())
                .data("dnr", data.dnr())
                .data("avsandarensDnr", data.avsandarensDnr())
                .data("arende", data.arende())
                .data("remiss", data.remiss())
                .data("program", data.program())
                .data("underskrifter", data.underskrifter())
                .setAttribute(AvsnittHelper.TEXTER, texter)
                .setAttribute(AvsnittHelper.INSAMLING, avsnitt)
                .setAttribute(AvsnittHelper.PLATSHALLARE, platshallare);
        String html = instans.render();
        return new Renderat(html, List.copyOf(avsnitt));
    }
}
