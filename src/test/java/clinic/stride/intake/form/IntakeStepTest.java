package clinic.stride.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.intake.questions.Widget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeStepTest {

    /**
     * A plain question that no page places by hand is asked by the generic renderer: every page that asks questions
     * of the catalogue includes it, for the intake form, an intake link's form and the clinician's amendment form.
     */
    @Test
    void shouldIncludeTheGenericRendererOnEveryPageThatAsksQuestionsOfTheCatalogue() throws IOException {
        for (IntakeStep step : IntakeStep.values()) {
            if (step == IntakeStep.REVIEW) {
                continue;
            }
            Path page = Path.of("src/main/webapp/WEB-INF/intake/fields-" + step.slug() + ".xhtml");
            assertTrue(Files.readString(page).contains("<s:questions form=\"#{form}\" step=\"" + step.slug() + "\"/>"),
                    page + " does not include the generic renderer: a plain question added to its part of the catalogue would not be asked");
        }
    }

    @Test
    void shouldLeaveOnlyTheHistoryPageToTheGenericRendererInTheStandardCatalogue() {
        for (IntakeStep step : IntakeStep.values()) {
            List<String> unlisted = step.unlisted(IntakeForm.standard()).stream().map(Question::linkId).toList();
            assertEquals(step == IntakeStep.HISTORY, !unlisted.isEmpty(), step + " renders " + unlisted);
        }
        assertEquals(List.of("factors.pastInjuries.hipFracture", "factors.pastInjuries.dislocation", "factors.pastInjuries.other"),
                IntakeStep.HISTORY.valueFields());
        assertEquals(List.of("factors.conditions"), IntakeStep.HISTORY.listFields());
    }

    @Test
    void shouldListErrorsOfTheRenderedQuestionsInTheirPageOrder() {
        assertTrue(IntakeStep.pageOrder("factors.pastInjuries.hipFracture") < IntakeStep.pageOrder("factors.pastInjuries.dislocation"));
        assertTrue(IntakeStep.pageOrder("factors.pastInjuries.dislocation") < IntakeStep.pageOrder("factors.pastInjuries.other"));
        assertTrue(IntakeStep.pageOrder("factors.pastInjuries.other") < IntakeStep.pageOrder("redFlags.fever"));
    }

    @Test
    void shouldAskEveryQuestionOfTheCatalogueEitherPlainOrThroughAWidgetTheCatalogueNames() {
        for (Question q : IntakeForm.standard().all().values()) {
            if (q.isLeaf() && !Widget.isPlain(q)) {
                assertTrue(Widget.asking(q.linkId()).isPresent(), q.linkId() + " is neither plain nor named by a widget");
            }
        }
        for (Widget widget : Widget.values()) {
            widget.linkIds().forEach(linkId -> assertTrue(IntakeForm.find(linkId).isPresent(), widget + " names " + linkId));
        }
    }

    @Test
    void shouldShowEachPlainQuestionOnThePageItsAnswerPathBelongsTo() {
        for (Question q : IntakeForm.standard().all().values()) {
            if (Widget.isPlain(q)) {
                IntakeStep page = IntakeStep.showing(q.linkId());
                assertTrue(page.valueFields().contains(q.linkId()) || page.listFields().contains(q.linkId()),
                        q.linkId() + " is answered on " + page + " but not one of its fields: "
                                + Arrays.toString(IntakeStep.values()));
            }
        }
    }
}
