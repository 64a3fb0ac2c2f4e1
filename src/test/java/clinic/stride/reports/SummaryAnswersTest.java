package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.platform.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryAnswersTest {

    @Test
    void shouldWordEveryQuestionOfTheStandardCatalogueInARowOfItsOwnWhenTheSummaryIsWritten() {
        List<String> listedAsThemselves = IntakeForm.standard().all().values().stream()
                .filter(Question::isLeaf).map(Question::linkId).filter(linkId -> !SummaryAnswers.worded(linkId)).toList();
        assertEquals(List.of(), listedAsThemselves);
    }

    @Test
    void shouldListAWarningSignTheScreenDoesNotKnowAsNotAskedWhenTheAnswersLeaveItOut() {
        Question limp = new Question("redFlags.nightPain", Question.Kind.BOOLEAN, false, false,
                new Question.Text("Pain that wakes you at night", "Dolor que le despierta por la noche"),
                null, List.of(), null, null, null, null, List.of(), null);
        IntakeForm form = IntakeForm.standard().with("redFlags", limp);
        JsonNode answers = Json.mapper().valueToTree(ReportFixtures.summary("DEMO-1002").answers());

        List<String[]> rows = SummaryAnswers.rows(form, answers, SummaryAnswers.Part.RED_FLAG_SCREEN);

        assertEquals(1, rows.size());
        assertEquals("Pain that wakes you at night", rows.getFirst()[0]);
        assertEquals("not asked", rows.getFirst()[1]);
        assertEquals(List.of(), SummaryAnswers.rows(form, answers, SummaryAnswers.Part.FACTORS));
    }

    @Test
    void shouldWordANumberAndChosenOptionsTheSummarysWayWhenAQuestionIsListedAsItself() {
        Question number = new Question("factors.stepsPerDay", Question.Kind.DECIMAL, false, false,
                new Question.Text("Steps a day", "Pasos al día"), null, List.of(), BigDecimal.ZERO, null, null, null, List.of(), null);
        Question sports = IntakeForm.find("factors.activity.sports").orElseThrow();

        assertEquals("7500.5", SummaryAnswers.words(number, Json.mapper().valueToTree(7500.5), SummaryAnswers.Part.FACTORS));
        assertEquals("not answered", SummaryAnswers.words(number, Json.mapper().missingNode(), SummaryAnswers.Part.FACTORS));
        assertEquals("none reported", SummaryAnswers.words(sports, Json.mapper().createArrayNode(), SummaryAnswers.Part.FACTORS));
    }
}
