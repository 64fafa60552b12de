package se.remiss.granskning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Per request: whether an event about it has already been committed (a change, a refused login,
 * access denied to another organisation's object), so that the error handler and the net for
 * refused requests ({@link AvvisadeAnrop}) do not write a second one.
 */
@RequestScoped
public class Begaransgranskning {

    private boolean loggad;

    public void markera() {
        loggad = true;
    }

    public boolean loggad() {
        return loggad;
    }

    /**
     * Marks the request once the current transaction, which has just written an event, commits; an
     * event rolled back with its change does not count, so the refusal is still recorded.
     */
    void markeraVidCommit(TransactionSynchronizationRegistry transaktioner) {
        transaktioner.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    loggad = true;
                }
            }
        });
    }
}
