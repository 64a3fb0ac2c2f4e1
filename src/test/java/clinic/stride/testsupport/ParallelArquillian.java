package clinic.stride.testsupport;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Arquillian's JUnit 5 extension for test classes that start side by side. Its first {@code beforeAll} creates
 * Arquillian's shared runner and stores it before starting it, so a second class starting at that moment finds
 * a runner without its adaptor and fails with a NullPointerException. The first class therefore starts alone;
 * the classes after it find the runner ready.
 */
public class ParallelArquillian extends ArquillianExtension {

    private static final Object FIRST_START = new Object();
    private static volatile boolean started;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!started) {
            synchronized (FIRST_START) {
                if (!started) {
                    try {
                        super.beforeAll(context);
                    } finally {
                        started = true;
                    }
                    return;
                }
            }
        }
        super.beforeAll(context);
    }
}
