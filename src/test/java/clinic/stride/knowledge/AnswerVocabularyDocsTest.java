package clinic.stride.knowledge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reviewers write conditions from docs/knowledge.md, so it must list every path a condition can use. */
class AnswerVocabularyDocsTest {

    @Test
    void shouldDocumentEveryAnswerPathWhenConditionsCanUseIt() throws IOException {
        String docs = Files.readString(Path.of("docs/knowledge.md"));
        List<String> paths = new ArrayList<>();
        collect("", IntakeView.class, paths);
        assertTrue(paths.size() > 40, "expected the whole vocabulary, found " + paths);
        for (String path : paths) {
            assertTrue(docs.contains("`" + path + "`"), "docs/knowledge.md does not list `" + path + "`");
        }
    }

    private static void collect(String prefix, Class<?> type, List<String> paths) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            if (component.getType().isRecord()) {
                collect(path + ".", component.getType(), paths);
            } else {
                paths.add(path);
            }
        }
    }
}
