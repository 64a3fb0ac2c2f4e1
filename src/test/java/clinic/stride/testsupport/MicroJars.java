package clinic.stride.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Payara Micro jar the tests start, and the release's uber-jar made from the packaged WAR the way
 * deploy/release.sh makes it, for the tests that install Stride as a clinic would.
 */
public final class MicroJars {

    private MicroJars() {
    }

    /** The Payara Micro jar Maven resolved as a test dependency (or -Dpayara.microJar / MICRO_JAR). */
    public static Path micro() {
        String configured = System.getProperty("payara.microJar", System.getenv("MICRO_JAR"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
            return Path.of(micro.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("payara-micro is a test dependency; set -Dpayara.microJar otherwise", e);
        }
    }

    /** The WAR Maven packaged with its libraries, for Payara Server (or -Dstride.war). */
    public static Path packagedWar() {
        return Path.of(System.getProperty("stride.war", "target/stride.war")).toAbsolutePath();
    }

    /** The WAR Payara Micro deploys: {@link #packagedWar} without its libraries (or -Dstride.micro.war). */
    public static Path microWar() {
        return Path.of(System.getProperty("stride.micro.war", "target/stride-micro.war")).toAbsolutePath();
    }

    /** The libraries {@link #microWar} leaves out, which Payara Micro is given with addLibs (or -Dstride.micro.lib). */
    public static Path microLibraries() {
        return Path.of(System.getProperty("stride.micro.lib", "target/stride-lib")).toAbsolutePath();
    }

    /** Payara Micro's arguments that deploy Stride: {@link #microWar} with {@link #microLibraries}. */
    public static List<String> deployArguments(Path war) {
        return List.of("--deploy", war.toString(), "--addLibs", microLibraries().toString());
    }

    /**
     * Writes {@code workDir/stride.jar} as deploy/release.sh does: {@link #microWar} as ROOT.war (served at "/") and
     * its libraries (inside the jar under MICRO-INF/lib), with no {@code --rootdir}. Payara Micro 7.2025.1 records a
     * {@code --rootdir} given here in the jar, and with an empty one it leaves its domain out and logs "Config
     * directory is not in the root directory": the jar then never starts ("Unable to parse .../config/domain.xml")
     * yet exits 0.
     */
    public static Path uberJar(Path workDir) throws IOException, InterruptedException {
        Path root = workDir.resolve("ROOT.war");
        Files.copy(microWar(), root);
        Path uberJar = workDir.resolve("stride.jar");
        Path log = workDir.resolve("uberjar.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", micro().toString()));
        command.addAll(deployArguments(root));
        command.addAll(List.of("--outputUberJar", uberJar.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the uber-jar was not written within 5 minutes; log:\n" + read(log));
        }
        String written = read(log);
        if (process.exitValue() != 0 || written.contains("SEVERE")) {
            throw new IllegalStateException("writing the uber-jar failed (exit " + process.exitValue() + "):\n" + written);
        }
        return uberJar;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
