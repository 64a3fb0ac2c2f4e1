package clinic.stride.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.vocabulary.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The LEFS on the intake's "function" page: what the draft sends and how the review reads it back. */
class LefsReviewTest {

    private static DraftAnswers answering(int count, String answer) {
        DraftAnswers draft = new DraftAnswers();
        Fields.LEFS_ITEMS.subList(0, count).forEach(field -> draft.put(field, answer));
        return draft;
    }

    private static ReviewSection.Line lefsLine(DraftAnswers draft, Language language) {
        ReviewSection section = new Review(draft, language, IntakeForm.standard()).sections(List.of(IntakeStep.FUNCTION), IntakeStep::path).getFirst();
        assertEquals(1, section.lines().size(), "one line for the whole questionnaire, not 20");
        return section.lines().getFirst();
    }

    @Test
    void shouldAskTheTwentyItemsOnTheFunctionPageBeforeTheWarningSigns() {
        assertEquals(Fields.LEFS_ITEMS, IntakeStep.FUNCTION.valueFields());
        assertEquals(IntakeStep.WARNING, IntakeStep.FUNCTION.next());
        assertEquals(IntakeStep.FUNCTION, IntakeStep.showing("lefs.squatting"));
    }

    @Test
    void shouldShowTheTotalWhenEveryItemIsAnsweredInThePagesLanguage() {
        assertEquals("60 / 80", lefsLine(answering(20, "3"), Language.EN).answer());
        assertEquals("Puntuación funcional LEFS (0–80, más es mejor)", lefsLine(answering(20, "3"), Language.ES).question());
    }

    @Test
    void shouldSayHowManyWereAnsweredWhenTheFormIsIncompleteAndNotAnsweredWhenSkipped() {
        assertEquals("Incomplete: 12 of 20 answered (no total)", lefsLine(answering(12, "2"), Language.EN).answer());
        assertEquals("Sin responder", lefsLine(new DraftAnswers(), Language.ES).answer());
    }

    @Test
    void shouldSendTheAnswersInTheIntakeBodyAndNoLefsWhenSkipped() {
        var request = answering(20, "4").toRequest(java.time.LocalDate.of(2026, 12, 1), Language.ES).request();
        assertEquals(80, request.lefs().score().totalOrNull());
        assertEquals(null, new DraftAnswers().toRequest(java.time.LocalDate.of(2026, 12, 1), Language.ES).request().answers().lefs());
        assertTrue(answering(20, "4").body(IntakeForm.standard()).at("/lefs/hopping").isInt());
    }
}
