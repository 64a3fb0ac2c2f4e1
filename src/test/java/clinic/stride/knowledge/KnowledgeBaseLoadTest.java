package clinic.stride.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KnowledgeBaseLoadTest {

    @Test
    void shouldLoadShippedKnowledgeWhenFilesAreValid() {
        KnowledgeBase knowledge = KnowledgeBase.load();
        assertEquals(5, knowledge.sources().size());
        assertTrue(knowledge.version().matches("1\\.0\\+[0-9a-f]{12}"), knowledge.version());
    }
}
