package se.remiss.kalenderflode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.remiss.anvandare.Anvandare;
import se.remiss.granskning.Granskning;
import se.remiss.granskning.Handelse;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.HittasInte;
import se.remiss.plattform.Klocka;
import se.remiss.plattform.Valideringsfel;
import se.remiss.remiss.Fristtyp;
import se.remiss.remiss.MottagarStatus;
import se.remiss.remiss.Remiss;
import se.remiss.remiss.Remissmottagare;

/**
 * Private calendar feeds: made and revoked by their owner (audited, the token never written
 * anywhere but the one answer that shows it), and read by a calendar client with the token alone.
 * A feed shows what its owner may see now: a deactivated owner's or a revoked feed answers 404.
 */
@ApplicationScoped
public class Kalenderfloden {

    private static final SecureRandom SLUMP = new SecureRandom();

    @Inject
    Granskning granskning;

    @Inject
    Klocka klocka;

    /** A new feed and its token, which exists nowhere else: shown once, then only its hash is kept. */
    public record Ny(Kalenderprenumeration prenumeration, String token) {
    }

    /** {@code remiss} must already be checked as one the owner's organisation sent (for {@link Flodestyp#REMISS}). */
    @Transactional
    public Ny skapa(Anvandare agare, Flodestyp typ, Remiss remiss, String namn) {
        Valideringsfel.Samlare fel = new Valideringsfel.Samlare();
        if (typ == null) {
            fel.fel("typ", "Välj vad kalendern ska visa.");
        } else if (typ == Flodestyp.REMISS && remiss == null) {
            fel.fel("remiss", "Välj remissen.");
        }
        fel.valfriText("namn", namn, 200, "Namn");
        fel.kastaOmFel();
        byte[] slump = new byte[32];
        SLUMP.nextBytes(slump);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(slump);
        Kalenderprenumeration k = new Kalenderprenumeration();
        k.anvandare = Anvandare.findById(agare.id);
        k.typ = typ;
        k.remiss = typ == Flodestyp.REMISS ? remiss : null;
        k.namn = namn != null && !namn.isBlank() ? namn.strip()
                : typ == Flodestyp.REMISS ? "Frister: " + remiss.titel : typ.etikett;
        k.tokenSha256 = Kalenderprenumeration.hash(token);
        k.skapad = klocka.nu();
        k.persist();
        Map<String, Object> efter = new LinkedHashMap<>();
        efter.put("typ", typ);
        efter.put("namn", k.namn);
        if (k.remiss != null) {
            efter.put("remiss", k.remiss.id);
        }
        granskning.logga(Handelse.av("KALENDER_SKAPAD", "Kalenderprenumeration", k.id)
                .remiss(k.remiss == null ? null : k.remiss.id).efter(efter));
        return new Ny(k, token);
    }

    /** The owner revokes a feed: its address answers 404 from now on. Another user's feed does not exist. */
    @Transactional
    public Kalenderprenumeration aterkalla(Anvandare agare, long id) {
        Kalenderprenumeration k = Kalenderprenumeration.<Kalenderprenumeration>findByIdOptional(id)
                .filter(p -> p.anvandare.id.equals(agare.id))
                .orElseThrow(() -> new HittasInte("Kalendern finns inte."));
        if (k.aktiv()) {
            k.aterkallad = klocka.nu();
            granskning.logga(Handelse.av("KALENDER_ATERKALLAD", "Kalenderprenumeration", k.id)
                    .remiss(k.remiss == null ? null : k.remiss.id).beskrivning(k.namn)
                    .fore(Map.of("aterkallad", "")).efter(Map.of("aterkallad", k.aterkallad)));
        }
        return k;
    }

    /** The feed of {@code token} as iCalendar text, or empty when there is no such live feed. */
    @Transactional
    public Optional<String> flode(String token, String bas) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Kalenderprenumeration> funnen = Kalenderprenumeration.medToken(token);
        if (funnen.isEmpty() || !funnen.get().anvandare.aktiv) {
            return Optional.empty();
        }
        Kalenderprenumeration k = funnen.get();
        List<Remissmottagare> rader = rader(k);
        if (rader == null) {
            return Optional.empty();
        }
        k.senastHamtad = klocka.nu();
        List<Ical.Handelse> handelser = new ArrayList<>();
        for (Remissmottagare m : rader) {
            if (MottagarStatus.vantarUtlatande().contains(m.status)) {
                handelser.add(handelse(k, m, Fristtyp.KONTORSUTLATANDE, bas));
            }
            if (MottagarStatus.vantarProtokoll().contains(m.status)) {
                handelser.add(handelse(k, m, Fristtyp.NAMNDPROTOKOLL, bas));
            }
        }
        return Optional.of(Ical.kalender(k.namn, handelser, klocka.nu()));
    }

    /** The recipient rows the feed shows, by what its owner may see now; null: nothing any more. */
    private static List<Remissmottagare> rader(Kalenderprenumeration k) {
        String urval = "from Remissmottagare m join fetch m.remiss r join fetch r.avsandare join fetch r.arende "
                + "join fetch m.organisation left join fetch m.arende where m.status in ?1 and ";
        List<MottagarStatus> oppna = List.copyOf(MottagarStatus.vantarProtokoll());
        Organisation enhet = k.anvandare.organisation.kansli();
        return switch (k.typ) {
            case MINA -> Remissmottagare.<Remissmottagare>list(urval + "m.handlaggare = ?2 order by m.sistaDagKontorsutlatande, m.id",
                    oppna, k.anvandare);
            case ORGANISATION -> Remissmottagare.<Remissmottagare>list(urval + "(m.organisation.id = ?2 or m.organisation.forvaltning.id = ?2) "
                    + "order by m.sistaDagKontorsutlatande, m.id", oppna, enhet.id);
            case REMISS -> k.remiss.avsandare.kansli().id.equals(enhet.id)
                    ? Remissmottagare.<Remissmottagare>list(urval + "m.remiss = ?2 order by m.organisation.namn", oppna, k.remiss)
                    : null;
        };
    }

    private static Ical.Handelse handelse(Kalenderprenumeration k, Remissmottagare m, Fristtyp typ, String bas) {
        String uid = "remissmottagare-" + m.id + "-" + typ.name().toLowerCase() + "@remiss";
        String vad = typ == Fristtyp.KONTORSUTLATANDE ? "Sista dag kontorsutlåtande" : "Sista dag nämndprotokoll";
        String rubrik = k.typ == Flodestyp.MINA ? vad + ": " + m.remiss.titel
                : vad + " – " + m.organisation.namn + ": " + m.remiss.titel;
        StringBuilder beskrivning = new StringBuilder();
        beskrivning.append("Remiss: ").append(m.remiss.titel).append('\n');
        beskrivning.append("Avsändare: ").append(m.remiss.avsandare.namn).append(" (dnr ").append(m.remiss.dnr()).append(")\n");
        beskrivning.append("Mottagare: ").append(m.organisation.namn);
        if (m.dnr() != null) {
            beskrivning.append(" (dnr ").append(m.dnr()).append(')');
        }
        if (m.andringar(typ) > 0) {
            beskrivning.append("\nFristen är flyttad genom beviljat anstånd.");
        }
        return new Ical.Handelse(uid, m.sistaDag(typ), m.andringar(typ), rubrik, beskrivning.toString(),
                bas + "mottagare/" + m.id, vad + " i morgon: " + m.remiss.titel);
    }
}
