package se.remiss.plattform;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure means "the database was too busy" rather than a fault: no pooled connection
 * within the acquisition timeout, a row lock not granted in time, or a deadlock the database broke by
 * failing this transaction. The transaction has rolled back, so the request can simply be sent again:
 * it is answered 503 with Retry-After, not 500.
 */
public final class Overbelastning {

    /** PostgreSQL: deadlock_detected, serialization_failure, lock_not_available. */
    private static final Set<String> SQL_TILLSTAND = Set.of("40P01", "40001", "55P03");
    /** H2: LOCK_TIMEOUT_1, DEADLOCK_1. */
    private static final Set<Integer> H2_KODER = Set.of(50200, 40001);

    private Overbelastning() {
    }

    public static boolean ar(Throwable fel) {
        for (Throwable t = fel; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && upptagen(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean upptagen(SQLException sql) {
        return (sql.getSQLState() != null && SQL_TILLSTAND.contains(sql.getSQLState()))
                || H2_KODER.contains(sql.getErrorCode())
                || String.valueOf(sql.getMessage()).contains("acquisition timeout"); // Agroal: pool exhausted
    }
}
