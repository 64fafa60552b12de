package se.remiss.remiss;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * Keeps the earliest awaited deadline of each remiss in {@link Synlighet} (V35) in step with its
 * recipients. Any write of a recipient row marks its remiss; before the transaction commits, after
 * Hibernate's last flush, the marked remisser's rows are worked out again on the same connection.
 * In one place, from the entity's own callbacks, rather than in every service that moves a status or
 * a deadline: a new way of changing a recipient cannot forget it. A rolled-back transaction runs nothing.
 */
final class Fristvakt {

    /** The transaction's set of marked remisser, as a resource of the JTA transaction. */
    private static final Object NYCKEL = Fristvakt.class;

    private Fristvakt() {
    }

    /** The recipient row was inserted, changed or removed in the current transaction. */
    static void markera(Remissmottagare m) {
        TransactionSynchronizationRegistry register = Arc.container().instance(TransactionSynchronizationRegistry.class).get();
        @SuppressWarnings("unchecked")
        Set<Long> remisser = (Set<Long>) register.getResource(NYCKEL);
        if (remisser == null) {
            Set<Long> nya = new HashSet<>();
            register.putResource(NYCKEL, nya);
            Panache.getEntityManager().unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                    .registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) session ->
                            session.doWork(anslutning -> Synlighet.uppdateraFrister(anslutning, nya)));
            remisser = nya;
        }
        remisser.add(m.remiss.id);
    }
}
