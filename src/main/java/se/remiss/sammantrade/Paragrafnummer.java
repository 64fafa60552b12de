package se.remiss.sammantrade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import se.remiss.organisation.Organisation;

/**
 * § numbers: running per nämnd and calendar year, never reused. The year's counter row is locked
 * ({@code SELECT … FOR UPDATE}) by the transaction that takes a number, so parallel secretaries
 * queue on it and get consecutive numbers on H2 and PostgreSQL alike; the unique index on
 * (nämnd, år, nummer) is the guarantee behind it.
 */
@ApplicationScoped
class Paragrafnummer {

    @Inject
    EntityManager em;

    /** The next number of {@code namnd}'s year {@code ar}; call inside the transaction that stores the §. */
    int nasta(long namnd, int ar) {
        List<?> rad = las(namnd, ar);
        if (rad.isEmpty()) {
            // The year's first §: whoever creates the counter holds the nämnd's row meanwhile, so a
            // second first § waits, then finds the counter (committed with the first) and locks it.
            // A JPA lock, not native FOR UPDATE: on PostgreSQL Hibernate makes it FOR NO KEY UPDATE,
            // which does not block the key-share lock a § insert's foreign key takes on the nämnd's
            // row (FOR UPDATE did, and deadlocked with a transaction holding the counter row).
            em.find(Organisation.class, namnd, LockModeType.PESSIMISTIC_WRITE);
            rad = las(namnd, ar);
            if (rad.isEmpty()) {
                em.createNativeQuery("INSERT INTO paragrafraknare (namnd_id, ar, senaste) VALUES (?1, ?2, 0)")
                        .setParameter(1, namnd).setParameter(2, ar).executeUpdate();
                rad = las(namnd, ar);
            }
        }
        int nasta = ((Number) rad.get(0)).intValue() + 1;
        em.createNativeQuery("UPDATE paragrafraknare SET senaste = ?1 WHERE namnd_id = ?2 AND ar = ?3")
                .setParameter(1, nasta).setParameter(2, namnd).setParameter(3, ar).executeUpdate();
        return nasta;
    }

    private List<?> las(long namnd, int ar) {
        return em.createNativeQuery("SELECT senaste FROM paragrafraknare WHERE namnd_id = ?1 AND ar = ?2 FOR UPDATE")
                .setParameter(1, namnd).setParameter(2, ar).getResultList();
    }
}
