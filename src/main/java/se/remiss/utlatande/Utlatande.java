package se.remiss.utlatande;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.remiss.anvandare.Anvandare;
import se.remiss.diarium.Arende;
import se.remiss.organisation.Organisation;
import se.remiss.remiss.Remissmottagare;

/**
 * A tjänsteutlåtande being drafted for one case from one document template. Its current state is
 * here; every explicit save is also kept whole as an {@link Utlatandeversion}.
 */
@Entity
public class Utlatande extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "utlatande_id", sequenceName = "utlatande_seq", allocationSize = 50)
    @GeneratedValue(generator = "utlatande_id")
    public Long id;

    /** The public identifier in addresses: not guessable, unlike the sequence id. */
    public String uid;

    /** The case answered: the recipient's own ärende, or a skrivelse ärende. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Arende arende;

    /** The remiss recipient answered; null for a skrivelse. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Remissmottagare mottagare;

    /** The deciding body (the nämnd); its access unit owns the draft. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organisation organisation;

    /** The template's name: file templates/{mall}.html. */
    public String mall;

    @Enumerated(EnumType.STRING)
    public Stallningstagande stallningstagande;

    /** The statement's date, as in "tjänsteutlåtande daterat 2006-03-01". */
    public LocalDate datum;

    /** What the case is about, after "remissen om"; pre-filled from the title, editable. */
    public String amne;

    @ManyToOne(fetch = FetchType.LAZY)
    public Anvandare handlaggare;

    @ManyToOne(fetch = FetchType.LAZY)
    public Anvandare underskrift1;

    @ManyToOne(fetch = FetchType.LAZY)
    public Anvandare underskrift2;

    @Enumerated(EnumType.STRING)
    public UtlatandeStatus status = UtlatandeStatus.UTKAST;

    /** The number of the last saved version, 1 at creation; what a client sends back to save. */
    public int versionsnummer;

    @Version
    public long version;

    public Instant skapad;
    public Instant andrad;

    /** Why the last signatory returned it, and who; shown to the handläggare until it is ready again. */
    public String returorsak;
    public String returneradAv;

    /** The signed final, registered in the recipient's ärende; null until the last approval. */
    @ManyToOne(fetch = FetchType.LAZY)
    public se.remiss.diarium.Handling slutligHandling;

    /** When it was sent to the remiss's sender. */
    public Instant inskickad;

    /** Section key → the handläggare's text (markup). */
    @ElementCollection
    @CollectionTable(name = "utlatande_text", joinColumns = @JoinColumn(name = "utlatande_id"))
    @MapKeyColumn(name = "nyckel")
    @Column(name = "text")
    public Map<String, String> texter = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "utlatande_citat", joinColumns = @JoinColumn(name = "utlatande_id"))
    @OrderColumn(name = "ordning")
    public List<Citat> citat = new ArrayList<>();

    public List<Anvandare> underskrifter() {
        List<Anvandare> lista = new ArrayList<>();
        if (underskrift1 != null) {
            lista.add(underskrift1);
        }
        if (underskrift2 != null) {
            lista.add(underskrift2);
        }
        return lista;
    }

    public String text(String nyckel) {
        return texter.getOrDefault(nyckel, "");
    }

    public boolean arUtkast() {
        return status == UtlatandeStatus.UTKAST;
    }

    /** The signatory whose turn it is: the first without a valid approval; empty unless ready. */
    public Optional<Anvandare> nastaUndertecknare() {
        if (status != UtlatandeStatus.KLAR_FOR_GODKANNANDE) {
            return Optional.empty();
        }
        int klara = Godkannande.giltiga(this).size();
        List<Anvandare> alla = godkannandeordning();
        return klara < alla.size() ? Optional.of(alla.get(klara)) : Optional.empty();
    }

    /**
     * The order of approval: the reverse of the printed order. The document names the highest
     * official first (seed 000: Monika Viklander, stadsdelsdirektör, then Åsa Berntsson,
     * avdelningschef), but the avdelningschef approves first and the direktör signs last.
     */
    public List<Anvandare> godkannandeordning() {
        List<Anvandare> ordning = new ArrayList<>(underskrifter());
        java.util.Collections.reverse(ordning);
        return ordning;
    }

    /** Whether {@code person} is the signatory whose turn it is (for the page's approve and return forms). */
    public boolean turFor(Anvandare person) {
        return person != null && nastaUndertecknare().map(p -> p.id.equals(person.id)).orElse(false);
    }

    /**
     * Why {@code person} cannot approve now although the draft awaits approval (the page shows it,
     * the API answers 403 with it); null when it is their turn, or nobody's.
     */
    public String inteDinTur(Anvandare person) {
        Anvandare tur = nastaUndertecknare().orElse(null);
        if (tur == null || person == null || tur.id.equals(person.id)) {
            return null;
        }
        if (underskrifter().stream().noneMatch(p -> p.id.equals(person.id))) {
            return Turordning.INTE_UNDERTECKNARE;
        }
        boolean redan = Godkannande.giltiga(this).stream().anyMatch(g -> g.undertecknare.id.equals(person.id));
        return Turordning.inteDinTur(tur.namn, tur.titel, versionsnummer, redan);
    }

    public List<Godkannande> godkannanden() {
        return Godkannande.giltiga(this);
    }

    /** Back to draft by the handläggare is possible only before anyone approved. */
    public boolean kanAteroppnas() {
        return status == UtlatandeStatus.KLAR_FOR_GODKANNANDE && godkannanden().isEmpty();
    }

    /** Drafts of any organisation waiting for {@code person}'s approval. */
    public static List<Utlatande> attGodkanna(Anvandare person) {
        return Utlatande.<Utlatande>list("status = ?1 and (underskrift1 = ?2 or underskrift2 = ?2) order by andrad",
                UtlatandeStatus.KLAR_FOR_GODKANNANDE, person).stream()
                .filter(u -> u.nastaUndertecknare().map(p -> p.id.equals(person.id)).orElse(false)).toList();
    }

    public static Optional<Utlatande> medUid(String uid) {
        return find("uid", uid).firstResultOptional();
    }

    /** For a save: the row is locked, so two saves of one draft queue and the second sees the first. */
    public static Optional<Utlatande> medUidForAndring(String uid) {
        return find("uid", uid).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The drafts of a case, newest first. */
    public static List<Utlatande> forArende(Arende arende) {
        return list("arende = ?1 order by skapad desc, id desc", arende);
    }

    /** One page of the drafts of an access unit's organisations, last changed first. */
    public static List<Utlatande> forOrganisationer(List<se.remiss.organisation.Organisation> enhet, int sida, int storlek) {
        return find("organisation in ?1 order by andrad desc, id desc", enhet)
                .page(io.quarkus.panache.common.Page.of(sida - 1, storlek)).list();
    }
}
