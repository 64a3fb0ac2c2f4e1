package clinic.stride.reports;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.RedFlagAlert;
import clinic.stride.assessment.SuggestedAdvice;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.vocabulary.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Everything one patient handout shows, in the patient's language: the exercises with their dosage, the advice that
 * applies, and the warning signs the patient reported. The words themselves come from the knowledge base and
 * {@code reports/copy}; this record only says which.
 *
 * @param clinicName        printed as the author
 * @param clinicPhone       printed wherever the handout says to call the clinic
 * @param patientName       who the handout is for
 * @param visitDate         the visit it follows
 * @param language          the patient's language
 * @param largePrint        body text of 16 pt or more
 * @param exercises         in the order to print; empty when withheld
 * @param exercisesWithheld an urgent or emergency warning sign means no home exercises until a clinician has seen
 *                          the patient: the handout says to get help now, or to see a clinician today
 * @param redFlags          warning signs from the assessment, emergency first
 * @param adviceIds         self-care advice from the assessment, in its order
 * @param issuedAt          when the plan was made; printed nowhere but stamped as the PDF's date, so a reprint of
 *                          the same plan is the same file
 * @param clinicianChecked  the day a clinician stored a plan with exercises although a warning sign had withheld
 *                          them (the override is audited with who and when in {@code handout_plan}); null otherwise
 * @param toldUs            the warning-sign questions the patient answered "yes" (fever and pregnancy included), as
 *                          {@code reports/copy} keys ({@code told.fever}), in the form's order: "what you told us"
 */
public record Handout(String clinicName, String clinicPhone, String patientName, LocalDate visitDate,
                      Language language, boolean largePrint, List<PlannedExercise> exercises,
                      boolean exercisesWithheld, List<RedFlagAlert> redFlags, List<String> adviceIds,
                      Instant issuedAt, LocalDate clinicianChecked, List<String> toldUs) {

    /** Clinic policy: a home programme is reviewed two weeks after the visit. */
    public static final Period REVIEW_AFTER = Period.ofWeeks(2);

    public Handout {
        Objects.requireNonNull(clinicName, "clinicName");
        Objects.requireNonNull(clinicPhone, "clinicPhone");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(visitDate, "visitDate");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issuedAt, "issuedAt");
        exercises = exercisesWithheld ? List.of() : List.copyOf(exercises);
        redFlags = List.copyOf(redFlags);
        adviceIds = List.copyOf(adviceIds);
        toldUs = toldUs == null ? List.of() : List.copyOf(toldUs);
    }

    /** When the patient should next see the clinician about this programme. */
    public LocalDate reviewDate() {
        return visitDate.plus(REVIEW_AFTER);
    }

    /**
     * The handout for an assessment: its red flags and advice, and the given exercises unless the assessment withheld
     * them and no clinician has stored a plan since.
     *
     * @param clinicianPlan when a clinician stored the plan these exercises come from, or null for the assessment's
     *                      own suggestions; a stored plan overrides withheld exercises
     * @param answers       what the patient answered on the warning-signs page, or null when not known
     */
    public static Handout of(String clinicName, String clinicPhone, String patientName, LocalDate visitDate,
                             Language language, boolean largePrint, List<PlannedExercise> exercises,
                             Assessment assessment, Instant issuedAt, LocalDate clinicianPlan, IntakeAnswers answers) {
        boolean overridden = assessment.exercisesWithheld() && clinicianPlan != null;
        return new Handout(clinicName, clinicPhone, patientName, visitDate, language, largePrint, exercises,
                assessment.exercisesWithheld() && !overridden, assessment.redFlags(),
                assessment.advice().stream().map(SuggestedAdvice::id).toList(), issuedAt,
                overridden ? clinicianPlan : null, answers == null ? List.of()
                        : RedFlagScreen.answeredYes(answers).stream().map(RedFlagScreen.Question::toldKey).toList());
    }
}
