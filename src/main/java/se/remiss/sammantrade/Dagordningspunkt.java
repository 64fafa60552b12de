package se.remiss.sammantrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.util.List;
import se.remiss.diarium.Arende;
import se.remiss.utlatande.Utlatande;

/**
 * One item on one agenda version: an approved tjänsteutlåtande (and the ärende it answers) or
 * another ärende, with the proposed decision the § will start from.
 */
@Entity
public class Dagordningspunkt extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "dagordningspunkt_id", sequenceName = "dagordningspunkt_seq", allocationSize = 50)
    @GeneratedValue(generator = "dagordningspunkt_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Foredragningslista lista;

    /** 1, 2, … in the agenda. */
    public int ordning;

    public String rubrik;

    @ManyToOne(fetch = FetchType.LAZY)
    public Utlatande utlatande;

    @ManyToOne(fetch = FetchType.LAZY)
    public Arende arende;

    public String beslutsforslag;

    public static List<Dagordningspunkt> iLista(Foredragningslista lista) {
        return list("lista = ?1 order by ordning, id", lista);
    }
}
