package se.remiss.testhjalp;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test starts anonymous, so no test inherits the identity a previous one chose with
 * {@link Api#som}. Registered for all tests through JUnit's extension auto-detection.
 */
public class Anonym implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Api.anonym();
    }
}
