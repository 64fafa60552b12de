package se.remiss.avisering;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import se.remiss.anvandare.Anvandare;

/**
 * One mail to one person in the outbox: written with the change that causes it, sent (and retried)
 * by {@link Epostkorning}. {@code nyckel} names the occasion, so the same mail is never queued twice.
 */
@Entity
public class Epostutskick extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "epostutskick_id", sequenceName = "epostutskick_seq", allocationSize = 50)
    @GeneratedValue(generator = "epostutskick_id")
    public Long id;

    public String nyckel;

    @Enumerated(EnumType.STRING)
    public Epostkategori kategori;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Anvandare anvandare;

    public String adress;
    public String amne;
    public String brodtext;
    public String html;
    public Instant skapad;
    public Instant nastaForsok;
    public int forsok;
    public String senasteFel;
    public Instant skickad;
}
