package clinic.stride.reports;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.RedFlagAlert;
import clinic.stride.assessment.SuggestedAdvice;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one patient handout shows, in the patient's language: the exercises with their dosage, the advice that
 * applies, and the warning signs the patient reported. The words themselves come from the knowledge base and
 * {@code reports/copy}; this record only says which.
 *
 * @param clinicName        printed as the author
 * @param patientName       who the handout is for
 * @param visitDate         the visit it follows
 * @param language          the patient's language
 * @param largePrint        body text of 16 pt or more
 * @param exercises         in the order to print; empty when withheld
 * @param exercisesWithheld an emergency warning sign means no home exercises: the handout says to get help now
 * @param redFlags          warning signs from the assessment, emergency first
 * @param adviceIds         self-care advice from the assessment, in its order
 * @param issuedAt          when the plan was made; printed nowhere but stamped as the PDF's date, so a reprint of
 *                          the same plan is the same file
 * @param toldUs            the warning-sign questions the patient answered "yes" (fever and pregnancy included), as
 *                          {@code reports/copy} keys ({@code told.fever}), in the form's order: "what you told us"
 */
public record Handout(String clinicName, String patientName, LocalDate visitDate, Language language,
                      boolean largePrint, List<PlannedExercise> exercises, boolean exercisesWithheld,
                      List<RedFlagAlert> redFlags, List<String> adviceIds, Instant issuedAt, List<String> toldUs) {

    public Handout {
        Objects.requireNonNull(clinicName, "clinicName");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(visitDate, "visitDate");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issuedAt, "issuedAt");
        exercises = exercisesWithheld ? List.of() : List.copyOf(exercises);
        redFlags = List.copyOf(redFlags);
        adviceIds = List.copyOf(adviceIds);
        toldUs = toldUs == null ? List.of() : List.copyOf(toldUs);
    }

    /** A handout without the patient's own answers (nothing under "what you told us" but the warning signs). */
    public Handout(String clinicName, String patientName, LocalDate visitDate, Language language, boolean largePrint,
                   List<PlannedExercise> exercises, boolean exercisesWithheld, List<RedFlagAlert> redFlags,
                   List<String> adviceIds, Instant issuedAt) {
        this(clinicName, patientName, visitDate, language, largePrint, exercises, exercisesWithheld, redFlags, adviceIds,
                issuedAt, List.of());
    }

    /**
     * The handout for an assessment: its red flags and advice, and the given exercises unless the assessment withheld
     * them.
     */
    public static Handout of(String clinicName, String patientName, LocalDate visitDate, Language language,
                             boolean largePrint, List<PlannedExercise> exercises, Assessment assessment,
                             Instant issuedAt) {
        return of(clinicName, patientName, visitDate, language, largePrint, exercises, assessment, issuedAt, null);
    }

    /** As above, with what the patient answered "yes" on the warning-signs page (null: not known). */
    public static Handout of(String clinicName, String patientName, LocalDate visitDate, Language language,
                             boolean largePrint, List<PlannedExercise> exercises, Assessment assessment,
                             Instant issuedAt, IntakeAnswers answers) {
        return new Handout(clinicName, patientName, visitDate, language, largePrint, exercises,
                assessment.exercisesWithheld(), assessment.redFlags(),
                assessment.advice().stream().map(SuggestedAdvice::id).toList(), issuedAt,
                answers == null ? List.of()
                        : RedFlagScreen.answeredYes(answers).stream().map(RedFlagScreen.Question::toldKey).toList());
    }
}
