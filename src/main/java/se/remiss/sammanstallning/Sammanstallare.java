package se.remiss.sammanstallning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.remiss.plattform.Klocka;
import se.remiss.program.Atagande;
import se.remiss.program.Avsnitt;
import se.remiss.program.Krav;
import se.remiss.program.Program;
import se.remiss.program.Programstruktur;
import se.remiss.remiss.Listexport;
import se.remiss.remiss.MottagarStatus;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.Remissmottagare;
import se.remiss.utlatande.Citat;
import se.remiss.utlatande.Citathanvisning;
import se.remiss.utlatande.Stallningstagande;
import se.remiss.utlatande.Utlatande;
import se.remiss.utlatande.UtlatandeStatus;

/**
 * Builds the {@link Sammanstallning} of a remiss from its recipients, the statements they sent
 * (only sent ones: a draft is the recipient's own until it is signed and sent) and the latest
 * version of its programme. Reads only; the caller has checked that the user is the sender.
 */
@ApplicationScoped
public class Sammanstallare {

    @Inject
    Klocka klocka;

    /** One recipient and its sent statement (null when none came). */
    private record Svar(Remissmottagare mottagare, Utlatande utlatande, List<Citatutdrag.Utdrag> utdrag) {
    }

    public Sammanstallning bygg(Remiss remiss) {
        List<Remissmottagare> matris = Remissmottagare.matris(remiss).stream()
                .filter(m -> m.status != MottagarStatus.EJ_SKICKAD).toList();
        Map<Long, Utlatande> skickade = new HashMap<>();
        for (Utlatande u : Utlatande.<Utlatande>list("mottagare.remiss = ?1 and status = ?2 order by inskickad",
                remiss, UtlatandeStatus.INSKICKAD)) {
            skickade.put(u.mottagare.id, u); // the latest sent wins
        }
        List<Svar> svar = matris.stream().map(m -> {
            Utlatande u = skickade.get(m.id);
            return new Svar(m, u, u == null ? List.of() : utdrag(u));
        }).toList();

        List<Program> versioner = Program.forRemiss(remiss);
        Program program = versioner.isEmpty() ? null : versioner.get(versioner.size() - 1);
        Programstruktur struktur = program == null ? null : program.struktur();
        return new Sammanstallning(remiss.id, remiss.titel, remiss.dnr(), remiss.avsandare.namn, klocka.idag(),
                program == null ? null : program.version, svar.stream().map(Sammanstallare::mottagarsvar).toList(),
                struktur == null ? List.of() : avsnitt(struktur, svar),
                program == null ? List.of() : ataganden(program, svar));
    }

    private static List<Citatutdrag.Utdrag> utdrag(Utlatande u) {
        Map<String, String> lydelser = new HashMap<>();
        for (Citat c : u.citat) {
            if (c.lydelse != null) {
                lydelser.put(c.kod, c.lydelse);
            }
        }
        List<Citatutdrag.Utdrag> alla = new ArrayList<>();
        u.texter.values().forEach(text -> alla.addAll(Citatutdrag.i(text,
                h -> lydelser.getOrDefault(h.kod(), "avsnitt " + h.avsnitt()
                        + (h.atagande() == null ? "" : ", åtagande " + h.atagande())))));
        return alla;
    }

    private static Sammanstallning.Mottagarsvar mottagarsvar(Svar s) {
        Remissmottagare m = s.mottagare();
        Stallningstagande stallning = stallningstagande(s);
        LocalDate utlatandeInkom = m.utlatandeInskickat;
        LocalDate protokollInkom = m.protokollInkommet;
        return new Sammanstallning.Mottagarsvar(m.id, m.organisation.namn, m.dnr(), m.status.etikett, stallning,
                stallning.etikett, m.sistaDagKontorsutlatande, utlatandeInkom, iTid(utlatandeInkom, m.sistaDagKontorsutlatande),
                m.sistaDagNamndprotokoll, protokollInkom, iTid(protokollInkom, m.sistaDagNamndprotokoll),
                Listexport.apiadress(m.remiss, m.utlatandeHandling), Listexport.apiadress(m.remiss, m.protokollHandling));
    }

    /** The sent statement's stance; "avstår" for a recipient that declined without one; else "inget yttrande". */
    static Stallningstagande stallningstagande(Svar s) {
        if (s.utlatande() != null && s.utlatande().stallningstagande != null) {
            return s.utlatande().stallningstagande;
        }
        return s.mottagare().status == MottagarStatus.AVSTAR ? Stallningstagande.AVSTAR : Stallningstagande.INGET_YTTRANDE;
    }

    private static Boolean iTid(LocalDate inkom, LocalDate frist) {
        return inkom == null || frist == null ? null : !inkom.isAfter(frist);
    }

    private static List<Sammanstallning.Avsnittsrad> avsnitt(Programstruktur struktur, List<Svar> svar) {
        List<Sammanstallning.Avsnittsrad> rader = new ArrayList<>();
        for (Avsnitt a : struktur.allaAvsnitt()) {
            List<Sammanstallning.Citering> citeringar = new ArrayList<>();
            for (Svar s : svar) {
                for (Citatutdrag.Utdrag u : s.utdrag()) {
                    Citathanvisning h = u.hanvisning();
                    if (h.avsnitt().equals(a.nyckel())) {
                        citeringar.add(new Sammanstallning.Citering(s.mottagare().organisation.namn, h.kod(),
                                citerat(a, h), u.mening()));
                    }
                }
            }
            if (!citeringar.isEmpty()) {
                rader.add(new Sammanstallning.Avsnittsrad(a.nyckel(), a.rubrik(), citeringar));
            }
        }
        return rader;
    }

    private static String citerat(Avsnitt a, Citathanvisning h) {
        String avsnitt = a.nyckel().matches("\\d+(\\.\\d+)*") ? a.nyckel() + " " + a.rubrik() : a.rubrik();
        List<Krav> krav = a.krav();
        if (h.atagande() == null || h.atagande() < 1 || h.atagande() > krav.size()) {
            return avsnitt;
        }
        return avsnitt + ", åtagande " + h.atagande() + ": " + krav.get(h.atagande() - 1).text();
    }

    private static List<Sammanstallning.Atagandesvar> ataganden(Program program, List<Svar> svar) {
        Map<Long, Integer> iAvsnittet = new HashMap<>();
        List<Sammanstallning.Atagandesvar> rader = new ArrayList<>();
        for (Atagande a : program.atagandenIOrdning()) {
            int nummer = iAvsnittet.merge(a.avsnitt.id, 1, Integer::sum);
            Map<String, Sammanstallning.Adressatsvar> perMottagare = new LinkedHashMap<>();
            for (Svar s : svar) {
                Remissmottagare m = s.mottagare();
                boolean riktat = a.riktatTill(List.of(m.organisation));
                List<String> meningar = s.utdrag().stream()
                        .filter(u -> a.avsnitt.nyckel.equals(u.hanvisning().avsnitt())
                                && Integer.valueOf(nummer).equals(u.hanvisning().atagande()))
                        .map(Citatutdrag.Utdrag::mening).distinct().toList();
                if (riktat || !meningar.isEmpty()) {
                    perMottagare.put(m.organisation.namn, new Sammanstallning.Adressatsvar(m.organisation.namn, riktat,
                            stallningstagande(s).etikett, meningar));
                }
            }
            if (!perMottagare.isEmpty()) {
                rader.add(new Sammanstallning.Atagandesvar(a.avsnitt.nyckel, a.avsnitt.rubrik, nummer, a.text,
                        a.riktadTill(), List.copyOf(perMottagare.values())));
            }
        }
        return rader;
    }
}
