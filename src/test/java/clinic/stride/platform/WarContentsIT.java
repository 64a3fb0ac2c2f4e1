package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.MicroJars;
import clinic.stride.testsupport.SecondLane;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The packaged WAR carries no test libraries and no mixed versions of one library family. Maven resolves
 * one version per artifact for tests and WAR together, so a test dependency can raise a version inside the
 * WAR (it did: Selenium's OpenTelemetry beside HAPI's). And the FHIR model really loads from the WAR's own
 * libraries (HAPI needs Guava without declaring it). Payara Micro is given the same application without its
 * libraries, and those libraries beside it.
 */
@ResourceLock(SecondLane.LOCK)
class WarContentsIT {

    private static final Pattern JAR = Pattern.compile("WEB-INF/lib/(.+?)-(\\d[^/]*)\\.jar");

    /** Families released together, whose jars must share one version. */
    private static final List<String> FAMILIES = List.of("opentelemetry-", "hapi-fhir-", "org.hl7.fhir.", "jackson-",
            "batik-", "flyway-", "jaxb-", "pdfbox", "fontbox");

    /** Only tests use these (PDFBox is not among them: it tags the reports, see docs/standards.md). */
    private static final List<String> TEST_ONLY = List.of("selenium", "junit", "icu4j", "Saxon-HE",
            "hapi-fhir-validation", "caffeine", "arquillian", "jazzer", "hibernate-validator", "validation-model",
            "pdf-model", "wcag-validation", "metadata-fixer", "verapdf", "mock-oauth2-server", "mockwebserver");

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
    void shouldBuildTheFhirQuestionnaireFromTheWarsOwnLibraries() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("stride-war");
        List<java.net.URL> urls = new ArrayList<>();
        try (ZipFile zip = new ZipFile(System.getProperty("stride.war", "target/stride.war"))) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    java.nio.file.Path jar = dir.resolve(entry.getName().substring("WEB-INF/lib/".length()));
                    try (var in = zip.getInputStream(entry)) {
                        java.nio.file.Files.copy(in, jar);
                    }
                    urls.add(jar.toUri().toURL());
                }
            }
        }
        // The WAR's classes from target/classes; the Jakarta and MicroProfile APIs Payara provides from the test class path.
        urls.add(java.nio.file.Path.of("target", "classes").toUri().toURL());
        ClassLoader provided = new ClassLoader(ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.startsWith("jakarta.") || name.startsWith("org.eclipse.microprofile.")) {
                    return WarContentsIT.class.getClassLoader().loadClass(name);
                }
                throw new ClassNotFoundException(name);
            }
        };
        try (var loader = new java.net.URLClassLoader(urls.toArray(java.net.URL[]::new), provided)) {
            Object questionnaire = loader.loadClass("clinic.stride.fhir.IntakeQuestionnaire").getMethod("build").invoke(null);
            Class<?> fhir = loader.loadClass("clinic.stride.fhir.Fhir");
            String json = (String) fhir.getMethod("toJson", loader.loadClass("org.hl7.fhir.instance.model.api.IBaseResource"))
                    .invoke(null, questionnaire);
            assertTrue(json.contains("\"resourceType\": \"Questionnaire\""), json.substring(0, 200));
        }
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

    @Test
    void shouldGivePayaraMicroTheWarsOwnLibrariesBesideTheSameApplication() throws IOException {
        Map<String, Long> inWar = new TreeMap<>();
        Map<String, Long> application = new TreeMap<>();
        try (ZipFile zip = new ZipFile(MicroJars.packagedWar().toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> {
                if (e.getName().startsWith("WEB-INF/lib/")) {
                    inWar.put(e.getName().substring("WEB-INF/lib/".length()), e.getCrc());
                } else if (!e.getName().startsWith("META-INF/maven/")) {
                    application.put(e.getName(), e.getCrc());
                }
            });
        }
        Map<String, Long> microApplication = new TreeMap<>();
        try (ZipFile zip = new ZipFile(MicroJars.microWar().toFile())) {
            zip.stream().filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/maven/"))
                    .forEach(e -> microApplication.put(e.getName(), e.getCrc()));
        }
        Map<String, Long> beside = new TreeMap<>();
        try (var files = Files.list(MicroJars.microLibraries())) {
            for (Path jar : files.toList()) {
                CRC32 crc = new CRC32();
                crc.update(Files.readAllBytes(jar));
                beside.put(jar.getFileName().toString(), crc.getValue());
            }
        }
        assertTrue(inWar.containsKey("hibernate-core-" + org.hibernate.Version.getVersionString() + ".jar"), inWar::toString);
        assertEquals(inWar, beside, "the same jars, byte for byte");
        // The manifest differs by nothing but is written anew for each WAR; every other file is the same.
        application.remove("META-INF/MANIFEST.MF");
        microApplication.remove("META-INF/MANIFEST.MF");
        assertEquals(application, microApplication);
    }
}
