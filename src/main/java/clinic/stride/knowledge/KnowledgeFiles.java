package clinic.stride.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the knowledge files are read from: the class path in the application, any folder in tests. */
interface KnowledgeFiles {

    /** The file's bytes, or empty when there is no such file. */
    Optional<byte[]> read(String name);

    /** Where the files are, for messages. */
    String location();

    static KnowledgeFiles classPath(String root) {
        return new KnowledgeFiles() {
            @Override
            public Optional<byte[]> read(String name) {
                ClassLoader loader = KnowledgeFiles.class.getClassLoader();
                try (InputStream in = loader.getResourceAsStream(root + "/" + name)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("reading " + root + "/" + name + " from the class path", e);
                }
            }

            @Override
            public String location() {
                return "class path " + root + "/";
            }
        };
    }

    static KnowledgeFiles directory(Path directory) {
        return new KnowledgeFiles() {
            @Override
            public Optional<byte[]> read(String name) {
                try {
                    return Optional.of(Files.readAllBytes(directory.resolve(name)));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException("reading " + directory.resolve(name), e);
                }
            }

            @Override
            public String location() {
                return directory.toString();
            }
        };
    }
}
