package clinic.stride.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application validates quotes against its own copies of the seeds, so the copies must be the seeds: byte
 * for byte the documents the clinic received, whose SHA-256 is recorded in {@code knowledge/seeds.sha256}
 * (test resources, {@code sha256sum} format). The repository is the whole reference; nothing outside it is read.
 */
class SeedCopiesTest {

    /** Relative to the project root, where Surefire runs. */
    private static final Path SHIPPED_SEEDS = Path.of("src/main/resources/knowledge/sources");
    private static final String MANIFEST = "/knowledge/seeds.sha256";

    @Test
    void shouldShipSeedsByteForByteWhenHashedAgainstTheRecordedManifest() throws IOException {
        Map<String, String> recorded = recordedHashes();
        assertEquals(5, recorded.size(), "the manifest lists five seed documents");
        assertEquals(List.copyOf(recorded.keySet()), names(SHIPPED_SEEDS),
                "the shipped seed files are not the ones in the manifest " + MANIFEST);
        for (Map.Entry<String, String> seed : recorded.entrySet()) {
            assertEquals(seed.getValue(), sha256(SHIPPED_SEEDS.resolve(seed.getKey())),
                    seed.getKey() + " differs from the seed document as received (SHA-256 in " + MANIFEST + ")");
        }
    }

    @Test
    void shouldNameEverySeedByNumberAndSourceKeyWhenShipped() throws IOException {
        for (String name : names(SHIPPED_SEEDS)) {
            assertTrue(name.matches("\\d{3}_[0-9a-f]{16}\\.txt"), name + " does not follow NNN_<16 hex>.txt");
        }
    }

    @Test
    void shouldListEveryShippedSeedAsSourceWhenLoaded() throws IOException {
        assertEquals(names(SHIPPED_SEEDS),
                KnowledgeBase.load().sources().stream().map(Source::file).sorted().toList());
    }

    /** File name to SHA-256 (lower-case hex), from {@code sha256sum} lines; {@code #} lines are comments. */
    private static Map<String, String> recordedHashes() throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (InputStream in = SeedCopiesTest.class.getResourceAsStream(MANIFEST)) {
            assertNotNull(in, "the seed manifest " + MANIFEST + " is missing from the test resources");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" [ *]", 2);
                assertTrue(parts.length == 2 && parts[0].matches("[0-9a-f]{64}"), "not a sha256sum line: " + line);
                hashes.put(parts[1].strip(), parts[0]);
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
