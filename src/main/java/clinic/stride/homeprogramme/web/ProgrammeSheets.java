package clinic.stride.homeprogramme.web;

import clinic.stride.assessment.KnowledgeHolder;
import clinic.stride.homeprogramme.HomeProgrammeLink;
import clinic.stride.reports.ExerciseSheets;
import clinic.stride.reports.HandoutPlan;
import clinic.stride.reports.HandoutPlans;
import clinic.stride.vocabulary.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The plan version a link shows, as exercise sheets for the page (the same words and drawings as the handout). */
@ApplicationScoped
public class ProgrammeSheets {

    @Inject
    HandoutPlans plans;

    @Inject
    KnowledgeHolder knowledge;

    public List<ExerciseSheets.Sheet> of(HomeProgrammeLink link, Language language) {
        return plans.find(link.planId()).map(plan -> ExerciseSheets.of(plan, language, knowledge.base())).orElse(List.of());
    }

    /** The ids of the plan's exercises: the only ones a session may name. */
    public Set<String> exerciseIds(HomeProgrammeLink link) {
        Set<String> ids = new LinkedHashSet<>();
        plans.find(link.planId()).map(HandoutPlan::exercises).orElse(List.of()).forEach(e -> ids.add(e.id()));
        return ids;
    }
}
