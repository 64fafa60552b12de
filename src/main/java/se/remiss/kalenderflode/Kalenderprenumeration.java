package se.remiss.kalenderflode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import se.remiss.anvandare.Anvandare;
import se.remiss.remiss.Remiss;

/**
 * One private calendar feed of one user: its secret address's token is stored only as SHA-256, so
 * neither the database nor a backup gives it away. Revoked feeds stay listed (when, by date) and
 * answer 404.
 */
@Entity
public class Kalenderprenumeration extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "kalenderprenumeration_id", sequenceName = "kalenderprenumeration_seq", allocationSize = 50)
    @GeneratedValue(generator = "kalenderprenumeration_id")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Anvandare anvandare;

    @Enumerated(EnumType.STRING)
    public Flodestyp typ;

    @ManyToOne(fetch = FetchType.LAZY)
    public Remiss remiss;

    public String namn;
    public String tokenSha256;
    public Instant skapad;
    public Instant aterkallad;
    public Instant senastHamtad;

    public boolean aktiv() {
        return aterkallad == null;
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The live feed whose token this is, with its owner. */
    public static Optional<Kalenderprenumeration> medToken(String token) {
        return find("from Kalenderprenumeration k join fetch k.anvandare a join fetch a.organisation "
                + "left join fetch k.remiss where k.tokenSha256 = ?1 and k.aterkallad is null", hash(token))
                .firstResultOptional();
    }

    public static List<Kalenderprenumeration> forAnvandare(Anvandare a) {
        return list("from Kalenderprenumeration k left join fetch k.remiss where k.anvandare = ?1 "
                + "order by k.aterkallad nulls first, k.skapad desc", a);
    }
}
