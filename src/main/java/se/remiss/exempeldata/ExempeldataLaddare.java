package se.remiss.exempeldata;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import se.remiss.anvandare.Anvandare;
import se.remiss.anvandare.Losenord;
import se.remiss.diarium.Arende;
import se.remiss.diarium.DiariumService;
import se.remiss.diarium.HandlingTyp;
import se.remiss.organisation.Diarieserie;
import se.remiss.organisation.Grupp;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.RemissConfig;
import se.remiss.plattform.Roll;
import se.remiss.program.Program;
import se.remiss.program.ProgramImport;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.RemissRegistrering;
import se.remiss.remiss.RemissService;
import se.remiss.remiss.Remissmottagare;
import se.remiss.sammantrade.Namndledamot;
import se.remiss.sammantrade.Sammantrade;
import se.remiss.sammantrade.SammantradeService;

/**
 * Loads sample-remisser/ at start. Idempotent item by item: an organisation, group or user that
 * exists (by key) is left alone, a remiss or ärende already registered (same title, same body) is
 * skipped, so a second start adds nothing and a folder added later is loaded on the next start. A start
 * whose folder has the fingerprint ({@link Exempelavtryck}) of the last load does not read it at all.
 */
@ApplicationScoped
public class ExempeldataLaddare {

    private static final Logger LOG = Logger.getLogger(ExempeldataLaddare.class);

    @Inject
    RemissConfig config;

    @Inject
    RemissService remisser;

    @Inject
    DiariumService diarium;

    @Inject
    ProgramImport programImport;

    @Inject
    SammantradeService sammantraden;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The password of every demo user (README). */
    public static final String DEMOLOSENORD = "remiss-demo";

    /** What one load added. */
    public record Resultat(int organisationer, int grupper, int anvandare, int remisser, int arenden) {
    }

    void vidStart(@Observes StartupEvent start) {
        if (!config.exempeldata().aktiv()) {
            return;
        }
        Path katalog = Path.of(config.exempeldata().katalog());
        if (!Files.isDirectory(katalog)) {
            LOG.warnf("Exempeldata saknas: %s finns inte (remiss.exempeldata.katalog).", katalog.toAbsolutePath());
            return;
        }
        laddaOmAndrad(katalog).ifPresentOrElse(r -> LOG.infof(
                "Exempeldata från %s: %d organisationer, %d grupper, %d användare, %d remisser, %d ärenden tillagda.",
                katalog, r.organisationer(), r.grupper(), r.anvandare(), r.remisser(), r.arenden()),
                () -> LOG.infof("Exempeldata från %s: oförändrad sedan senaste laddningen, inte läst igen.", katalog));
    }

    /** Loads {@code katalog} unless this database last loaded a folder with the same fingerprint. */
    Optional<Resultat> laddaOmAndrad(Path katalog) {
        String avtryck = Exempelavtryck.av(katalog);
        if (QuarkusTransaction.requiringNew().call(Exempeldataladdning::senasteAvtryck).filter(avtryck::equals)
                .isPresent()) {
            return Optional.empty();
        }
        Resultat r = ladda(katalog);
        QuarkusTransaction.requiringNew().run(() -> Exempeldataladdning.spara(avtryck, Instant.now()));
        return Optional.of(r);
    }

    /** Loads everything in {@code katalog} that is not already in the database. */
    public Resultat ladda(Path katalog) {
        Exempelfiler.Organisationer org = las(katalog.resolve("organisationer.yaml"), Exempelfiler.Organisationer.class);
        // The register is committed before any registration, so diarium counters can be created.
        int[] register = QuarkusTransaction.requiringNew().call(() -> laddaRegister(org));
        int antalRemisser = 0;
        for (Path fil : filer(katalog.resolve("remisser"), "remiss.yaml")) {
            Exempelfiler.Remissfil remiss = las(fil, Exempelfiler.Remissfil.class);
            if (QuarkusTransaction.requiringNew().call(() -> laddaRemiss(remiss, fil.getParent()))) {
                antalRemisser++;
            }
        }
        for (Path fil : yamlfiler(katalog.resolve("sammantraden"))) {
            Exempelfiler.Sammantradesfil kalender = las(fil, Exempelfiler.Sammantradesfil.class);
            QuarkusTransaction.requiringNew().run(() -> laddaSammantraden(kalender, fil.getParent()));
        }
        int antalArenden = 0;
        for (Path fil : filer(katalog.resolve("arenden"), "arende.yaml")) {
            Exempelfiler.Arendefil arende = las(fil, Exempelfiler.Arendefil.class);
            if (QuarkusTransaction.requiringNew().call(() -> laddaArende(arende, fil.getParent()))) {
                antalArenden++;
            }
        }
        return new Resultat(register[0], register[1], register[2], antalRemisser, antalArenden);
    }

