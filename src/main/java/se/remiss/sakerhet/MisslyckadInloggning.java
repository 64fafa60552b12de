package se.remiss.sakerhet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.List;

/** One failed password attempt, kept for throttling (the audit trail keeps the record). */
@Entity
public class MisslyckadInloggning extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "misslyckad_inloggning_id", sequenceName = "misslyckad_inloggning_seq", allocationSize = 50)
    @GeneratedValue(generator = "misslyckad_inloggning_id")
    public Long id;

    public String anvandarnamn;
    public Instant tidpunkt;

    /** The attempts within the window, oldest first. */
    public static List<MisslyckadInloggning> sedan(String anvandarnamn, Instant fran) {
        return list("anvandarnamn = ?1 and tidpunkt > ?2 order by tidpunkt", anvandarnamn, fran);
    }

    public static void rensa(String anvandarnamn) {
        delete("anvandarnamn", anvandarnamn);
    }
}
