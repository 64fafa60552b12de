package se.remiss.sammantrade;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.remiss.anvandare.Anvandare;
import se.remiss.dokument.Dokumentinfo;
import se.remiss.dokument.Dokumentpipeline;
import se.remiss.utlatande.UtlatandeRenderer;

/**
 * The committee's documents – föredragningslista, protokoll and protokollsutdrag – as XHTML in the
 * municipality's protocol layout ({@code templates/protokoll.css}, beside the tjänsteutlåtanden's
 * print style), through the one document pipeline to PDF/A. The signatories are printed name over
 * title, so each PAdES signature block lands above its name.
 */
@ApplicationScoped
public class Protokolldokument {

    @Inject
    Dokumentpipeline pipeline;

    @Inject
    UtlatandeRenderer renderer;

    @Inject
    se.remiss.kalender.SvenskKalender kalender;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance protokoll(Huvud huvud, Protokollinnehall protokoll);

        static native TemplateInstance utdrag(Huvud huvud, Stycke paragraf, Justeringsrad justering, Person intygar);

        static native TemplateInstance foredragningslista(Huvud huvud, int version, List<Punkt> punkter);
    }

    /** The head every document of a meeting carries. */
    public record Huvud(String namnd, LocalDate datum, String tid, String plats, String dokumenttyp) {
    }

    public record Person(String namn, String titel) {
    }

    /** One § as printed: number, heading, dnr, decision paragraphs, reservations, special statements. */
    public record Stycke(String beteckning, String rubrik, String dnr, List<String> beslut, List<String> reservationer,
            List<String> sarskildaUttalanden) {
    }

    public record Justeringsrad(LocalDate justerat, List<Person> justerare, LocalDate anslag, LocalDate overklagandeTill) {
    }

    public record Protokollinnehall(List<Person> narvarande, List<String> ovriga, Person sekreterare, String paragrafer,
            List<Stycke> stycken, List<Person> underskrifter) {
    }

    public record Punkt(int ordning, String rubrik, String dnr, List<String> forslag, String bilaga) {
    }

    byte[] foredragningslista(Sammantrade s, Foredragningslista lista, List<Dagordningspunkt> punkter) {
        List<Punkt> rader = new ArrayList<>();
        for (Dagordningspunkt p : punkter) {
            rader.add(new Punkt(p.ordning, p.rubrik, p.arende == null ? null : p.arende.dnr, stycken(p.beslutsforslag),
                    p.utlatande == null ? null : "Tjänsteutlåtande " + (p.arende == null ? "" : "dnr " + p.arende.dnr)
                            + (p.utlatande.datum == null ? "" : ", daterat " + p.utlatande.datum) + " (bifogat i PDF-filen)"));
        }
        String html = Templates.foredragningslista(huvud(s, "FÖREDRAGNINGSLISTA"), lista.versionsnummer, rader).render();
        byte[] pdf = pdf(html, new Dokumentinfo("Föredragningslista – " + s.namnd.namn + " " + s.datum, null,
                "Sammanträde " + s.datum, s.namnd.namn, null), false);
        List<Dokumentpipeline.Bilaga> bilagor = new ArrayList<>();
        for (Dagordningspunkt p : punkter) {
            if (p.utlatande != null && p.utlatande.slutligHandling != null) {
                se.remiss.diarium.Handling h = p.utlatande.slutligHandling;
                bilagor.add(new Dokumentpipeline.Bilaga(p.ordning + "-" + h.filnamn, "Bilaga till punkt " + p.ordning
                        + ": " + h.titel, se.remiss.diarium.Fil.<se.remiss.diarium.Fil>findById(h.sha256).innehall));
            }
        }
        return pipeline.medBilagor(pdf, bilagor);
    }

    byte[] protokoll(Protokoll p) {
        return protokoll(p, false);
    }

    /** The protokoll as it stands, stamped "Utkast – ej godkänt": before it is sent for justering. */
    byte[] protokollutkast(Protokoll p) {
        return protokoll(p, true);
    }

    private byte[] protokoll(Protokoll p, boolean utkast) {
        Sammantrade s = p.sammantrade;
        List<Paragraf> paragrafer = p.paragrafer();
        List<Person> narvarande = new ArrayList<>();
        for (Namndledamot l : Namndledamot.iNamnd(s.namnd)) {
            if (p.narvarande.stream().anyMatch(a -> a.id.equals(l.anvandare.id))) {
                narvarande.add(new Person(l.anvandare.namn + (l.parti == null ? "" : " (" + l.parti + ")"),
                        p.ordforande != null && p.ordforande.id.equals(l.anvandare.id) ? "ordförande" : l.uppdrag.etikett.toLowerCase()));
            }
        }
        List<Stycke> stycken = paragrafer.stream().map(Protokolldokument::stycke).toList();
        List<Person> underskrifter = new ArrayList<>();
        if (p.ordforande != null) {
            underskrifter.add(new Person(p.ordforande.namn, "Ordförande"));
        }
        if (p.justerare != null) {
            underskrifter.add(new Person(p.justerare.namn, "Justerare"));
        }
        String html = Templates.protokoll(huvud(s, "PROTOKOLL"), new Protokollinnehall(narvarande, stycken(p.ovrigaNarvarande),
                p.sekreterare == null ? null : new Person(p.sekreterare.namn, Protokollservice.sekreterartitel(p.sekreterare)),
                spann(paragrafer), stycken, underskrifter)).render();
        return pdf(html, new Dokumentinfo("Protokoll – " + s.namnd.namn + " " + s.datum,
                p.sekreterare == null ? null : p.sekreterare.namn, "Sammanträde " + s.datum + ", " + spann(paragrafer),
                s.namnd.namn, null), utkast);
    }

    byte[] utdrag(Protokoll p, Paragraf g, Anvandare intygar) {
        Sammantrade s = p.sammantrade;
        List<Person> justerare = p.justeringsordning().stream().map(a -> new Person(a.namn, null)).toList();
        String html = Templates.utdrag(huvud(s, "PROTOKOLLSUTDRAG"), stycke(g),
                new Justeringsrad(p.justerat, justerare, p.anslag,
                        p.anslag == null ? null : new Sammantradesplanering(kalender).overklagandetidSlut(p.anslag)),
                new Person(intygar.namn, Protokollservice.sekreterartitel(intygar))).render();
        return pdf(html, new Dokumentinfo("Protokollsutdrag " + g.beteckning() + " – " + s.namnd.namn + " " + s.datum,
                intygar.namn, g.rubrik, s.namnd.namn, g.arende == null ? null : g.arende.dnr), false);
    }

    private byte[] pdf(String html, Dokumentinfo info, boolean utkast) {
        return pipeline.pdfA(html, renderer.mallar().katalog(), info, utkast);
    }

    static Huvud huvud(Sammantrade s, String dokumenttyp) {
        LocalTime t = s.starttid;
        return new Huvud(s.namnd.namn, s.datum, t == null ? null : String.format("%02d.%02d", t.getHour(), t.getMinute()),
                s.plats, dokumenttyp);
    }

    static Stycke stycke(Paragraf g) {
        return new Stycke(g.beteckning(), g.rubrik, g.arende == null ? null : g.arende.dnr, stycken(g.beslutstext),
                stycken(g.reservationer), stycken(g.sarskildaUttalanden));
    }

    /** "§ 12" or "§§ 12–14". */
    static String spann(List<Paragraf> paragrafer) {
        if (paragrafer.isEmpty()) {
            return "";
        }
        int forsta = paragrafer.get(0).nummer;
        int sista = paragrafer.get(paragrafer.size() - 1).nummer;
        return forsta == sista ? "§ " + forsta : "§§ " + forsta + "–" + sista;
    }

    /** A text as its paragraphs (blank lines and line breaks both separate). */
    static List<String> stycken(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }
}
