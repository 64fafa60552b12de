package se.remiss.sammantrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.remiss.anvandare.Anvandare;

/**
 * The minutes of one meeting: its §§, who was present, who adjusts, and – once ordförande and
 * justerare have signed – the day of justering and the notice on the anslagstavla.
 */
@Entity
public class Protokoll extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "protokoll_id", sequenceName = "protokoll_seq", allocationSize = 50)
    @GeneratedValue(generator = "protokoll_id")
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    public Sammantrade sammantrade;

    @Enumerated(EnumType.STRING)
    public Protokollstatus status = Protokollstatus.UTKAST;

    @ManyToOne(fetch = FetchType.LAZY)
    public Anvandare ordforande;

    @ManyToOne(fetch = FetchType.LAZY)
    public Anvandare justerare;

    /** Who keeps the minutes ("Vid protokollet"). */
    @ManyToOne(fetch = FetchType.LAZY)
    public Anvandare sekreterare;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "protokoll_narvaro", joinColumns = @JoinColumn(name = "protokoll_id"),
            inverseJoinColumns = @JoinColumn(name = "anvandare_id"))
    public Set<Anvandare> narvarande = new LinkedHashSet<>();

    /** Others present (officials, the public's rows), as written by the secretary. */
    public String ovrigaNarvarande;

    /** The PDF after the last signature; null while a draft. */
    public String pdfSha256;

    public LocalDate justerat;
    /** The day the notice of justering goes up on the anslagstavla. */
    public LocalDate anslag;
    /** The day it is taken down: the day after the appeal period's last day. */
    public LocalDate anslagNed;

    public Instant skapad;

    @Version
    public long version;

    /** Who signs, in order: ordförande, then justerare. */
    public List<Anvandare> justeringsordning() {
        List<Anvandare> ordning = new ArrayList<>();
        if (ordforande != null) {
            ordning.add(ordforande);
        }
        if (justerare != null) {
            ordning.add(justerare);
        }
        return ordning;
    }

    /** The signatory whose turn it is, while the protokoll is being adjusted. */
    public Optional<Anvandare> nastaJusterare() {
        if (status != Protokollstatus.JUSTERAS) {
            return Optional.empty();
        }
        int klara = Justering.av(this).size();
        List<Anvandare> alla = justeringsordning();
        return klara < alla.size() ? Optional.of(alla.get(klara)) : Optional.empty();
    }

    /** Protokoll under justering where it is {@code person}'s turn to sign, earliest meeting first. */
    public static List<Protokoll> attJustera(Anvandare person) {
        return Protokoll.<Protokoll>list("from Protokoll p join fetch p.sammantrade s join fetch s.namnd "
                + "where p.status = ?1 and (p.ordforande = ?2 or p.justerare = ?2) order by s.datum",
                Protokollstatus.JUSTERAS, person).stream()
                .filter(p -> p.nastaJusterare().map(a -> a.id.equals(person.id)).orElse(false)).toList();
    }

    public List<Paragraf> paragrafer() {
        return Paragraf.iProtokoll(this);
    }

    public static Optional<Protokoll> for_(Sammantrade s) {
        return find("sammantrade", s).firstResultOptional();
    }

    /** Locked for a change: two secretaries' changes (and two signatures) queue on the row. */
    public static Optional<Protokoll> forAndring(Sammantrade s) {
        return find("sammantrade", s).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Justerade protokoll whose notice is up on {@code idag} (taken down the day after the appeal period), newest first. */
    public static List<Protokoll> anslagna(LocalDate idag) {
        return list("from Protokoll p join fetch p.sammantrade s join fetch s.namnd "
                + "where p.status = ?1 and p.anslag <= ?2 and p.anslagNed > ?2 order by p.anslag desc, s.datum desc",
                Protokollstatus.JUSTERAT, idag);
    }
}
