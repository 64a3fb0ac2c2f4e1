package clinic.stride.testsupport;

import clinic.stride.security.DemoUsers;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What every black-box integration test starts with: the packaged WAR deployed through Arquillian to a real
 * Payara Micro (shared by all such tests of the run, see {@link SharedPayaraMicro}), called from the test JVM
 * over HTTP at {@link #base}. A new IT is {@code class FooIT extends StrideIT} and a few {@code @Test} methods.
 *
 * <p>These classes share the running application and its database: they run side by side, each on its own patients,
 * links and users, unless marked {@link RunsAlone} ({@link SharedPayaraLock}); the methods of one class run one after
 * another. Other ITs run beside them in the second lane ({@link SecondLane}).
 */
@ExtendWith(ParallelArquillian.class)
@RunAsClient
@ResourceLock(providers = SharedPayaraLock.class)
public abstract class StrideIT {

    /** Where the deployed Stride answers, e.g. {@code http://localhost:27351/stride/}. */
    @ArquillianResource
    protected URL base;

    /**
     * Headless Chromium signed in as this demo user through the sign-in form, posted over HTTP
     * ({@link Browser#signInOverHttp}): on no page yet, so open one first. Close it (try-with-resources).
     */
    protected Browser signedInBrowser(DemoUsers.DemoUser user) {
        Browser browser = new Browser(base);
        browser.signInOverHttp(user.username(), user.password());
        return browser;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.stride();
    }
}
