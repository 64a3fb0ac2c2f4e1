package clinic.stride.release;

/**
 * The version written in pom.xml, handed to the tests by Surefire and Failsafe ({@code stride.pom.version}), so a
 * test compares what the code reports with the POM itself rather than with the code's own idea of it.
 */
public final class PomVersion {

    private PomVersion() {
    }

    public static String expected() {
        String version = System.getProperty("stride.pom.version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("run through Maven: stride.pom.version is set by the POM's test plugins");
        }
        return version;
    }
}
