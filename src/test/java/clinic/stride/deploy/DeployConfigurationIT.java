package clinic.stride.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.SecondLane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The configuration files under deploy/ checked by the tools that will read them: the Kubernetes manifests by
 * deploy/k8s/validate.sh (schemas, strict fields), the nginx TLS configuration by nginx -t (deploy/nginx/check.sh).
 */
@ResourceLock(SecondLane.LOCK)
class DeployConfigurationIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path temp;

    @Test
    void shouldPassSchemaValidationWhenKubernetesManifestsAreChecked() {
        Script.Result result = Script.deploy("k8s/validate.sh").run(Map.of(), TIMEOUT);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.output().contains("OK 14 objects valid"), result::toString);
    }

    @Test
    void shouldRejectMisspeltFieldWhenKubernetesManifestIsChecked() throws IOException {
        Path copy = copyOf(Path.of(System.getProperty("basedir", "."), "deploy", "k8s"));
        Path deployment = copy.resolve("deployment.yaml");
        Files.writeString(deployment, Files.readString(deployment).replace("readinessProbe:", "readinesProbe:"));

        Script.Result result = Script.deploy("k8s/validate.sh").run(Map.of(), TIMEOUT, copy.toString());
        assertNotEquals(0, result.exitCode(), result::toString);
        assertTrue(result.output().contains("readinesProbe"), result::toString);
    }

    @Test
    void shouldPassNginxConfigurationTestAndKeepTokensAndQueryStringsOutOfTheAccessLog() {
        Script.Result result = Script.deploy("nginx/check.sh").run(Map.of(), TIMEOUT);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.output().contains("nginx -t OK"), result::toString);
        assertTrue(result.output().contains("access log OK (3 requests"), result::toString);
    }

    private Path copyOf(Path k8s) throws IOException {
        Path copy = temp.resolve("k8s");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(k8s)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }
}
