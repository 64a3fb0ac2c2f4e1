package clinic.stride.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowUpFormAnswersTest {

    private static Map<String, String> complete() {
        Map<String, String> posted = new HashMap<>();
        posted.put("_csrf", "x");
        posted.put("painIntensity", "3");
        for (int i = 1; i <= 20; i++) {
            posted.put("lefs." + i, String.valueOf(i % 5));
        }
        for (String flag : FollowUpFormAnswers.FLAGS.subList(0, 8)) {
            posted.put("redFlags." + flag, "no");
        }
        return posted;
    }

    @Test
    void shouldReadEveryAnswerWhenTheFormIsComplete() {
        Map<String, String> posted = complete();
        posted.put("globalChange", "-2");
        posted.put("redFlags.fever", "yes");
        FollowUpFormAnswers answers = new FollowUpFormAnswers(posted);
        assertTrue(answers.valid(), answers.errors()::toString);
        assertEquals(3, answers.request().painIntensity());
        assertEquals(1, answers.request().lefs().getFirst());
        assertEquals(0, answers.request().lefs().get(19));
        assertEquals(-2, answers.request().globalChange());
        assertEquals(Boolean.TRUE, answers.request().redFlags().fever());
        assertNull(answers.request().redFlags().cancerHistory(), "an optional warning sign left out is not asked, not no");
    }

    @Test
    void shouldNameEveryMissingAnswerWhenTheFormIsSentEmpty() {
        FollowUpFormAnswers answers = new FollowUpFormAnswers(Map.of("_csrf", "x"));
        assertFalse(answers.valid());
        assertTrue(answers.errors().containsKey("painIntensity"));
        assertTrue(answers.errors().containsKey("lefs.1"));
        assertTrue(answers.errors().containsKey("lefs.20"));
        assertTrue(answers.errors().containsKey("redFlags.bladderBowelLoss"));
        assertFalse(answers.errors().containsKey("globalChange"), "global change is optional");
        assertFalse(answers.errors().containsKey("redFlags.cancerHistory"), "as on the intake, only the first eight are required");
        assertEquals(1 + 20 + 8, answers.errors().size());
    }

    @Test
    void shouldRefuseAnAnswerWhenItIsOutsideItsScale() {
        Map<String, String> posted = complete();
        posted.put("lefs.7", "5");
        posted.put("painIntensity", "eleven");
        FollowUpFormAnswers answers = new FollowUpFormAnswers(posted);
        assertEquals(java.util.Set.of("lefs.7", "painIntensity"), answers.errors().keySet());
        assertEquals("5", answers.value("lefs.7"), "what was typed is kept for the page");
    }
}
