package se.remiss.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.Valideringsfel;

/** Administration of organisations (with their diarium series) and groups. */
@ApplicationScoped
public class OrganisationService {

    /** An organisation now belongs to another access unit (its förvaltning changed). */
    public record BytteEnhet(long organisationId) {
    }

    @Inject
    jakarta.enterprise.event.Event<BytteEnhet> bytteEnhet;


    @Inject
    Granskning granskning;

    @Transactional
    public Organisation skapa(OrganisationUppgifter u) {
        Organisation o = new Organisation();
        tillampa(o, u);
        o.persist();
        sparaSerie(o, u);
        granskning.logga(Handelse.av("ORGANISATION_SKAPAD", "Organisation", o.id).efter(varden(o)));
        return o;
    }

    @Transactional
    public Organisation andra(long id, OrganisationUppgifter u) {
        Organisation o = Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> new HittasInte("Organisationen finns inte."));
        if (u.version() != null && u.version() != o.version) {
            throw new Konflikt("Organisationen har ändrats av någon annan. Ladda om sidan och försök igen.");
        }
        Map<String, Object> fore = varden(o);
        Organisation forraKansli = o.kansli();
        tillampa(o, u);
        sparaSerie(o, u);
        if (!forraKansli.id.equals(o.kansli().id)) {
            // In the same transaction: what the old and the new unit may see follows the move at once.
            bytteEnhet.fire(new BytteEnhet(o.id));
        }
        granskning.logga(Handelse.av("ORGANISATION_ANDRAD", "Organisation", o.id).fore(fore).efter(varden(o)));
        return o;
    }

    private static Map<String, Object> varden(Organisation o) {
        Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("kortnamn", o.kortnamn);
        v.put("namn", o.namn);
        v.put("typ", o.typ);
        v.put("forvaltning", o.forvaltning == null ? null : o.forvaltning.kortnamn);
        v.put("aktiv", o.aktiv);
        v.put("paminnelsedagar", o.paminnelsedagar);
        return v;
    }

    private void tillampa(Organisation o, OrganisationUppgifter u) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        fel.text("namn", u.namn(), 200, "Namn");
        fel.text("kortnamn", u.kortnamn(), 60, "Kortnamn");
        if (!fel.harFel("kortnamn") && !u.kortnamn().strip().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            fel.fel("kortnamn", "Kortnamn får bara innehålla små bokstäver a–z, siffror och bindestreck.");
        }
        if (u.typ() == null) {
            fel.fel("typ", "Välj typ av organisation.");
        }
        if (!fel.harFel("kortnamn")) {
            Organisation.medKortnamn(u.kortnamn().strip()).filter(a -> !a.equals(o))
                    .ifPresent(a -> fel.fel("kortnamn", "Kortnamnet används redan av " + a.namn + "."));
        }
        if (!fel.harFel("namn")) {
            Organisation.medNamn(u.namn().strip()).filter(a -> !a.equals(o))
                    .ifPresent(a -> fel.fel("namn", "Det finns redan en organisation med det namnet."));
        }
        Organisation forvaltning = null;
        if (u.forvaltning() != null) {
            forvaltning = Organisation.findById(u.forvaltning());
            if (forvaltning == null) {
                fel.fel("forvaltning", "Okänd organisation: " + u.forvaltning() + ".");
            } else if (forvaltning.equals(o)) {
                fel.fel("forvaltning", "En organisation kan inte vara sin egen förvaltning.");
            } else if (forvaltning.typ != OrganisationTyp.FORVALTNING && forvaltning.typ != OrganisationTyp.KONTOR) {
                fel.fel("forvaltning", forvaltning.namn + " är inte en förvaltning eller ett kontor.");
            }
        }
        fel.valfriText("diarieformat", u.diarieformat(), 100, "Diarieformatet");
        if (u.diarieformat() != null && !u.diarieformat().isBlank() && !fel.harFel("diarieformat")) {
            try {
                DiarienummerFormat format = DiarienummerFormat.tolka(u.diarieformat().strip());
                if (format.kraverKod() && (u.diariekod() == null || u.diariekod().isBlank())) {
                    fel.fel("diariekod", "Formatet innehåller {KOD} – ange en standardkod.");
                }
            } catch (IllegalArgumentException e) {
                fel.fel("diarieformat", e.getMessage());
            }
        }
        fel.valfriText("diariekod", u.diariekod(), 40, "Klassificeringskod");
        if (u.paminnelsedagar() != null
                && (u.paminnelsedagar() < 0 || u.paminnelsedagar() > Organisation.MAX_PAMINNELSEDAGAR)) {
            fel.fel("paminnelsedagar", "Påminnelse före fristen: ange 0–" + Organisation.MAX_PAMINNELSEDAGAR
                    + " arbetsdagar, eller lämna tomt för standardvärdet.");
        }
        fel.kastaOmFel();
        o.kortnamn = u.kortnamn().strip();
        o.namn = u.namn().strip();
        o.typ = u.typ();
        o.forvaltning = forvaltning;
        o.aktiv = u.aktiv() == null || u.aktiv();
        o.paminnelsedagar = u.paminnelsedagar();
    }

    /** Creates, changes or keeps the series. An existing series is never removed: its numbers stand. */
    private void sparaSerie(Organisation o, OrganisationUppgifter u) {
        String format = u.diarieformat() == null ? "" : u.diarieformat().strip();
        Diarieserie serie = Diarieserie.forOrganisation(o).orElse(null);
        if (format.isEmpty()) {
            if (serie != null) {
                throw Valideringsfel.av("diarieformat",
                        "Diarieserien kan inte tas bort – registrerade nummer finns kvar. Ändra formatet i stället.");
            }
            return;
        }
        if (serie == null) {
            serie = new Diarieserie();
            serie.organisation = o;
        }
        String kod = u.diariekod() == null || u.diariekod().isBlank() ? null : u.diariekod().strip();
        if (!format.equals(serie.format) || !Objects.equals(kod, serie.kod)) {
            serie.format = format;
            serie.kod = kod;
            serie.persist();
        }
    }

    @Transactional
    public Grupp sparaGrupp(Long id, String kortnamn, String namn, String beskrivning, List<Long> medlemmar) {
        Grupp g = id == null ? new Grupp()
                : Grupp.<Grupp>findByIdOptional(id).orElseThrow(() -> new HittasInte("Gruppen finns inte."));
        Map<String, Object> fore = id == null ? null : gruppvarden(g);
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        fel.text("namn", namn, 200, "Namn");
        fel.text("kortnamn", kortnamn, 60, "Kortnamn");
        fel.valfriText("beskrivning", beskrivning, 1000, "Beskrivning");
        if (!fel.harFel("kortnamn") && !kortnamn.strip().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            fel.fel("kortnamn", "Kortnamn får bara innehålla små bokstäver a–z, siffror och bindestreck.");
        }
        if (!fel.harFel("kortnamn")) {
            Grupp.medKortnamn(kortnamn.strip()).filter(a -> !a.equals(g))
                    .ifPresent(a -> fel.fel("kortnamn", "Kortnamnet används redan av gruppen " + a.namn + "."));
        }
        if (!fel.harFel("namn")) {
            Grupp.medNamn(namn.strip()).filter(a -> !a.equals(g))
                    .ifPresent(a -> fel.fel("namn", "Det finns redan en grupp med det namnet."));
        }
        List<Organisation> valda = new ArrayList<>();
        for (Long medlem : medlemmar == null ? List.<Long>of() : medlemmar) {
            Organisation o = medlem == null ? null : Organisation.findById(medlem);
            if (o == null) {
                fel.fel("medlemmar", "En vald organisation finns inte.");
            } else {
                valda.add(o);
            }
        }
        fel.kastaOmFel();
        g.kortnamn = kortnamn.strip();
        g.namn = namn.strip();
        g.beskrivning = beskrivning == null || beskrivning.isBlank() ? null : beskrivning.strip();
        g.medlemmar.clear();
        g.medlemmar.addAll(valda);
        if (id == null) {
            g.persist();
        }
        granskning.logga(Handelse.av(id == null ? "GRUPP_SKAPAD" : "GRUPP_ANDRAD", "Grupp", g.id).fore(fore)
                .efter(gruppvarden(g)));
        return g;
    }

    private static Map<String, Object> gruppvarden(Grupp g) {
        Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("kortnamn", g.kortnamn);
        v.put("namn", g.namn);
        v.put("medlemmar", g.medlemmar.stream().map(o -> o.kortnamn).sorted().toList());
        return v;
    }
}
