package se.remiss.avisering;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.remiss.anvandare.Anvandare;

/** The categories of mail a user has turned off (table epostavval). */
final class Epostval {

    private Epostval() {
    }

    static boolean avstangd(Anvandare a, Epostkategori kategori) {
        return avstangda(a).contains(kategori);
    }

    @SuppressWarnings("unchecked")
    static Set<Epostkategori> avstangda(Anvandare a) {
        List<String> rader = Panache.getEntityManager()
                .createNativeQuery("select kategori from epostavval where anvandare_id = ?1").setParameter(1, a.id)
                .getResultList();
        Set<Epostkategori> av = EnumSet.noneOf(Epostkategori.class);
        rader.forEach(r -> av.add(Epostkategori.valueOf(r)));
        return av;
    }

    /** Replaces the user's choice: {@code av} the categories turned off. */
    static void satt(Anvandare a, Set<Epostkategori> av) {
        Panache.getEntityManager().createNativeQuery("delete from epostavval where anvandare_id = ?1")
                .setParameter(1, a.id).executeUpdate();
        for (Epostkategori k : av) {
            Panache.getEntityManager().createNativeQuery("insert into epostavval (anvandare_id, kategori) values (?1, ?2)")
                    .setParameter(1, a.id).setParameter(2, k.name()).executeUpdate();
        }
    }
}
