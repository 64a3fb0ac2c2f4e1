package clinic.stride.knowledge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/knowledge.md's triage table names every red flag with its level and the kind of its citation. */
class RedFlagDocsTest {

    @Test
    void shouldListEveryRedFlagWithItsLevelAndCitationKindWhenDocsAreRead() throws IOException {
        String docs = Files.readString(Path.of("docs/knowledge.md"));
        for (RedFlag flag : KnowledgeBase.load().redFlags()) {
            String row = docs.lines().filter(l -> l.startsWith("| `" + flag.id() + "` |")).findFirst().orElse("");
            assertTrue(row.startsWith("| `" + flag.id() + "` | " + flag.urgency().code() + " |"),
                    () -> flag.id() + " (" + flag.urgency().code() + ") is not in the triage table: '" + row + "'");
            String kind = flag.citation().isSafetyPolicy()
                    ? Citation.CLINIC_SAFETY_POLICY + ": " : "seed `" + flag.citation().source() + "`";
            assertTrue(row.contains(kind), () -> flag.id() + " row does not say '" + kind + "': " + row);
            assertTrue(row.contains("`" + flag.when() + "`"), () -> flag.id() + " row has an old condition: " + row);
        }
    }
}
