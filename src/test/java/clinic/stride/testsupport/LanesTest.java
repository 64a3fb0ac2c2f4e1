package clinic.stride.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Every integration test is in one of Failsafe's two lanes ({@link SecondLane}): a black-box {@link StrideIT}, or
 * one that takes the second lane's lock. An IT in neither would run beside both lanes, against the shared Payara
 * or beside another IT's own Payara.
 */
class LanesTest {

    private static final Path TEST_CLASSES = Path.of("target", "test-classes");

    private static List<Class<?>> integrationTests() throws IOException {
        try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
            return files.map(p -> TEST_CLASSES.relativize(p).toString())
                    .filter(name -> name.endsWith("IT.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .map(LanesTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, LanesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldPutEveryIntegrationTestInOneLaneWhenFailsafeRunsThemSideBySide() throws IOException {
        List<Class<?>> its = integrationTests();
        assertTrue(its.size() > 40, "the ITs were found: " + its.size());
        List<String> inNoLane = its.stream()
                .filter(c -> !StrideIT.class.isAssignableFrom(c))
                .filter(c -> c.getAnnotation(ResourceLock.class) == null
                        || !SecondLane.LOCK.equals(c.getAnnotation(ResourceLock.class).value()))
                .map(Class::getName)
                .toList();
        assertEquals(List.of(), inNoLane, "extend StrideIT, or take @ResourceLock(SecondLane.LOCK)");
    }

    @Test
    void shouldKeepTheBlackBoxTestsOutOfTheSecondLaneWhenTheyShareOnePayara() throws IOException {
        List<String> both = integrationTests().stream()
                .filter(StrideIT.class::isAssignableFrom)
                .filter(c -> c.getAnnotation(ResourceLock.class) != null
                        && SecondLane.LOCK.equals(c.getAnnotation(ResourceLock.class).value()))
                .map(Class::getName)
                .toList();
        assertEquals(List.of(), both, "a StrideIT runs in the first lane only");
    }

    @Test
    void shouldLetOnlyRunsAloneClassesTakeTheSharedPayaraForThemselves() {
        SharedPayaraLock locks = new SharedPayaraLock();
        assertEquals(ResourceAccessMode.READ,
                locks.provideForClass(SideBySideExample.class).iterator().next().getAccessMode());
        assertEquals(ResourceAccessMode.READ_WRITE,
                locks.provideForClass(RunsAloneExample.class).iterator().next().getAccessMode());
        assertEquals(SharedPayaraLock.KEY, locks.provideForClass(RunsAloneExample.class).iterator().next().getKey());
    }

    private abstract static class SideBySideExample extends StrideIT {
    }

    @RunsAlone("an example for the test above")
    private abstract static class RunsAloneExample extends StrideIT {
    }
}
