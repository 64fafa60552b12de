package se.remiss.remiss;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
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

    public Instant statusAndrad;

    @Version
    public long version;

    public String dnr() {
        return arende == null ? null : arende.dnr;
    }

    /** The sender's inkommen handling with the signed statement; null until it is sent. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    public se.remiss.diarium.Handling utlatandeHandling;

    public LocalDate utlatandeInskickat;

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
        protokollHandling = handling;
        this.overklagandeTill = overklagandeTill;
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
        if (status == MottagarStatus.SKICKAD || status == MottagarStatus.MOTTAGEN) {
            status = MottagarStatus.TILLDELAD;
        }
        statusAndrad = nu;
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
