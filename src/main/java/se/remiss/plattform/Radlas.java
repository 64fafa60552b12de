package se.remiss.plattform;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Locks one row that other tables point at (an organisation, a meeting) to serialise a rare
 * "create if missing", in native SQL. The clause comes from Hibernate's dialect: on PostgreSQL it is
 * {@code FOR NO KEY UPDATE}, because a plain {@code FOR UPDATE} there also blocks the
 * {@code FOR KEY SHARE} lock every foreign-key check takes on the parent row. Two transactions could
 * then wait for each other: one holding the parent and waiting for a counter, the other holding the
 * counter and inserting a row that points at the parent (PostgreSQL breaks that deadlock by failing one).
 */
public final class Radlas {

    private Radlas() {
    }

    /** Locks row {@code id} of {@code tabell} until the transaction ends. */
    public static void las(EntityManager em, String tabell, long id) {
        String klausul = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getForUpdateString();
        em.createNativeQuery("SELECT id FROM " + tabell + " WHERE id = ?1" + klausul).setParameter(1, id)
                .getResultList();
    }
}
