package clinic.stride.knowledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application validates quotes against its own copies of the seeds, so the copies must be the seeds:
 * byte for byte the files in the shared seeds folder beside the project.
 */
class SeedCopiesTest {

    /** Relative to the project root, where Surefire runs. */
    private static final Path SHARED_SEEDS = Path.of("../shared/seeds");
    private static final Path SHIPPED_SEEDS = Path.of("src/main/resources/knowledge/sources");

    @Test
    void shouldShipSeedsByteForByteWhenComparedWithSharedSeeds() throws IOException {
        assertTrue(Files.isDirectory(SHARED_SEEDS), "the shared seed documents are missing: expected them in "
                + SHARED_SEEDS.toAbsolutePath().normalize() + " (the project's shared/seeds folder); without them "
                + "the shipped copies cannot be checked");
        List<String> shared = names(SHARED_SEEDS);
        assertEquals(shared, names(SHIPPED_SEEDS), "the shipped seed files differ from the shared ones");
        assertEquals(5, shared.size());
        for (String name : shared) {
            assertArrayEquals(Files.readAllBytes(SHARED_SEEDS.resolve(name)),
                    Files.readAllBytes(SHIPPED_SEEDS.resolve(name)), name + " differs from the shared seed");
        }
    }

    @Test
    void shouldListEveryShippedSeedAsSourceWhenLoaded() throws IOException {
        assertEquals(names(SHIPPED_SEEDS),
                KnowledgeBase.load().sources().stream().map(Source::file).sorted().toList());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
