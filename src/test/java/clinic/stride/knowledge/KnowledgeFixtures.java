package clinic.stride.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped knowledge files that a test may break on purpose. */
final class KnowledgeFixtures {

    /** The knowledge as reviewed, relative to the project root (Surefire's working directory). */
    static final Path SHIPPED = Path.of("src/main/resources/knowledge");

    private KnowledgeFixtures() {
    }

    static void copyShippedKnowledge(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            files.forEach(file -> {
                try {
                    Path destination = target.resolve(SHIPPED.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(file, destination);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Replaces exactly one occurrence, so a test cannot silently break nothing. */
    static void replace(Path directory, String file, String original, String replacement) throws IOException {
        Path path = directory.resolve(file);
        String text = Files.readString(path);
        int first = text.indexOf(original);
        if (first < 0 || text.indexOf(original, first + 1) >= 0) {
            throw new IllegalArgumentException("expected exactly one '" + original + "' in " + file);
        }
        Files.writeString(path, text.substring(0, first) + replacement + text.substring(first + original.length()));
    }

    static void append(Path directory, String file, String text) throws IOException {
        Path path = directory.resolve(file);
        Files.writeString(path, Files.readString(path) + text);
    }
}
