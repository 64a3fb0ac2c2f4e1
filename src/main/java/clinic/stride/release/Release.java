package clinic.stride.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Stride release this code belongs to. The version is the POM's {@code <version>}, written into
 * {@code release.properties} by Maven's resource filtering, so the WAR's manifest, the health check, the PDFs'
 * metadata and footers and the release files all carry the same string (docs/releases.md).
 */
public final class Release {

    private static final String VERSION = load();

    private Release() {
    }

    /** The version, e.g. {@code 0.2.0} or {@code 0.2.0-SNAPSHOT} for a build that is not a release. */
    public static String version() {
        return VERSION;
    }

    /** "Stride 0.2.0": what a PDF's Creator and Producer and its page footers say. */
    public static String name() {
        return "Stride " + VERSION;
    }

    private static String load() {
        try (InputStream in = Release.class.getResourceAsStream("release.properties")) {
            if (in == null) {
                throw new IllegalStateException("release.properties is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            // An unfiltered copy (a build that skipped Maven's resources) would say "${project.version}".
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException("release.properties holds no version: '" + version + "'");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
