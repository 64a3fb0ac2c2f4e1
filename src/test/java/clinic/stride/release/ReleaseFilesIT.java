package clinic.stride.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.MicroJars;
import clinic.stride.testsupport.SecondLane;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
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

    private final Path war = MicroJars.packagedWar();

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
        SecondLane.afterTheSharedBoot();
        Path uberJar = MicroJars.uberJar(work);

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
}
