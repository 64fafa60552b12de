package se.remiss.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.remiss.diarium.DiariumService;
import se.remiss.diarium.DiariumService.Bilaga;
import se.remiss.diarium.Fil;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.organisation.Grupp;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Formular;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Valideringsfel;
import se.remiss.program.text.Textutdragare;
import se.remiss.remiss.Remiss;

/**
 * Imports a remitted document as a new version of the remiss's programme: extracts the text,
 * parses it, resolves the commitments' addressees against the organisation register and stores
 * the whole version in one transaction — or nothing, if the file cannot be read.
 */
@ApplicationScoped
public class ProgramImport {

    @Inject
    Granskning granskning;

    @Inject
    Klocka klocka;

    @Inject
    DiariumService diarium;

    @Inject
    RemissConfig config;

    /**
     * The import form's and the API's use case: a multipart upload (part {@code fil}) and an
     * optional previous version id as typed. The file is read and parsed before anything is
     * stored, so a file that is no programme is not kept.
     */
    public Program importeraUppladdning(long remissId, FileUpload fil, String foregaende) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        Long foregaendeId = Formular.id(foregaende, "foregaende", fel);
        fel.kastaOmFel();
        DiariumService.Uppladdning uppladdning = diarium.lasUppladdning(fil, "fil");
        return importera(remissId, uppladdning, tolka(uppladdning.filnamn(), uppladdning.innehall()), foregaendeId);
    }

    /** Text and structure of a file, worked out before any transaction is opened; {@code ocr}: read by OCR from a scan. */
    public record Tolkning(Programstruktur struktur, boolean ocr) {
    }

    /** Extracts and parses; slow work that needs no database. Throws {@link Valideringsfel} on bad files. */
    public Tolkning tolka(String filnamn, byte[] innehall) {
        Textutdragare.Utdrag utdrag = Textutdragare.utdrag(filnamn, innehall, config.programimport().ocr());
        Programstruktur struktur = new ProgramParser().tolka(utdrag.text());
        if (struktur.allaAvsnitt().isEmpty()) {
            throw Valideringsfel.av("fil", "Dokumentet innehåller ingen text att dela upp i avsnitt.");
        }
        return new Tolkning(struktur, utdrag.ocr());
    }

    /**
     * Stores an uploaded file and imports it, in one transaction: a version that is refused (an
     * unknown remiss, a wrong {@code foregaende}) leaves no file behind either.
     */
    @Transactional
    public Program importera(long remissId, DiariumService.Uppladdning fil, Tolkning tolkning, Long foregaendeId) {
        return importera(remissId, new Bilaga(fil.filnamn(), fil.mimetyp(), Fil.lagra(fil.innehall())), tolkning,
                foregaendeId);
    }

    @Transactional
    public Program importera(long remissId, Bilaga bilaga, Tolkning tolkning, Long foregaendeId) {
        Remiss remiss = Remiss.<Remiss>findByIdOptional(remissId)
                .orElseThrow(() -> new HittasInte("Remissen finns inte."));
        List<Program> versioner = Program.forRemiss(remiss);
        Program foregaende = null;
        if (foregaendeId != null) {
            foregaende = versioner.stream().filter(p -> p.id.equals(foregaendeId)).findFirst()
                    .orElseThrow(() -> Valideringsfel.av("foregaende",
                            "Föregående version " + foregaendeId + " hör inte till den här remissens program."));
        } else if (!versioner.isEmpty()) {
            foregaende = versioner.get(versioner.size() - 1);
        }
        Programstruktur struktur = tolkning.struktur();
        Program program = new Program();
        program.remiss = remiss;
        program.titel = titel(struktur, bilaga.filnamn());
        program.version = versioner.isEmpty() ? 1 : versioner.get(versioner.size() - 1).version + 1;
        program.foregaende = foregaende;
        program.filnamn = bilaga.filnamn();
        program.sha256 = bilaga.fil().sha256;
        program.importerad = klocka.nu();
        program.ocr = tolkning.ocr();
        program.mal.addAll(struktur.mal().stream().map(m -> klipp(m, 4000)).toList());
        program.persist();

        Adressatupplosning upplosning = new Adressatupplosning(new DatabasRegister());
        int[] ordning = {0, 0};
        for (Avsnitt avsnitt : struktur.avsnitt()) {
            spara(program, avsnitt, null, 0, ordning, upplosning);
        }
        granskning.logga(Handelse.av("PROGRAM_IMPORTERAT", "Program", program.id).remiss(remiss.id)
                .efter(Map.of("titel", program.titel, "version", program.version, "filnamn", program.filnamn,
                        "sha256", program.sha256, "avsnitt", ordning[0], "ataganden", ordning[1])));
        return program;
    }

    private void spara(Program program, Avsnitt avsnitt, Programavsnitt overordnat, int niva, int[] ordning,
            Adressatupplosning upplosning) {
        Programavsnitt a = new Programavsnitt();
        a.program = program;
        a.overordnat = overordnat;
        a.ordning = ordning[0]++;
        a.niva = niva;
        a.nyckel = klipp(avsnitt.nyckel(), 200);
        a.rubrik = klipp(avsnitt.rubrik(), 500);
        a.text = klipp(avsnitt.text(), 1_000_000);
        a.persist();
        program.avsnitt.add(a);
        for (Krav krav : avsnitt.krav()) {
            Atagande atagande = new Atagande();
            atagande.program = program;
            atagande.avsnitt = a;
            atagande.ordning = ordning[1]++;
            atagande.text = klipp(krav.text(), 4000);
            Adressatupplosning.Resultat r = upplosning.upplos(krav);
            r.riktadTill().forEach(id -> atagande.adressater.add(DatabasRegister.adressat(id)));
            r.okandaMottagare().forEach(namn -> {
                Atagande.Adressat okand = new Atagande.Adressat();
                okand.namn = klipp(namn, 300);
                atagande.adressater.add(okand);
            });
            atagande.persist();
        }
        for (Avsnitt under : avsnitt.underavsnitt()) {
            spara(program, under, a, niva + 1, ordning, upplosning);
        }
    }

    private static String titel(Programstruktur struktur, String filnamn) {
        String titel = struktur.titel() == null || struktur.titel().isBlank() ? filnamn : struktur.titel();
        return klipp(titel, 500);
    }

    private static String klipp(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * The organisation register as the resolution needs it. Answers "O:id" or "G:id" so that the
     * stored addressee points at the organisation or group, not at a name that may change.
     */
    static final class DatabasRegister implements Adressatupplosning.Register {

        private final Map<String, Optional<String>> cache = new HashMap<>();

        @Override
        public Optional<String> organisationMedNamn(String namn) {
            return cache.computeIfAbsent("O" + namn.toLowerCase(Locale.ROOT),
                    k -> Organisation.medNamn(namn).map(o -> "O:" + o.id));
        }

        @Override
        public Optional<String> gruppMedNamn(String namn) {
            return cache.computeIfAbsent("G" + namn.toLowerCase(Locale.ROOT),
                    k -> Grupp.<Grupp>find("lower(namn) = ?1", namn.toLowerCase(Locale.ROOT)).firstResultOptional()
                            .map(g -> "G:" + g.id));
        }

        static Atagande.Adressat adressat(String id) {
            Atagande.Adressat a = new Atagande.Adressat();
            long nummer = Long.parseLong(id.substring(2));
            if (id.startsWith("O:")) {
                a.organisation = Organisation.findById(nummer);
                a.namn = a.organisation.namn;
            } else {
                a.grupp = Grupp.findById(nummer);
                a.namn = a.grupp.namn;
            }
            return a;
        }
    }
}
