package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeAnswersBuilder;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.patient.Sex;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RedFlagScreenTest {

    private final KnowledgeBase knowledge = ReportFixtures.knowledge();

    @Test
    void shouldListEveryWarningSignQuestionOfTheIntakeWhenTheScreenIsPrinted() {
        Set<String> asked = IntakeForm.byLinkId().keySet().stream().filter(id -> id.startsWith("redFlags."))
                .collect(Collectors.toSet());
        Set<String> screened = RedFlagScreen.QUESTIONS.stream().map(RedFlagScreen.Question::path).collect(Collectors.toSet());
        assertEquals(asked, screened, "a question added to RedFlagAnswers must be on the summary's screen");
        assertEquals(16, RedFlagScreen.QUESTIONS.size());
        HandoutCopy english = HandoutCopy.in(clinic.stride.vocabulary.Language.EN);
        RedFlagScreen.QUESTIONS.forEach(q -> assertTrue(english.has(q.toldKey()), q.toldKey()));
        assertTrue(english.has(RedFlagScreen.PREGNANT.toldKey()));
    }

    @Test
    void shouldReadYesNoAndNotAskedWhenAnswersAreGivenOrMissing() {
        IntakeAnswers answers = IntakeAnswersBuilder.aPatient().female().withFever().afterCancer().build();
        assertEquals(List.of("told.fever", "told.cancerHistory"), RedFlagScreen.answeredYes(answers).stream()
                .map(RedFlagScreen.Question::toldKey).toList());
        assertEquals("not asked", RedFlagScreen.pregnancyWords(answers, Sex.FEMALE));
        assertEquals("not asked (male)", RedFlagScreen.pregnancyWords(answers, Sex.MALE));
        IntakeAnswers pregnant = IntakeAnswersBuilder.aPatient().female().pregnant(true).build();
        assertEquals("yes", RedFlagScreen.pregnancyWords(pregnant, Sex.FEMALE));
        assertEquals(RedFlagScreen.Answer.NOT_ASKED, RedFlagScreen.Answer.of(null));
        assertEquals(RedFlagScreen.Answer.NO, RedFlagScreen.Answer.of(false));
    }

    @Test
    void shouldNotTellAnAnswerTwiceWhenAFiredWarningSignAlreadyReadsIt() {
        var bladder = knowledge.redFlag("RF-BLADDER-BOWEL");
        List<String> told = List.of("told.bladderBowelLoss", "told.fever", "told.pregnant");
        assertEquals(List.of("told.fever", "told.pregnant"), RedFlagScreen.notToldByFlags(told, List.of(bladder)));
        assertEquals(told, RedFlagScreen.notToldByFlags(told, List.of()));
    }
}
