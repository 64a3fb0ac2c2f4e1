package clinic.stride;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.export.IntakeExport;
import clinic.stride.export.Pseudonyms;
import clinic.stride.fhir.IntakeQuestionnaire;
import clinic.stride.intake.form.AskedQuestion;
import clinic.stride.intake.form.DraftAnswers;
import clinic.stride.intake.form.IntakeStep;
import clinic.stride.intake.form.Review;
import clinic.stride.intake.form.ReviewSection;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.knowledge.AnswerSheet;
import clinic.stride.platform.Json;
import clinic.stride.platform.PageLanguage;
import clinic.stride.reports.ClinicianSummary;
import clinic.stride.reports.PdfReading;
import clinic.stride.reports.ReportFixtures;
import clinic.stride.reports.SummaryPdf;
import com.fasterxml.jackson.databind.node.ObjectNode;
import clinic.stride.vocabulary.Language;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: adding a question is one catalogue entry and its wording. A question that exists only in this test
 * is added to the catalogue ({@link IntakeForm#with}); the forms that walk the catalogue ask it without a line
 * of their own: the FHIR Questionnaire, the CSV export's header, the rule language's answer sheet, the web
 * form's page (its generic renderer), draft and review page, and the clinician summary PDF.
 */
class AddingAQuestionTest {

    /** "How many flights of stairs do you climb on a usual day?": a number from 0 to 50, in the activity group. */
    private static final Question STAIRS = new Question("factors.activity.flightsOfStairsPerDay", Question.Kind.INTEGER,
            false, false, new Question.Text("How many flights of stairs do you climb on a usual day?",
                    "¿Cuántos tramos de escalera sube en un día normal?"),
            null, List.of(), BigDecimal.ZERO, BigDecimal.valueOf(50), null, null, List.of(), null);

    private final IntakeForm form = IntakeForm.standard().with("factors.activity", STAIRS);

    @Test
    void shouldAskTheNewQuestionInTheCatalogueInsideItsGroup() {
        Question activity = form.lookup("factors.activity").orElseThrow();
        assertEquals(STAIRS, activity.items().getLast());
        assertEquals(STAIRS, form.lookup(STAIRS.linkId()).orElseThrow());
        assertTrue(IntakeForm.standard().lookup(STAIRS.linkId()).isEmpty(), "the standard catalogue is left as it was");
    }

    @Test
    void shouldAskTheNewQuestionInTheFhirQuestionnaireInBothLanguagesWithItsRange() {
        Questionnaire questionnaire = IntakeQuestionnaire.build(form);
        QuestionnaireItemComponent item = find(questionnaire.getItem(), STAIRS.linkId());
        assertEquals("integer", item.getType().toCode());
        assertEquals(STAIRS.text().en(), item.getText());
        assertEquals(STAIRS.text().es(), item.getTextElement().getExtensionByUrl(
                "http://hl7.org/fhir/StructureDefinition/translation").getExtensionString("content"));
        assertEquals("50", item.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/maxValue").getValue().primitiveValue());
        assertEquals(find(IntakeQuestionnaire.build().getItem(), "factors.activity").getItem().size() + 1,
                find(questionnaire.getItem(), "factors.activity").getItem().size());
    }

    @Test
    void shouldGiveTheNewQuestionAColumnInTheCsvExport() {
        Pseudonyms pseudonyms = new Pseudonyms("a-key-for-this-test-that-is-long-enough-0123");
        List<String> standard = new IntakeExport(null, pseudonyms).header();
        List<String> header = new IntakeExport(null, pseudonyms, form).header();
        assertTrue(header.contains(STAIRS.linkId()), header::toString);
        assertFalse(standard.contains(STAIRS.linkId()));
        assertEquals(standard.size() + 1, header.size());
    }

    @Test
    void shouldOfferTheNewQuestionToTheRuleLanguagesAnswerSheetAsANumberSampledOverItsRange() {
        AnswerSheet.Entry entry = AnswerSheet.entriesOf(form).stream()
                .filter(e -> e.path().equals(STAIRS.linkId())).findFirst().orElseThrow();
        assertEquals(AnswerSheet.Kind.NUMBER, entry.kind());
        assertEquals(List.of(12.5, 25.0, 50.0), entry.levels());
        assertEquals(AnswerSheet.ENTRIES.size() + 1, AnswerSheet.entriesOf(form).size());
    }

    @Test
    void shouldKeepTheNewQuestionOnItsPageAndSendItInTheIntakeBodyWhenTheDraftAnswersIt() {
        DraftAnswers draft = new DraftAnswers();
        draft.put(STAIRS.linkId(), "12");
        draft.put("factors.activity.walkingKmPerWeek", "3,5");

        assertTrue(IntakeStep.ACTIVITY.valueFields(form).contains(STAIRS.linkId()), "asked on the activity page");
        assertFalse(IntakeStep.ACTIVITY.valueFields().contains(STAIRS.linkId()));
        assertEquals(12, draft.body(form).at("/factors/activity/flightsOfStairsPerDay").intValue());
        assertEquals(3.5, draft.body(form).at("/factors/activity/walkingKmPerWeek").doubleValue());
        assertTrue(draft.body(IntakeForm.standard()).at("/factors/activity/flightsOfStairsPerDay").isMissingNode());
    }

    /**
     * The page asks it with no line of its own: the activity page's generic renderer takes the plain questions of
     * its part of the catalogue that no page places by hand, and draws this one as a number box with the question,
     * its range as the hint, in the page's language (the markup is that of the shared tags, see StepMarkupIT).
     */
    @Test
    void shouldAskTheNewQuestionOnItsPageThroughTheGenericRendererWithoutALineOfThePage() throws IOException {
        assertEquals(List.of(STAIRS), IntakeStep.ACTIVITY.unlisted(form));
        assertEquals(List.of(), IntakeStep.ACTIVITY.unlisted(IntakeForm.standard()));
        String page = Files.readString(Path.of("src/main/webapp/WEB-INF/intake/fields-activity.xhtml"));
        assertTrue(page.contains("<s:questions form=\"#{form}\" step=\"activity\"/>"), page);
        assertFalse(page.contains(STAIRS.linkId()));

        AskedQuestion spanish = AskedQuestion.of(STAIRS, Language.ES, AskedQuestion.wording(PageLanguage.bundle(Language.ES)));
        assertEquals(List.of("text", STAIRS.linkId(), STAIRS.text().es(), "Un número del 0 al 50.", "numeric"),
                List.of(spanish.tag(), spanish.field(), spanish.label(), spanish.hint(), spanish.inputmode()));
        assertEquals(STAIRS.text().en(), AskedQuestion.of(STAIRS, Language.EN, AskedQuestion.wording(PageLanguage.bundle(Language.EN))).label());
    }

    @Test
    void shouldShowTheNewQuestionOnTheReviewPageInThePagesLanguageWhenItIsAnswered() {
        DraftAnswers draft = new DraftAnswers();
        draft.put(STAIRS.linkId(), "12");

        ReviewSection.Line spanish = linesOf(new Review(draft, Language.ES, form)).stream()
                .filter(line -> line.question().equals(STAIRS.text().es())).findFirst().orElseThrow();
        assertEquals("12", spanish.answer());
        assertTrue(linesOf(new Review(draft, Language.EN, form)).stream().anyMatch(line -> line.question().equals(STAIRS.text().en())));
        assertTrue(linesOf(new Review(draft, Language.EN, IntakeForm.standard())).stream()
                .noneMatch(line -> line.question().equals(STAIRS.text().en())));
    }

    @Test
    void shouldListTheNewQuestionWithItsAnswerInTheClinicianSummaryWhenTheAnswersHoldIt() {
        ClinicianSummary summary = ReportFixtures.summary("DEMO-1001");
        ObjectNode answers = Json.mapper().valueToTree(summary.answers());
        ((ObjectNode) answers.at("/factors/activity")).put("flightsOfStairsPerDay", 12);

        String text = PdfReading.flat(PdfReading.text(new SummaryPdf(ReportFixtures.knowledge(), form).write(summary, answers)));
        String standard = PdfReading.flat(PdfReading.text(new SummaryPdf(ReportFixtures.knowledge()).write(summary, answers)));

        assertTrue(text.contains(STAIRS.text().en() + " 12"), text);
        assertFalse(standard.contains(STAIRS.text().en()), "the standard summary does not ask it");
    }

    @Test
    void shouldRefuseAQuestionThatIsAlreadyAskedOrOutsideItsGroup() {
        assertThrows(IllegalArgumentException.class, () -> form.with("factors.activity", STAIRS));
        assertThrows(IllegalArgumentException.class, () -> IntakeForm.standard().with("pain", STAIRS));
        assertThrows(IllegalArgumentException.class, () -> IntakeForm.standard().with("factors.activity.downhill", STAIRS));
    }

    private static List<ReviewSection.Line> linesOf(Review review) {
        return review.sections().stream().flatMap(section -> section.lines().stream()).toList();
    }

    private static QuestionnaireItemComponent find(List<QuestionnaireItemComponent> items, String linkId) {
        for (QuestionnaireItemComponent item : items) {
            if (item.getLinkId().equals(linkId)) {
                return item;
            }
            QuestionnaireItemComponent inside = find(item.getItem(), linkId);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
