package clinic.stride.reports;

import clinic.stride.knowledge.Dosage;
import clinic.stride.vocabulary.Language;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The handout plan in force for an intake, as {@code GET /api/intakes/{id}/handout-plan} shows it: the clinician's
 * newest plan, or the assessment's suggestions when none was stored ({@code stored} false, no author or time).
 */
public record HandoutPlanView(UUID intakeId, int intakeVersion, Language language, boolean largePrint,
                              boolean exercisesWithheld, List<Item> exercises, boolean stored, Instant createdAt,
                              String createdBy) {

    public HandoutPlanView {
        exercises = List.copyOf(exercises);
    }

    /** One exercise of the plan, with its English and Spanish names for a page to show. */
    public record Item(String id, String name, String nameEs, Dosage dosage) {
    }
}