    private int[] laddaRegister(Exempelfiler.Organisationer fil) {
        int organisationer = 0;
        for (Exempelfiler.Org o : lista(fil.organisationer())) {
            if (Organisation.medKortnamn(o.kortnamn()).isPresent()) {
                continue;
            }
            Organisation ny = new Organisation();
            ny.kortnamn = o.kortnamn();
            ny.namn = o.namn();
            ny.typ = o.typ();
            ny.persist();
            if (o.diarium() != null) {
                Diarieserie serie = new Diarieserie();
                serie.organisation = ny;
                serie.format = o.diarium().format();
                serie.kod = o.diarium().kod();
                serie.tolkatFormat(); // fail early on a bad pattern in the file
                serie.persist();
            }
            organisationer++;
        }
        // Second pass: a committee may name an office listed after it.
        for (Exempelfiler.Org o : lista(fil.organisationer())) {
            if (o.forvaltning() != null) {
                Organisation namnd = organisation(o.kortnamn());
                if (namnd.forvaltning == null) {
                    namnd.forvaltning = organisation(o.forvaltning());
                }
            }
        }
        int grupper = 0;
        for (Exempelfiler.Gruppfil g : lista(fil.grupper())) {
            if (Grupp.medKortnamn(g.kortnamn()).isPresent()) {
                continue;
            }
            Grupp ny = new Grupp();
            ny.kortnamn = g.kortnamn();
            ny.namn = g.namn();
            ny.beskrivning = g.beskrivning();
            lista(g.medlemmar()).forEach(m -> ny.medlemmar.add(organisation(m)));
            ny.persist();
            grupper++;
        }
        int anvandare = 0;
        String demohash = null;
        for (Exempelfiler.Person p : lista(fil.anvandare())) {
            Anvandare finns = Anvandare.medAnvandarnamn(p.anvandarnamn()).orElse(null);
            if (finns != null) {
                // A data folder from before phone numbers existed gets the sample's numbers once.
                if (finns.telefon == null && p.telefon() != null) {
                    finns.telefon = p.telefon();
                }
                continue;
            }
            Anvandare ny = new Anvandare();
            ny.anvandarnamn = p.anvandarnamn();
            ny.namn = p.namn();
            ny.titel = p.titel();
            ny.epost = p.epost();
            ny.telefon = p.telefon();
            ny.organisation = organisation(p.organisation());
            ny.roller = Roll.lagra(Roll.tolka(String.join(",", lista(p.roller()))));
            // Demo accounts exist only in sample mode, all with the documented password. One hash
            // for all of them keeps start-up fast; they are demo accounts, not secrets.
            demohash = demohash != null ? demohash : Losenord.hasha(DEMOLOSENORD, config.sakerhet().bcryptKostnad());
            ny.losenordHash = demohash;
            ny.persist();
            anvandare++;
        }
        return new int[] {organisationer, grupper, anvandare};
    }

    /** The nämnd's calendar, imported once (a nämnd with meetings is left alone), and its members. */
    private void laddaSammantraden(Exempelfiler.Sammantradesfil f, Path mapp) {
        Organisation namnd = organisation(f.namnd());
        if (Sammantrade.count("namnd", namnd) == 0 && f.kalender() != null) {
            sammantraden.importera(namnd, f.kalender(), bytes(mapp.resolve(f.kalender())));
        }
        for (Exempelfiler.Ledamotfil l : lista(f.ledamoter())) {
            Anvandare person = person(l.anvandare());
            if (Namndledamot.medlem(namnd, person).isEmpty()) {
                Namndledamot ny = new Namndledamot();
                ny.namnd = namnd;
                ny.anvandare = person;
                ny.uppdrag = l.uppdrag();
                ny.kanJustera = l.kanJustera();
                ny.parti = l.parti();
                ny.persist();
            }
        }
    }

