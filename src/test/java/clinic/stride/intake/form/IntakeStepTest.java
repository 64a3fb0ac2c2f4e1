package clinic.stride.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.intake.questions.Widget;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeStepTest {

    /**
     * The draft and the review take an unlisted plain question by themselves, but the page's Facelets lay out
     * their questions by hand: a question added to the intake records must be put on its page too.
     */
    @Test
    void shouldLayOutEveryPlainQuestionOfTheStandardCatalogueOnItsPageWhenThePagesAreWritten() {
        for (IntakeStep step : IntakeStep.values()) {
            assertEquals(List.of(), step.unlisted(IntakeForm.standard()).stream().map(q -> q.linkId()).toList(),
                    "not asked on the " + step.slug() + " page: list it in IntakeStep." + step.name()
                            + " and ask it in WEB-INF/intake/fields-" + step.slug() + ".xhtml");
        }
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
