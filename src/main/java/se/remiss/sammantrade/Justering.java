package se.remiss.sammantrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import se.remiss.anvandare.Anvandare;

/** One signature of a protokoll (ordförande or justerare), each a PAdES signature over the previous bytes. */
@Entity
@Table(name = "protokoll_justering")
public class Justering extends PanacheEntityBase {

    public static final String ORDFORANDE = "ORDFORANDE";
    public static final String JUSTERARE = "JUSTERARE";

    @Id
    @SequenceGenerator(name = "protokoll_justering_id", sequenceName = "protokoll_justering_seq", allocationSize = 50)
    @GeneratedValue(generator = "protokoll_justering_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Protokoll protokoll;

    public int ordning;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Anvandare anvandare;

    /** ORDFORANDE or JUSTERARE. */
    public String roll;

    public String pdfSha256;
    public Instant tidpunkt;

    public static List<Justering> av(Protokoll p) {
        return list("protokoll = ?1 order by ordning", p);
    }
}
