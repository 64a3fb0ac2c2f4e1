package clinic.stride.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.SecondLane;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The files a clinic installs name the POM's version: the packaged WAR (manifest and the properties the running code
 * reads) and an uber-jar made from it the way deploy/release.sh makes one. No server is started.
 */
@ResourceLock(SecondLane.LOCK)
class ReleaseFilesIT {

    private final Path war = Path.of(System.getProperty("stride.war", "target/stride.war"));

    @TempDir
    Path work;

    @Test
    void shouldNameThePomVersionWhenTheWarsManifestAndReleasePropertiesAreRead() throws IOException {
        try (JarFile jar = new JarFile(war.toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals(PomVersion.expected(), main.getValue(Attributes.Name.IMPLEMENTATION_VERSION));
            assertEquals("Stride", main.getValue(Attributes.Name.IMPLEMENTATION_TITLE));
            ZipEntry properties = jar.getEntry("WEB-INF/classes/clinic/stride/release/release.properties");
            assertNotNull(properties, "release.properties is in the WAR");
            Properties read = new Properties();
            try (InputStream in = jar.getInputStream(properties)) {
                read.load(in);
            }
            assertEquals(PomVersion.expected(), read.getProperty("version"));
        }
    }

    @Test
    void shouldNameThePomVersionWhenTheUberJarsWarIsRead() throws Exception {
        Path root = work.resolve("ROOT.war");
        Files.copy(war, root);
        Path uberJar = work.resolve("stride.jar");
        SecondLane.afterTheSharedBoot();
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", microJar().toString(),
                "--deploy", root.toString(), "--outputUberJar", uberJar.toString(),
                "--rootdir", work.resolve("payara-root").toString()))
                .redirectErrorStream(true).redirectOutput(work.resolve("uberjar.log").toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the uber-jar is written within 5 minutes");
        assertEquals(0, process.exitValue(), () -> read(work.resolve("uberjar.log")));

        try (JarFile jar = new JarFile(uberJar.toFile())) {
            ZipEntry inner = jar.getEntry("MICRO-INF/deploy/ROOT.war");
            assertNotNull(inner, "the WAR is inside the uber-jar as ROOT.war (served at /)");
            try (JarInputStream innerWar = new JarInputStream(jar.getInputStream(inner))) {
                Manifest manifest = innerWar.getManifest();
                assertNotNull(manifest, "the inner WAR keeps its manifest");
                assertEquals(PomVersion.expected(), manifest.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION));
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The Payara Micro jar Maven resolved as a test dependency (or -Dpayara.microJar). */
    private static Path microJar() throws URISyntaxException, ClassNotFoundException {
        String configured = System.getProperty("payara.microJar", System.getenv("MICRO_JAR"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(Class.forName("fish.payara.micro.PayaraMicro").getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
