package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged WAR carries no test libraries and no mixed versions of one library family. Maven resolves
 * one version per artifact for tests and WAR together, so a test dependency can raise a version inside the
 * WAR (it did: Selenium's OpenTelemetry beside HAPI's, then NoClassDefFoundError on every FHIR call).
 */
class WarContentsIT {

    private static final Pattern JAR = Pattern.compile("WEB-INF/lib/(.+?)-(\\d[^/]*)\\.jar");

    /** Families released together, whose jars must share one version. */
    private static final List<String> FAMILIES = List.of("opentelemetry-", "hapi-fhir-", "org.hl7.fhir.", "jackson-",
            "batik-", "flyway-", "jaxb-");

    /** Only tests use these. */
    private static final List<String> TEST_ONLY = List.of("guava", "selenium", "junit", "icu4j", "Saxon-HE",
            "hapi-fhir-validation", "caffeine", "pdfbox", "arquillian", "jazzer", "hibernate-validator");

    static Map<String, String> jars() throws IOException {
        File war = new File(System.getProperty("stride.war", "target/stride.war"));
        Map<String, String> jars = new HashMap<>();
        try (ZipFile zip = new ZipFile(war)) {
            zip.stream().forEach(entry -> {
                Matcher m = JAR.matcher(entry.getName());
                if (m.matches()) {
                    jars.put(m.group(1), m.group(2));
                }
            });
        }
        return jars;
    }

    @Test
    void shouldCarryNoTestLibraries() throws IOException {
        List<String> found = new ArrayList<>();
        jars().keySet().forEach(name -> TEST_ONLY.stream().filter(name::startsWith).forEach(t -> found.add(name)));
        assertEquals(List.of(), found);
    }

    @Test
    void shouldCarryOneVersionPerLibraryFamily() throws IOException {
        Map<String, String> jars = jars();
        assertTrue(jars.containsKey("hapi-fhir-structures-r4"), jars::toString);
        List<String> mixed = new ArrayList<>();
        for (String family : FAMILIES) {
            var versions = new TreeSet<String>();
            jars.forEach((name, version) -> {
                // Jackson's annotations jar drops the patch number (2.23 beside 2.23.0).
                if (name.startsWith(family)) {
                    versions.add(version.replaceAll("^(\\d+\\.\\d+)(\\.0)?$", "$1"));
                }
            });
            if (versions.size() > 1) {
                mixed.add(family + "* " + versions);
            }
        }
        assertEquals(List.of(), mixed);
    }
}
