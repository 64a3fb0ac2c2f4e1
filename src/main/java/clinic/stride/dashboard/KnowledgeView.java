package clinic.stride.dashboard;

import clinic.stride.assessment.Assessments;
import clinic.stride.knowledge.Cause;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.knowledge.Rule;
import clinic.stride.platform.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The knowledge page: every cause with the rules that point to it (condition, weight, reason, quoted seed
 * passage), the red flags and the exercises, so clinicians can review exactly what Stride does.
 */
@Named("knowledgeView")
@RequestScoped
public class KnowledgeView {

    @Inject
    Assessments assessments;

    @Inject
    PageLanguage ui;

    /** A cause and its rules. */
    public record CauseRules(Cause cause, List<Rule> rules) {
    }

    public KnowledgeBase getBase() {
        return assessments.knowledgeBase();
    }

    public List<CauseRules> getCauses() {
        KnowledgeBase kb = assessments.knowledgeBase();
        return kb.causes().stream().map(c -> new CauseRules(c, kb.rulesFor(c.id()))).toList();
    }

    public String sourceTitle(String file) {
        return assessments.knowledgeBase().sources().stream().filter(s -> s.file().equals(file))
                .map(s -> s.title()).findFirst().orElse(file);
    }

    public String causeName(String id) {
        return assessments.knowledgeBase().causes().stream().filter(c -> c.id().equals(id))
                .map(c -> c.name(ui.language())).findFirst().orElse(id);
    }
}
