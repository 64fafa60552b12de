package se.remiss.utlatande;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.remiss.anvandare.Anvandare;
import se.remiss.diarium.Arende;
import se.remiss.organisation.Grupp;
import se.remiss.organisation.Organisation;
import se.remiss.program.Atagande;
import se.remiss.program.Program;
import se.remiss.program.Programstruktur;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.Remissmottagare;

/**
 * Gathers from the registry what a draft is pre-filled with: the deciding body and its office,
 * both dnr, the remiss and its sender, the deadlines, and the remiss's latest programme version.
 */
@ApplicationScoped
public class Underlag {

    /** One case as a draft sees it. {@code program} is the remiss's latest version, or null. */
    public record Fall(Arende arende, Remissmottagare mottagare, Organisation namnd, Program program,
            Programstruktur struktur) {

        public boolean arRemiss() {
            return mottagare != null;
        }

        public Citatupplosare upplosare() {
            return program == null ? Citatupplosare.utanProgram() : new Citatupplosare(struktur, program.version);
        }

        /** The commitments of the programme addressed to the deciding body or its office. */
        public List<Atagande> riktadeTillOss() {
            if (program == null) {
                return List.of();
            }
            List<Organisation> vi = namnd.enhetensOrganisationer();
            return program.atagandenIOrdning().stream().filter(a -> a.riktatTill(vi)).toList();
        }
    }

    public Fall forMottagare(Remissmottagare m) {
        List<Program> versioner = Program.forRemiss(m.remiss);
        Program senaste = versioner.isEmpty() ? null : versioner.get(versioner.size() - 1);
        return new Fall(m.arende, m, m.organisation, senaste, senaste == null ? null : senaste.struktur());
    }

    /** A case outside a remiss (a skrivelse): decided by the committee the registering office serves. */
    public Fall forArende(Arende arende) {
        Organisation kansli = arende.organisation;
        Organisation namnd = Organisation.<Organisation>list("forvaltning = ?1 order by namn", kansli).stream()
                .findFirst().orElse(kansli);
        return new Fall(arende, null, namnd, null, null);
    }

    public Fall forUtlatande(Utlatande u) {
        return u.mottagare != null ? forMottagare(u.mottagare) : forArende(u.arende);
    }

    /** The template's data for {@code fall} with {@code innehall}. */
    public Dokumentdata data(Fall fall, Innehall innehall) {
        Organisation kansli = fall.namnd().kansli();
        Arende arende = fall.arende();
        Remissmottagare m = fall.mottagare();
        Dokumentdata.Utlatandedel utlatande = new Dokumentdata.Utlatandedel(
                innehall.datum() == null ? "" : innehall.datum().toString(), Sprak.datum(innehall.datum()),
                innehall.stallningstagande(),
                innehall.stallningstagande() == null ? "" : innehall.stallningstagande().etikett,
                innehall.amne() == null ? "" : innehall.amne(), innehall.status(), innehall.version());
        String motpart = arende.motpart == null ? "" : arende.motpart;
        Dokumentdata.Arendedel arendedel = new Dokumentdata.Arendedel(arende.typ.name(), arende.rubrik, motpart,
                Sprak.iLopandeText(motpart), Sprak.datum(arende.registrerat));
        return new Dokumentdata(utlatande, fall.namnd().namn, kansli.namn, Sprak.iLopandeText(kansli.namn),
                Sprak.synpunktsrubrik(kansli.namn), person(innehall.handlaggare()), text(arende.dnr),
                text(arende.motpartensDnr), arendedel, remissdel(m), programdel(fall),
                innehall.underskrifter().stream().map(Underlag::person).toList());
    }

    private static Dokumentdata.Remissdel remissdel(Remissmottagare m) {
        if (m == null) {
            return new Dokumentdata.Remissdel("", "", "", "", "", "", "", List.of());
        }
        Remiss r = m.remiss;
        return new Dokumentdata.Remissdel(r.titel, r.avsandare.namn, Sprak.iLopandeText(r.avsandare.namn),
                mottagarkrets(m), m.sistaDagKontorsutlatande.toString(), m.sistaDagNamndprotokoll.toString(),
                Sprak.fristmening(m.sistaDagKontorsutlatande, m.sistaDagNamndprotokoll),
                // The statement is written to become public: a marked document is named as marked only.
                r.dokument().stream().map(h -> h.arSekretess() ? h.maskeradTitel() : h.titel).toList());
    }

    /**
     * Whom the remiss went to, as seed 000 says it ("till samtliga stadsdelsnämnder"): the largest
     * group this recipient belongs to whose members all received the remiss, else the recipient.
     */
    static String mottagarkrets(Remissmottagare m) {
        Set<Long> mottagare = new HashSet<>();
        Remissmottagare.matris(m.remiss).forEach(x -> mottagare.add(x.organisation.id));
        return Grupp.<Grupp>listAll().stream()
                .filter(g -> g.medlemmar.contains(m.organisation))
                .filter(g -> g.medlemmar.stream().filter(o -> o.aktiv).allMatch(o -> mottagare.contains(o.id)))
                .max(Comparator.comparingInt((Grupp g) -> g.medlemmar.size()).thenComparing(g -> g.namn))
                .map(g -> g.namn.toLowerCase(Locale.forLanguageTag("sv-SE")).startsWith("alla ")
                        ? "samtliga " + Sprak.gemenInledning(g.namn.substring(5))
                        : Sprak.gemenInledning(g.namn))
                .orElse(m.organisation.namn);
    }

    private static Dokumentdata.Programdel programdel(Fall fall) {
        Program p = fall.program();
        if (p == null) {
            return new Dokumentdata.Programdel(false, "", 0, List.of(), Sprak.talord(0, true), List.of(),
                    Sprak.talord(0, false));
        }
        Set<Atagande> vara = new HashSet<>(fall.riktadeTillOss());
        Map<Long, List<Atagande>> perAvsnitt = new LinkedHashMap<>();
        List<Atagande> alla = p.atagandenIOrdning();
        alla.forEach(a -> perAvsnitt.computeIfAbsent(a.avsnitt.id, k -> new ArrayList<>()).add(a));
        List<Dokumentdata.Del> delar = new ArrayList<>();
        for (List<Atagande> lista : perAvsnitt.values()) {
            var avsnitt = lista.get(0).avsnitt;
            List<Dokumentdata.Atagandedel> atagande = new ArrayList<>();
            for (int i = 0; i < lista.size(); i++) {
                atagande.add(new Dokumentdata.Atagandedel(lista.get(i).text, vara.contains(lista.get(i)),
                        new Citathanvisning(avsnitt.nyckel, i + 1).kod()));
            }
            delar.add(new Dokumentdata.Del(avsnitt.nyckel, avsnitt.rubrik, avsnitt.benamning(), atagande));
        }
        return new Dokumentdata.Programdel(true, p.titel, p.version, List.copyOf(p.mal), Sprak.talord(p.mal.size(), true),
                delar, Sprak.talord(delar.size(), false));
    }

    private static Dokumentdata.Person person(Anvandare a) {
        return a == null ? new Dokumentdata.Person("", "")
                : new Dokumentdata.Person(a.namn, text(a.titel), text(a.telefon), text(a.epost));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