    private static List<Path> yamlfiler(Path katalog) {
        if (!Files.isDirectory(katalog)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(katalog)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean laddaRemiss(Exempelfiler.Remissfil f, Path mapp) {
        Organisation avsandare = organisation(f.avsandare());
        Remiss befintlig = Remiss.<Remiss>find("titel = ?1 and avsandare = ?2", f.titel(), avsandare)
                .firstResult();
        if (befintlig != null) {
            laddaProgram(befintlig, f, mapp);
            return false;
        }
        List<Long> mottagare = lista(f.mottagare()).stream().map(this::organisationEllerGrupp).toList();
        Remiss remiss = remisser.registrera(new RemissRegistrering(f.titel(), avsandare.id, null, f.beskrivning(),
                f.sistaDagKontorsutlatande(), f.sistaDagNamndprotokoll(), mottagare, f.avsandarensKod()),
                f.registrerad()).remiss();
        for (Exempelfiler.Dokument d : lista(f.dokument())) {
            remisser.laggTillDokument(remiss.id, diarium.lagra(d.fil(), bytes(mapp.resolve(d.fil()))), d.titel(),
                    f.registrerad());
        }
        if (f.skickad() != null) {
            remisser.skicka(remiss.id, f.skickad(), null);
            for (Map.Entry<String, String> t : (f.tilldelningar() == null ? Map.<String, String>of()
                    : f.tilldelningar()).entrySet()) {
                Remissmottagare m = Remissmottagare.<Remissmottagare>find("remiss = ?1 and organisation = ?2", remiss,
                        organisation(t.getKey())).firstResultOptional().orElseThrow(() -> new IllegalStateException(
                                "Tilldelning till " + t.getKey() + " som inte är mottagare av " + f.titel()));
                remisser.tilldela(m.id, person(t.getValue()).id, null);
            }
        }
        laddaProgram(remiss, f, mapp);
        return true;
    }

    /** Imports the programme versions, oldest first, unless the remiss already has a programme. */
    private void laddaProgram(Remiss remiss, Exempelfiler.Remissfil f, Path mapp) {
        if (!Program.forRemiss(remiss).isEmpty()) {
            return;
        }
        for (Exempelfiler.Dokument d : lista(f.program())) {
            byte[] innehall = bytes(mapp.resolve(d.fil()));
            DiariumService.Bilaga bilaga = diarium.lagra(d.fil(), innehall);
            programImport.importera(remiss.id, bilaga, programImport.tolka(d.fil(), innehall), null);
        }
    }

    private boolean laddaArende(Exempelfiler.Arendefil f, Path mapp) {
        Organisation organisation = organisation(f.organisation());
        if (Arende.count("rubrik = ?1 and organisation = ?2", f.rubrik(), organisation.kansli()) > 0) {
            return false;
        }
        List<Exempelfiler.Handlingfil> handlingar = lista(f.handlingar());
        String motpart = handlingar.isEmpty() ? null : handlingar.get(0).motpart();
        Arende arende = diarium.registrera(organisation, new DiariumService.NyttArende(f.typ(), f.rubrik(), motpart,
                null, null, f.registrerad()));
        if (f.handlaggare() != null) {
            arende.handlaggare = person(f.handlaggare());
        }
        for (Exempelfiler.Handlingfil h : handlingar) {
            HandlingTyp typ = h.fil() != null && h.titel().toLowerCase().contains("tjänsteutlåtande")
                    ? HandlingTyp.UTLATANDE : h.riktning() == se.remiss.diarium.Riktning.IN ? HandlingTyp.SKRIVELSE
                    : HandlingTyp.OVRIGT;
            diarium.registreraHandling(arende, new DiariumService.NyHandling(h.riktning(), typ, h.datum(), h.motpart(),
                    h.titel()), h.fil() == null ? null : diarium.lagra(h.fil(), bytes(mapp.resolve(h.fil()))));
        }
        return true;
    }

    private Long organisationEllerGrupp(String kortnamn) {
        return Organisation.medKortnamn(kortnamn).map(o -> o.id)
                .or(() -> Grupp.medKortnamn(kortnamn).map(g -> g.id))
                .orElseThrow(() -> new IllegalStateException("Okänd organisation eller grupp i exempeldata: " + kortnamn));
    }

    private static Organisation organisation(String kortnamn) {
        return Organisation.medKortnamn(kortnamn)
                .orElseThrow(() -> new IllegalStateException("Okänd organisation i exempeldata: " + kortnamn));
    }

    private static Anvandare person(String anvandarnamn) {
        return Anvandare.medAnvandarnamn(anvandarnamn)
                .orElseThrow(() -> new IllegalStateException("Okänd användare i exempeldata: " + anvandarnamn));
    }

    private <T> T las(Path fil, Class<T> typ) {
        try {
            return yaml.readValue(fil.toFile(), typ);
        } catch (IOException e) {
            throw new IllegalStateException("Kunde inte läsa exempeldata " + fil + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> filer(Path katalog, String namn) {
        if (!Files.isDirectory(katalog)) {
            return List.of();
        }
        try (Stream<Path> mappar = Files.list(katalog)) {
            return mappar.map(m -> m.resolve(namn)).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path fil) {
        try {
            return Files.readAllBytes(fil);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> lista(List<T> l) {
        return l == null ? new ArrayList<>() : l;
    }
}
