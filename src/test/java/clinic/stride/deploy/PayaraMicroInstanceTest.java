package clinic.stride.deploy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy tests' wait for a booting Payara Micro, against a stand-in process that logs what Payara logs: a
 * deployment that failed ends the wait at once instead of after the boot limit (12 minutes in the deploy tests).
 */
class PayaraMicroInstanceTest {

    @Test
    void aFailedDeploymentEndsTheWaitBeforeTheBootLimit(@TempDir Path dir) throws Exception {
        // Payara Micro keeps running after a failed deployment; so does the stand-in.
        PayaraMicroInstance payara = new PayaraMicroInstance("stand-in", PayaraMicroInstance.freePort(), List.of("sh", "-c",
                "echo '[SEVERE] [javax.enterprise.system.core] Exception while deploying the app [stride-micro]'; exec sleep 120"),
                Map.of(), dir.resolve("payara.log"));
        payara.start();
        try {
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> payara.awaitReady(Duration.ofMinutes(2)));
            // Not "not ready within": the wait ended on the log line, not on the limit.
            assertTrue(failure.getMessage().contains("did not deploy the application"), failure.getMessage());
            assertTrue(failure.getMessage().contains("Exception while deploying the app [stride-micro]"),
                    "the log's tail is in the message: " + failure.getMessage());
        } finally {
            payara.stop();
        }
    }

    @Test
    void aPayaraThatExitsEndsTheWaitWithItsExitCode(@TempDir Path dir) throws Exception {
        PayaraMicroInstance payara = new PayaraMicroInstance("stand-in", PayaraMicroInstance.freePort(),
                List.of("sh", "-c", "echo 'Unable to parse domain.xml'; exit 3"), Map.of(), dir.resolve("payara.log"));
        payara.start();
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> payara.awaitReady(Duration.ofMinutes(2)));
        assertTrue(failure.getMessage().contains("exited with 3"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Unable to parse domain.xml"), failure.getMessage());
    }
}
