package se.remiss.remiss;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.remiss.anvandare.Anvandare;
import se.remiss.diarium.Arende;
import se.remiss.organisation.Organisation;
import se.remiss.plattform.Konflikt;
import se.remiss.plattform.Valideringsfel;

/**
 * One recipient of one remiss: its own deadlines, its own ärende (and dnr) once sent, its
 * handläggare and where its answer stands.
 */
@Entity
public class Remissmottagare extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "remissmottagare_id", sequenceName = "remissmottagare_seq", allocationSize = 50)
    @GeneratedValue(generator = "remissmottagare_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Remiss remiss;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organisation organisation;

    /** The recipient's own ärende, registered when the remiss is sent. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Arende arende;

    @Enumerated(EnumType.STRING)
    public MottagarStatus status = MottagarStatus.EJ_SKICKAD;

    @ManyToOne(fetch = FetchType.LAZY)
    public Anvandare handlaggare;

    public LocalDate sistaDagKontorsutlatande;
    public LocalDate sistaDagNamndprotokoll;

    /**
     * The deadline the answer now waits for (the statement's, then the minutes'), NULL when nothing is
     * awaited: computed by the database (V34), for the lists' queries. Read-only here and not
     * refreshed after a change in this transaction: code deciding on a row uses {@link #frist}.
     */
    @Column(insertable = false, updatable = false)
    public LocalDate vantadFrist;

    public Instant statusAndrad;

    /** How often each deadline has moved since sending (by a granted anstånd): the calendar's SEQUENCE. */
    public int andringarKontorsutlatande;
    public int andringarNamndprotokoll;

    /** A request for anstånd awaits the sender's decision. */
    public boolean anstandBegart;

    @Version
    public long version;

    public String dnr() {
        return arende == null ? null : arende.dnr;
    }

    /** The sender's inkommen handling with the signed statement; null until it is sent. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    public se.remiss.diarium.Handling utlatandeHandling;

    public LocalDate utlatandeInskickat;

    /** The day the nämnd's minutes reached the sender: its protokollsutdrag, or the case marked answered by hand. */
    public LocalDate protokollInkommet;

    /** How far the recipient's tjänsteutlåtande has come; null before anyone started one. */
    @Enumerated(EnumType.STRING)
    public Utlatandeskede utlatandeskede;

    /**
     * Where the case stands and who acts next, in one sentence: what the "Handläggning" heading of
     * the recipient's page says, so it is never an empty heading.
     */
    public String nastaSteg() {
        String vem = handlaggare == null ? "Handläggaren" : handlaggare.namn;
        return switch (status) {
            case EJ_SKICKAD -> "Remissen är inte skickad än. " + (remiss == null ? "Avsändaren" : remiss.avsandare.namn)
                    + " skickar den; då registreras den i mottagarens diarium.";
            case SKICKAD -> "Remissen har kommit in. Registratorn kvitterar den och tilldelar en handläggare.";
            case MOTTAGEN -> "Remissen är kvitterad. Registratorn tilldelar en handläggare.";
            case TILLDELAD -> vem + " skriver tjänsteutlåtandet.";
            case UNDER_BEREDNING -> utlatandeskede == null || utlatandeskede == Utlatandeskede.UNDER_BEREDNING
                    ? vem + " skriver tjänsteutlåtandet och markerar det klart för godkännande när det är komplett."
                    : utlatandeskede == Utlatandeskede.FOR_GODKANNANDE
                            ? "Tjänsteutlåtandet är klart och väntar på undertecknarnas godkännande."
                            : "Tjänsteutlåtandet är godkänt och undertecknat. Registratorn eller handläggaren skickar det "
                                    + "till " + (remiss == null ? "avsändaren" : remiss.avsandare.namn) + ".";
            case UTLATANDE_INSKICKAT -> "Tjänsteutlåtandet är inskickat" + (utlatandeInskickat == null ? ""
                    : " " + utlatandeInskickat) + ". När nämndens protokoll har kommit in markerar registratorn "
                    + "ärendet som besvarat.";
            case BESVARAD -> "Ärendet är besvarat. Inget mer återstår.";
            case AVSTAR -> organisation.namn + " har avstått från att svara. Inget mer återstår.";
        };
    }

    /** One stage of the statement's way, for the page: reached before ("passerat"), the current one, or still ahead. */
    public record Skedesteg(String etikett, boolean passerat, boolean aktuellt) {
        public String klass() {
            return aktuellt ? "aktuellt" : passerat ? "passerat" : "kommande";
        }
    }

    /** The four stages with the reached ones marked; empty before a draft exists. */
    public List<Skedesteg> skedesteg() {
        if (utlatandeskede == null) {
            return List.of();
        }
        return java.util.Arrays.stream(Utlatandeskede.values())
                .map(s -> new Skedesteg(s.etikett, s.ordinal() < utlatandeskede.ordinal(), s == utlatandeskede)).toList();
    }

    /**
     * The recipient's draft moved to {@code skede}. The case follows the work: a case still waiting
     * to be started (skickad, mottagen, tilldelad) is under beredning once a draft exists.
     *
     * @return whether the recipient's status changed
     */
    public boolean foljUtlatande(Utlatandeskede skede, Instant nu) {
        utlatandeskede = skede;
        if (skede != null && (status == MottagarStatus.SKICKAD || status == MottagarStatus.MOTTAGEN
                || status == MottagarStatus.TILLDELAD)) {
            status = MottagarStatus.UNDER_BEREDNING;
            statusAndrad = nu;
            return true;
        }
        return false;
    }

    /** How the recipient answered; null until it has. */
    @Enumerated(EnumType.STRING)
    public Svarsform svarsform;

    /** DELEGATION: who decided (name and title), and under which point of the delegation order. */
    public String beslutadAv;

    public String delegation;

    /** AVSTAR: why the recipient declines. */
    public String avstarOrsak;

    /** The day the answer was given (the nämnd's decision, the delegation decision, or declining). */
    public LocalDate besvarad;

    /**
     * The signed statement arrived at the sender: the only way into UTLATANDE_INSKICKAT, so no
     * button can claim it without a document.
     */
    public void utlatandeInskickat(se.remiss.diarium.Handling handling, LocalDate datum, Instant nu) {
        if (!MottagarStatus.vantarUtlatande().contains(status)) {
            throw new Konflikt("Utlåtandet kan inte skickas när status är \"" + status.etikett + "\".");
        }
        utlatandeHandling = handling;
        utlatandeInskickat = datum;
        status = MottagarStatus.UTLATANDE_INSKICKAT;
        statusAndrad = nu;
    }

    /** The sender's inkommen handling with the nämnd's protokollsutdrag; null until it is sent. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    public se.remiss.diarium.Handling protokollHandling;

    /** The last day to appeal the nämnd's decision (three weeks from the notice of justering). */
    public LocalDate overklagandeTill;

    /**
     * Answered without a meeting: {@code beslutadAv} decided under {@code delegation} (a point of the
     * delegation order, or "förvaltningen svarar själv") on {@code datum}. Any time before the answer is in.
     */
    public void besvaradPaDelegation(String beslutadAv, String delegation, LocalDate datum, Instant nu) {
        if (!MottagarStatus.vantarProtokoll().contains(status)) {
            throw new Konflikt("Ett delegationsbeslut kan inte registreras när status är \"" + status.etikett + "\".");
        }
        svarsform = Svarsform.DELEGATION;
        this.beslutadAv = beslutadAv;
        this.delegation = delegation;
        besvarad = datum;
        status = MottagarStatus.BESVARAD;
        statusAndrad = nu;
    }

    /** The recipient declines to answer, for {@code orsak}. */
    public void avstar(String orsak, LocalDate datum, Instant nu) {
        if (!status.kanBliTill(MottagarStatus.AVSTAR)) {
            throw new Konflikt("Mottagaren kan inte avstå när status är \"" + status.etikett + "\".");
        }
        svarsform = Svarsform.AVSTAR;
        avstarOrsak = orsak;
        besvarad = datum;
        status = MottagarStatus.AVSTAR;
        statusAndrad = nu;
    }

    /**
     * The nämnd decided at a meeting and its protokollsutdrag reached the sender on {@code datum}
     * (for the protokollsutdrag's sending; follow with {@link RemissService#uppdateraRemissstatus}).
     */
    public void besvaradAvNamnd(LocalDate datum, Instant nu) {
        if (!MottagarStatus.vantarProtokoll().contains(status)) {
            throw new Konflikt("Nämndens beslut kan inte registreras när status är \"" + status.etikett + "\".");
        }
        svarsform = Svarsform.NAMNDBESLUT;
        besvarad = datum;
        status = MottagarStatus.BESVARAD;
        statusAndrad = nu;
    }

    /**
     * The nämnd's protokollsutdrag arrived at the sender: the answer is given on {@code datum}
     * ({@link #besvaradAvNamnd}) and the decision can be appealed until {@code overklagandeTill}.
     */
    public void protokollInkommet(se.remiss.diarium.Handling handling, LocalDate datum, LocalDate overklagandeTill,
            Instant nu) {
        besvaradAvNamnd(datum, nu);
        protokollInkommet = datum;
        protokollHandling = handling;
        this.overklagandeTill = overklagandeTill;
    }

    /**
     * How the recipient answered, in one line: "Nämndbeslut 2026-03-28", "Delegationsbeslut 2026-03-20: Anna
     * Ek, avdelningschef (punkt 3.1)", "Avstår 2026-03-01: orsak"; null until it has.
     */
    public String svarText() {
        if (svarsform == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(svarsform.etikett);
        if (besvarad != null) {
            text.append(' ').append(besvarad);
        }
        if (beslutadAv != null) {
            text.append(": ").append(beslutadAv);
        }
        if (delegation != null) {
            text.append(" (").append(delegation).append(')');
        }
        if (avstarOrsak != null) {
            text.append(": ").append(avstarOrsak);
        }
        return text.toString();
    }

    /** When the office's statement arrived against its deadline; null until it has. */
    public Svarstid utlatandeSvarstid() {
        return utlatandeInskickat == null ? null : new Svarstid(utlatandeInskickat, sistaDagKontorsutlatande);
    }

    /** When the nämnd's protokollsutdrag arrived against its deadline; null until it has. */
    public Svarstid protokollSvarstid() {
        return protokollHandling == null || besvarad == null ? null : new Svarstid(besvarad, sistaDagNamndprotokoll);
    }

    /** The decision can still be appealed on {@code idag}: "överklagandetid löper till …". */
    public boolean overklagandetidLoper(LocalDate idag) {
        return overklagandeTill != null && !idag.isAfter(overklagandeTill);
    }

    public Frist frist(LocalDate idag) {
        return new Frist(status, sistaDagKontorsutlatande, sistaDagNamndprotokoll, idag);
    }

    public LocalDate sistaDag(Fristtyp typ) {
        return typ == Fristtyp.KONTORSUTLATANDE ? sistaDagKontorsutlatande : sistaDagNamndprotokoll;
    }

    public int andringar(Fristtyp typ) {
        return typ == Fristtyp.KONTORSUTLATANDE ? andringarKontorsutlatande : andringarNamndprotokoll;
    }

    /** The deadline moved by a granted anstånd: counted, so calendars update the event they have. */
    void flyttaFrist(Fristtyp typ, LocalDate ny) {
        if (typ == Fristtyp.KONTORSUTLATANDE) {
            sistaDagKontorsutlatande = ny;
            andringarKontorsutlatande++;
        } else {
            sistaDagNamndprotokoll = ny;
            andringarNamndprotokoll++;
        }
    }

    /** Moves to {@code ny} if the workflow allows it. */
    public void bytStatus(MottagarStatus ny, Instant nu) {
        if (!status.kanBliTill(ny)) {
            throw new Konflikt("Status kan inte ändras från \"" + status.etikett + "\" till \"" + ny.etikett + "\".");
        }
        if (ny == MottagarStatus.TILLDELAD && handlaggare == null) {
            throw Valideringsfel.av("handlaggare", "Välj en handläggare.");
        }
        status = ny;
        statusAndrad = nu;
    }

    /** Names nobody: the answer to an id of another organisation's person must not tell who that is. */
    static final String EJ_HANDLAGGARE = "Välj en aktiv handläggare i listan.";

    /** Gives the case to {@code person}, who must work for the recipient's office. */
    public void tilldela(Anvandare person, Instant nu) {
        if (!status.kanTilldelas()) {
            throw new Konflikt("En handläggare kan inte tilldelas när status är \"" + status.etikett + "\".");
        }
        if (!person.aktiv || !Anvandare.somKanHandlagga(organisation).contains(person)) {
            throw Valideringsfel.av("handlaggare", EJ_HANDLAGGARE);
        }
        handlaggare = person;
        if (arende != null) {
            arende.handlaggare = person; // the recipient's ärende names who handles it
        }
        if (status == MottagarStatus.SKICKAD || status == MottagarStatus.MOTTAGEN) {
            status = MottagarStatus.TILLDELAD;
        }
        statusAndrad = nu;
    }

    /** The remiss's earliest awaited deadline may have moved: see {@link Fristvakt}. */
    @PostPersist
    @PostUpdate
    @PostRemove
    void andrad() {
        Fristvakt.markera(this);
    }

    /** The matrix of one remiss, with organisation, ärende and handläggare loaded in one query. */
    public static List<Remissmottagare> matris(Remiss remiss) {
        return list("from Remissmottagare m join fetch m.organisation left join fetch m.arende "
                + "left join fetch m.handlaggare where m.remiss = ?1 order by m.organisation.namn", remiss);
    }

    public static Optional<Remissmottagare> hamta(long id) {
        return find("from Remissmottagare m join fetch m.remiss r join fetch r.avsandare join fetch r.arende "
                + "join fetch m.organisation left join fetch m.arende left join fetch m.handlaggare where m.id = ?1", id)
                .firstResultOptional();
    }
}
