package se.remiss.granskning;

import jakarta.enterprise.context.RequestScoped;

/**
 * Per request: whether an event about its refusal has already been written (e.g. access denied to
 * another organisation's object), so the error handler does not write a second one.
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
}
