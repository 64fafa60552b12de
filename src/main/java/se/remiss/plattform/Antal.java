package se.remiss.plattform;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Counts as an HQL {@code select count(*)}, for the checks and pages every request runs. Panache's
 * {@code count()} derives a criteria query from the query on each call, and Hibernate translates a
 * criteria query to SQL on every execution; an HQL string's translation is cached (docs/benchmarks.md).
 * Checks that run once per write or in the background (a dnr's uniqueness, a reminder already sent,
 * the sample loader) keep Panache's {@code count()}: one translation there is lost in the write.
 */
public final class Antal {

    private Antal() {
    }

    /** Rows of {@code entitet} matching {@code villkor}, an HQL condition with parameters ?1, ?2, … */
    public static long av(Class<?> entitet, String villkor, Object... parametrar) {
        EntityManager em = Panache.getEntityManager(entitet);
        TypedQuery<Long> fraga = em.createQuery("select count(*) from " + em.getMetamodel().entity(entitet).getName()
                + " where " + villkor, Long.class);
        for (int i = 0; i < parametrar.length; i++) {
            fraga.setParameter(i + 1, parametrar[i]);
        }
        return fraga.getSingleResult();
    }
}
