package clinic.stride.intake.form;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.platform.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The questions the generic renderer asks on a page ({@code <s:questions form="..." step="activity"/>}): the plain
 * questions of the catalogue that belong on the page and that no page places by hand ({@link IntakeStep#unlisted}),
 * in the catalogue's order, worded in the page's language.
 */
@Named("stepQuestions")
@RequestScoped
public class StepQuestions {

    @Inject
    PageLanguage ui;

    /** The questions the renderer draws on the page with this slug; none for a page the catalogue has no step for. */
    public List<AskedQuestion> of(String slug) {
        return IntakeStep.bySlug(slug).stream()
                .flatMap(step -> step.unlisted(IntakeForm.standard()).stream())
                .map(q -> AskedQuestion.of(q, ui.language(), AskedQuestion.wording(ui.bundle())))
                .toList();
    }
}
