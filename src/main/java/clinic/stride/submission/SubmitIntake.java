package clinic.stride.submission;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.Assessments;
import clinic.stride.assessment.PossibleCause;
import clinic.stride.consent.Consents;
import clinic.stride.intake.AmendmentRequest;
import clinic.stride.intake.Intake;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.IntakeSubmissions;
import clinic.stride.intake.IntakeView;
import clinic.stride.patient.LikelyDuplicate;
import clinic.stride.patient.LikelyDuplicates;
import clinic.stride.patient.Patient;
import clinic.stride.patient.PatientRegistry;
import clinic.stride.platform.IdempotencyKeys;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * The submission of an intake, and of an amendment, as one use case above the intake and assessment features.
 * Each step calls the feature that owns the rows it writes, in the order the foreign keys need, and everything
 * commits together or not at all: the patient, the intake and its version, the idempotency key, the assessment
 * snapshot, the worklist columns taken from it and the patient's consent. Data the database refuses is refused at its
 * statement and answers 422: the schema's one deferred check, the key's reference to its intake, is met by the intake
 * this submission stores under the key it claims (DeferredChecksIT pins that list).
 */
@ApplicationScoped
@Transactional
public class SubmitIntake implements IntakeSubmissions {

    @Inject
    IntakeService intakes;

    @Inject
    PatientRegistry patients;

    @Inject
    Assessments assessments;

    @Inject
    Validator validator;

    @Inject
    LikelyDuplicates duplicates;

    @Inject
    Consents consents;

    /**
     * Where a consent sent through each way in was given ({@code source} as stored on the intake): the clinic's web
     * form is the clinic form, the others are named as they come. Demo data and FHIR carry no consent.
     */
    static final Map<String, String> DEVICE_PATH_OF_SOURCE = Map.of(
            "kiosk", "kiosk", "web", "clinic-form", "link", "link", "api", "api");

    @Override
    public Submission submit(IntakeRequest request, String idempotencyKey, String submittedBy, String source) {
        checkFields(request);
        // A bad key is refused with the answers' refusals here; with the fields' (above) by the API's response filter
        // (IdempotencyKeys.InSameAnswer), which every way in that takes a key from a client goes through.
        Consents.Checked consent = checkAnswersAndConsent(request, source, IdempotencyKeys.problems(idempotencyKey));
        UUID intakeId = UUID.randomUUID();
        Optional<UUID> earlier = intakes.claim(idempotencyKey, request, intakeId);
        if (earlier.isPresent()) {
            return withWarnings(earlier.get(), true, duplicates.of(request.patient().clinicId()), false);
        }
        PatientRegistry.Registration registration = patients.findOrRegister(request.patient());
        Patient patient = registration.patient();
        Assessment assessment = assess(patient, request.answers());
        Intake intake = intakes.store(intakeId, patient, request.answers(), Assessments.redFlagLevel(assessment),
                causeIds(assessment), submittedBy, source);
        assessments.store(intakeId, intake.currentVersion(), assessment);
        if (consent != null) {
            consents.record(intakeId, consent, DEVICE_PATH_OF_SOURCE.get(source));
        }
        return withWarnings(intakeId, false, duplicates.of(patient), registration.isNew());
    }

    /**
     * The answers' and the consent's refusals in one answer with the ones found before ({@code alongside}), so every
     * bad field is listed at once; the consent checked, or null when none was sent.
     */
    private Consents.Checked checkAnswersAndConsent(IntakeRequest request, String source,
                                                    List<Problem.FieldError> alongside) {
        List<Problem.FieldError> errors = new ArrayList<>(alongside);
        try {
            intakes.checkAnswers(request);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        Consents.Checked consent = null;
        if (request.consent() != null) {
            if (!DEVICE_PATH_OF_SOURCE.containsKey(source)) {
                errors.add(new Problem.FieldError("consent", "a consent cannot be recorded through " + source));
            }
            consent = consents.check(request.consent());
            errors.addAll(consent.problems());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return consent;
    }

    /**
     * The warnings staff see with a submission, never a refusal: patients who may be the same person (looked for
     * on every submission, so a second intake of the day raises them too), and the patient's other intakes for
     * the same visit day (none to look for when this submission registered the patient: they have no other intake).
     */
    private Submission withWarnings(UUID intakeId, boolean replayed, List<LikelyDuplicate> likelyDuplicates,
                                    boolean patientIsNew) {
        return new Submission(intakeId, replayed, likelyDuplicates,
                patientIsNew ? List.of() : intakes.sameVisitDay(intakeId));
    }

    @Override
    public IntakeView amend(UUID intakeId, AmendmentRequest request, String amendedBy) {
        checkFields(request);
        Intake intake = intakes.amend(intakeId, request, amendedBy);
        Assessment assessment = assess(intake.patient(), request.answers());
        assessments.store(intake.id(), intake.currentVersion(), assessment);
        intake.markAssessed(Assessments.redFlagLevel(assessment), causeIds(assessment));
        return intakes.stored(intake);
    }

    /**
     * Bean Validation of the whole request, whichever way it came in. Called here rather than declared on the
     * interface's parameters: method constraints on an interface were not applied to this implementation on
     * Payara (FhirApiIT stored an intake without pain.side), and an implementation may not add its own.
     */
    private <T> void checkFields(T request) {
        Objects.requireNonNull(request, "a submission needs a request");
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** The assessment of these answers for this patient (age on the visit day, sex). */
    private Assessment assess(Patient patient, IntakeAnswers answers) {
        return assessments.assess(answers, patient.ageOn(answers.visitDate()), patient.sex());
    }

    /** The possible causes the worklist filters on. */
    private static List<String> causeIds(Assessment assessment) {
        return assessment.possibleCauses().stream().map(PossibleCause::id).toList();
    }
}
