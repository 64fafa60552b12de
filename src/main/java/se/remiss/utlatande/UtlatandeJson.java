package se.remiss.utlatande;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.remiss.anvandare.Anvandare;
import se.remiss.plattform.Faltfel;

/** JSON shapes of the drafting API. Names are a contract: add, never rename. */
public final class UtlatandeJson {

    private UtlatandeJson() {
    }

    /** Body of POST /api/utlatanden: {@code mottagare} (a remiss recipient) or {@code arende} (e.g. a skrivelse). */
    public record Ny(Long mottagare, Long arende, String mall, Stallningstagande stallningstagande, LocalDate datum,
            List<Long> underskrifter) {
    }

    /** Body of PATCH /api/utlatanden/{uid}: fields left out stay as they are; {@code version} is required. */
    public record Andring(Integer version, Stallningstagande stallningstagande, LocalDate datum, String amne,
            List<Long> underskrifter, Map<String, String> texter) {
    }

    public record Text(Integer version, String text) {
    }

    public record Stallning(Integer version, Stallningstagande stallningstagande) {
    }

    public record Version(Integer version) {
    }

    public record Person(Long id, String namn, String titel) {
        static Person av(Anvandare a) {
            return a == null ? null : new Person(a.id, a.namn, a.titel);
        }
    }

    public record Avsnitt(String nyckel, String rubrik, Mallavsnitt.Skrivs skrivs, String text, boolean ifyllt) {
    }

    public record Citat(String kod, Citatlage.Status status, String lydelse, String tidigare, String meddelande) {
    }

    public record Brist(String falt, String meddelande) {
        static Brist av(Faltfel f) {
            return new Brist(f.falt(), f.meddelande());
        }
    }

    public record Program(Long id, int version, String titel) {
    }

    public record Utlatande(String uid, String mall, Long mottagare, Long arende, String dnr, String avsandarensDnr,
            String organisation, String status, int version, LocalDate datum, String amne,
            Stallningstagande stallningstagande, String stallningstagandeText, Person handlaggare,
            List<Person> underskrifter, List<Avsnitt> avsnitt, List<Citat> citat, Program program, boolean klar,
            List<Brist> brister, String mallfel, String forhandsvisning, String pdf, Instant andrad,
            String statusText, String returorsak, String returneradAv, List<Godkant> godkannanden,
            Person nastaUndertecknare, Instant inskickad) {

        static Utlatande av(Vy vy) {
            se.remiss.utlatande.Utlatande u = vy.utlatande();
            var p = vy.fall().program();
            return new Utlatande(u.uid, u.mall, u.mottagare == null ? null : u.mottagare.id, u.arende.id, u.arende.dnr,
                    u.arende.motpartensDnr, u.organisation.namn, u.status.name(), u.versionsnummer, u.datum, u.amne,
                    u.stallningstagande, u.stallningstagande == null ? null : u.stallningstagande.etikett,
                    Person.av(u.handlaggare), u.underskrifter().stream().map(Person::av).toList(),
                    vy.avsnitt().stream().map(a -> new Avsnitt(a.nyckel(), a.rubrik(), a.skrivs(),
                            a.skrivbart() ? u.text(a.nyckel()) : null,
                            !a.skrivbart() || !Textformat.tom(u.text(a.nyckel())))).toList(),
                    vy.citat().stream().map(c -> new Citat(c.kod(), c.status(), c.lydelse(), c.tidigare(), c.meddelande()))
                            .toList(),
                    p == null ? null : new Program(p.id, p.version, p.titel), vy.klar(),
                    vy.brister().stream().map(Brist::av).toList(), vy.mallfel(),
                    "/api/utlatanden/" + u.uid + "/forhandsvisning", "/api/utlatanden/" + u.uid + "/pdf", u.andrad,
                    u.status.etikett, u.returorsak, u.returneradAv,
                    Godkannande.giltiga(u).stream().map(Godkant::av).toList(),
                    u.nastaUndertecknare().map(Person::av).orElse(null), u.inskickad);
        }
    }

    /** One approval that counts: who, in which order, which version and content hash, when. */
    public record Godkant(int ordning, Person undertecknare, int version, String innehallSha256, String pdfSha256,
            Instant tidpunkt) {
        static Godkant av(Godkannande g) {
            return new Godkant(g.ordning, Person.av(g.undertecknare), g.versionsnummer, g.innehallSha256, g.pdfSha256,
                    g.tidpunkt);
        }
    }

    public record Retur(Integer version, String orsak) {
    }

    /** A draft in the signatory's "Att godkänna" list. */
    public record AttGodkanna(String uid, String dnr, String organisation, String amne, int version,
            Person handlaggare, String pdf) {
        static AttGodkanna av(se.remiss.utlatande.Utlatande u) {
            return new AttGodkanna(u.uid, u.arende.dnr, u.organisation.namn, u.amne, u.versionsnummer,
                    u.handlaggare == null ? null : Person.av(u.handlaggare), "/api/utlatanden/" + u.uid + "/pdf");
        }
    }

    public record Versionspost(int version, Instant sparad, String sparadAv, Stallningstagande stallningstagande,
            LocalDate datum, String amne, String underskrifter, Map<String, String> texter) {
        static Versionspost av(Utlatandeversion v) {
            return new Versionspost(v.nummer, v.sparad, v.sparadAv, v.stallningstagande, v.datum, v.amne,
                    v.underskrifter, Map.copyOf(v.texter));
        }
    }

    public record Skillnad(String falt, String etikett, List<Textskillnad.Bit> bitar) {
    }

    public record Jamforelse(int fran, int till, List<Skillnad> skillnader) {
    }

    public record Mall(String namn, String fil, String rubrik, List<String> arendetyper, boolean fungerar,
            Mallkatalog.Mallfel fel, Mallkatalog.Mallfel senasteFel, Instant andrad) {
        static Mall av(Mallkatalog.Mall m, Mallkatalog.Mallfel senaste) {
            return new Mall(m.namn(), m.fil(), m.rubrik(), m.arendetyper().stream().sorted().toList(), m.fungerar(),
                    m.fel(), senaste, m.andrad());
        }
    }
}
