package clinic.stride.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.release.LicencePolicy.Component;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every jar the WAR ships carries a licence the policy allows (src/test/resources/release/licence-policy.yaml,
 * explained in docs/releases.md), or a reviewed exception. The jars are those maven-dependency-plugin lists in
 * target/shipped-classpath.txt (compile and runtime scope); their licences come from their POMs in the local Maven
 * repository. Passing, it writes target/licence-report.tsv, the licence report of the release.
 */
class LicencePolicyTest {

    private final LicencePolicy policy = LicencePolicy.load();

    @Test
    void shouldAllowEveryShippedJarAndWriteTheLicenceReportWhenTheirLicencesAreOnThePolicy() throws IOException {
        Path classPath = Path.of("target", "shipped-classpath.txt");
        assertTrue(Files.exists(classPath), "maven-dependency-plugin writes it at generate-test-resources");
        List<Component> shipped = LicencePolicy.fromClassPath(Files.readString(classPath), repository());
        assertTrue(shipped.stream().anyMatch(c -> c.id().startsWith("org.hibernate.orm:hibernate-core:")), shipped::toString);

        List<String> problems = policy.problems(shipped);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));

        List<String> report = new ArrayList<>();
        report.add("component\tlicences declared in its POM\tused under");
        shipped.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(c ->
                report.add(c.id() + "\t" + String.join(" | ", c.licenceNames()) + "\t" + policy.usedUnder(c)));
        Files.write(Path.of("target", "licence-report.tsv"), report, StandardCharsets.UTF_8);
    }

    @Test
    void shouldRefuseAJarWhenItArrivesUnderALicenceThatIsNotAllowed() {
        List<String> problems = policy.problems(withReviewed(
                new Component("org.example:copyleft:1.0", List.of("GNU General Public License v3.0"))));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("org.example:copyleft:1.0: licence name(s)"), problems::toString);
    }

    @Test
    void shouldRefuseAJarWhenItsKnownLicenceIsCopyleftAndNobodyReviewedIt() {
        List<String> problems = policy.problems(withReviewed(
                new Component("org.example:lesser:2.0", List.of("GNU Lesser General Public License (LGPL), Version 2.1"))));
        assertEquals(List.of("org.example:lesser:2.0: [LGPL-2.1-only] is not allowed: remove it or add a reviewed "
                + "entry that says which licence Stride uses it under and why"), problems);
    }

    @Test
    void shouldRefuseADualLicensedJarWhenOneOfItsLicencesIsNotAllowedAndNobodyChose() {
        List<String> problems = policy.problems(withReviewed(new Component("org.example:dual:1.0",
                List.of("Apache License, Version 2.0", "Mozilla Public License Version 2.0"))));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("dual or combined licences [Apache-2.0, MPL-2.0], of which [MPL-2.0] are not allowed"),
                problems::toString);
    }

    @Test
    void shouldAllowADualLicensedJarWhenBothOfItsLicencesAreAllowed() {
        assertEquals(List.of(), policy.problems(withReviewed(new Component("org.example:both:1.0",
                List.of("The MIT License", "Apache-2.0")))));
    }

    @Test
    void shouldRefuseAJarWhenItsPomNamesNoLicence() {
        List<String> problems = policy.problems(withReviewed(new Component("org.example:silent:1.0", List.of())));
        assertEquals(List.of("org.example:silent:1.0: declares no licence: find its licence and add a reviewed entry"),
                problems);
    }

    @Test
    void shouldAskForANewReviewWhenAReviewedJarChangesItsLicences() {
        List<Component> components = new ArrayList<>(withReviewed());
        components.removeIf(c -> c.id().startsWith("com.github.librepdf:openpdf:"));
        components.add(new Component("com.github.librepdf:openpdf:4.0.0", List.of("GNU Lesser General Public License (LGPL), Version 2.1")));
        List<String> problems = policy.problems(components);
        assertEquals(List.of("com.github.librepdf:openpdf:4.0.0: was reviewed as [LGPL-2.1-only, MPL-2.0], now "
                + "declares [LGPL-2.1-only]: review it again"), problems);
    }

    @Test
    void shouldReportAStaleReviewWhenTheReviewedJarIsNoLongerShipped() {
        List<String> problems = policy.problems(List.of(
                new Component("com.github.librepdf:openpdf:3.0.5", List.of("GNU Lesser General Public License (LGPL), Version 2.1",
                        "Mozilla Public License Version 2.0"))));
        assertEquals(List.of("xml-apis:xml-apis: reviewed, but no longer shipped: remove its entry"), problems);
    }

    /** The reviewed components as they are declared today, plus these: a stale review would hide the real finding. */
    private static List<Component> withReviewed(Component... more) {
        List<Component> components = new ArrayList<>(List.of(
                new Component("com.github.librepdf:openpdf:3.0.5", List.of("GNU Lesser General Public License (LGPL), Version 2.1",
                        "Mozilla Public License Version 2.0")),
                new Component("xml-apis:xml-apis:1.4.01", List.of("The Apache Software License, Version 2.0",
                        "The SAX License", "The W3C License"))));
        components.addAll(List.of(more));
        return components;
    }

    private static Path repository() {
        String configured = System.getProperty("stride.maven.repository");
        return Path.of(configured != null ? configured : System.getProperty("user.home") + "/.m2/repository")
                .toAbsolutePath().normalize();
    }
}
