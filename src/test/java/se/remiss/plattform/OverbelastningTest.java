package se.remiss.plattform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A busy database (no connection in time, a lock wait or deadlock broken) is 503, other faults stay 500. */
class OverbelastningTest {

    private static RuntimeException inslagen(Throwable orsak) {
        return new RuntimeException("JDBC exception executing SQL", new IllegalStateException("wrapper", orsak));
    }

    @Test
    void ingenAnslutningITid() {
        assertTrue(Overbelastning.ar(inslagen(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void lasningarSomDatabasenGavUppPa() {
        assertTrue(Overbelastning.ar(inslagen(new SQLException("ERROR: deadlock detected", "40P01"))));
        assertTrue(Overbelastning.ar(inslagen(new SQLException("Timeout trying to lock table", "HYT00", 50200))));
        assertTrue(Overbelastning.ar(new PessimisticLockException("lock")));
    }

    @Test
    void andraFelArInteOverbelastning() {
        assertFalse(Overbelastning.ar(inslagen(new SQLException("duplicate key", "23505"))));
        assertFalse(Overbelastning.ar(new NullPointerException()));
        assertFalse(Overbelastning.ar(null));
    }
}
