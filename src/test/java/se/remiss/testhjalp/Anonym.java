package se.remiss.testhjalp;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test starts anonymous, so no test inherits the identity a previous one chose with
 * {@link Api#som}. Registered for all tests through JUnit's extension auto-detection.
 */
public class Anonym implements BeforeEachCallback {

    /**
     * Called through the test instance's class loader: a {@code @QuarkusTest} runs in Quarkus's
     * class loader, which has its own copy of RestAssured's static settings.
     */
    @Override
    public void beforeEach(ExtensionContext context) throws ReflectiveOperationException {
        ClassLoader laddare = context.getRequiredTestInstance().getClass().getClassLoader();
        Class.forName(Api.class.getName(), true, laddare).getMethod("anonym").invoke(null);
    }
}
