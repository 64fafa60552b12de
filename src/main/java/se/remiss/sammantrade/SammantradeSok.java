package se.remiss.sammantrade;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.remiss.plattform.Sida;

/** The meeting list: the unit's nämnder (or one of them), a year, in the filter's order. */
final class SammantradeSok {

    private SammantradeSok() {
    }

    static Sida<Sammantrade> sok(Sammantradefilter f, int sida, int storlek) {
        if (f.egnaNamnder().isEmpty()) {
            return new Sida<>(List.of(), sida, storlek, 0);
        }
        StringBuilder villkor = new StringBuilder(" where s.namnd in :namnder");
        Map<String, Object> p = new HashMap<>();
        p.put("namnder", f.egnaNamnder());
        if (f.namnd() != null) {
            villkor.append(" and s.namnd.id = :namnd");
            p.put("namnd", f.namnd());
        }
        if (f.ar() != null && f.ar() > 0 && f.ar() < 10000) {
            villkor.append(" and s.datum >= :fran and s.datum < :till");
            p.put("fran", LocalDate.of(f.ar(), 1, 1));
            p.put("till", LocalDate.of(f.ar() + 1, 1, 1));
        }
        EntityManager em = Panache.getEntityManager();
        TypedQuery<Sammantrade> rader = em.createQuery("select s from Sammantrade s join fetch s.namnd" + villkor
                + f.orderBy(), Sammantrade.class);
        TypedQuery<Long> antal = em.createQuery("select count(s) from Sammantrade s" + villkor, Long.class);
        p.forEach((k, v) -> {
            rader.setParameter(k, v);
            antal.setParameter(k, v);
        });
        List<Sammantrade> lista = rader.setFirstResult((sida - 1) * storlek).setMaxResults(storlek).getResultList();
        return new Sida<>(lista, sida, storlek, antal.getSingleResult());
    }
}
