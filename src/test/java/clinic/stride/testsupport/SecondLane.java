package clinic.stride.testsupport;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Failsafe runs the integration tests in lanes (the {@code configurationParameters} of the Failsafe plugin in
 * pom.xml). The black-box ITs ({@link StrideIT}) run against the shared Payara, side by side unless marked
 * {@link RunsAlone} ({@link SharedPayaraLock}). Every other IT starts processes of its own (a Payara of its own,
 * pg_dump, node, an uber-jar build) or only reads files, and runs beside them, taking {@link #LOCK} so that these
 * run one at a time. {@code LanesTest} fails the build for an IT that is in neither lane.
 */
public final class SecondLane {

    /** The {@code @ResourceLock} every IT outside {@link StrideIT} takes. */
    public static final String LOCK = "clinic.stride.testsupport.SecondLane";

    private static final Logger LOG = Logger.getLogger(SecondLane.class.getName());
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);
    private static final CountDownLatch SHARED_BOOT = new CountDownLatch(1);
    private static volatile boolean blackBoxTestsPlanned;

    private SecondLane() {
    }

    /** Registered in META-INF/services: notes whether this run has black-box ITs, and so a shared Payara to boot. */
    public static final class Plan implements TestExecutionListener {
        @Override
        public void testPlanExecutionStarted(TestPlan plan) {
            blackBoxTestsPlanned = plan.getRoots().stream()
                    .flatMap(root -> plan.getDescendants(root).stream())
                    .map(TestIdentifier::getSource)
                    .flatMap(java.util.Optional::stream)
                    .anyMatch(source -> source instanceof ClassSource c && StrideIT.class.isAssignableFrom(c.getJavaClass()));
        }
    }

    /** The shared Payara's first boot has ended, ready or failed ({@link SharedPayaraMicro}). */
    static void sharedBootEnded() {
        SHARED_BOOT.countDown();
    }

    /**
     * For a second-lane IT about to start a Payara of its own: waits until the shared Payara's first boot has ended,
     * when this run has black-box ITs. Every black-box IT waits on that boot; two or three boots at once on 2 cores
     * made it pass its 480 s start-up timeout under load.
     */
    public static void afterTheSharedBoot() throws InterruptedException {
        if (!blackBoxTestsPlanned) {
            return;
        }
        long start = System.nanoTime();
        boolean ended = SHARED_BOOT.await(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS);
        long waited = (System.nanoTime() - start) / 1_000_000_000L;
        LOG.info(() -> "Second lane waited " + waited + " s for the shared Payara's boot" + (ended ? "" : " (gave up)"));
    }
}
