package clinic.stride.intake.wizard;

import clinic.stride.audit.PageAudit;
import clinic.stride.consent.ConsentRequest;
import clinic.stride.intake.IdempotencyKeyReused;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.IntakeSubmissions;
import clinic.stride.intake.form.DraftAnswers;
import clinic.stride.intake.form.FieldErrors;
import clinic.stride.intake.form.IntakeStep;
import clinic.stride.intakelink.IntakeLinkGone;
import clinic.stride.intakelink.IntakeLinkMappers;
import clinic.stride.intakelink.IntakeLinkNotFound;
import clinic.stride.intakelink.IntakeLinks;
import clinic.stride.intakelink.LinkIntakeRequest;
import clinic.stride.intakelink.NotTheLinksPatient;
import clinic.stride.patient.ClinicIdConflict;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a page's answers as the submission will check them, and sends a finished form: the clinic's through {@link IntakeSubmissions#submit}, the same call as the REST API; a
 * link's through {@link IntakeLinks#submitByHash}, the same call as POST /api/intake-links/{token}/intake. Every
 * refusal comes back by field, for the page to show next to it; each try is audited.
 */
@RequestScoped
public class FormSubmission {

    @Inject
    IntakeSubmissions submissions;

    @Inject
    IntakeLinks links;

    @Inject
    Validator validator;

    @Inject
    PageAudit audit;

    @Inject
    PageLanguage ui;

    /** What sending came to: the intake stored, or the refusals by field, or (a link's) the link no longer valid. */
    record Sent(IntakeSubmissions.Submission submission, Map<String, String> errors, boolean linkGone) {

        boolean refused() {
            return submission == null;
        }
    }

    /**
     * The refusals that belong on this page: numbers that are not numbers, then what Bean Validation refuses of
     * the whole intake, and on the warning-signs page every question left without a yes or a no.
     */
    FieldErrors check(DraftAnswers answers, IntakeStep step) {
        FieldErrors found = new FieldErrors(ui.bundle());
        DraftAnswers.Conversion conversion = answers.toRequest(LocalDate.now(ZoneId.systemDefault()), ui.language());
        conversion.errors().forEach((field, key) -> {
            if (IntakeStep.showing(field) == step) {
                found.addKey(field, key);
            }
        });
        Set<String> reported = new TreeSet<>(found.asMap().keySet());
        FieldErrors violations = new FieldErrors(ui.bundle());
        violations.addViolations(validator.validate(conversion.request()));
        violations.asMap().forEach((field, message) -> {
            if (IntakeStep.showing(field) == step && !reported.contains(field)) {
                found.asMap().put(field, message);
            }
        });
        if (step == IntakeStep.WARNING) {
            answers.unansweredWarningSigns().forEach(f -> found.addKey(f, "error.redFlags.required"));
        }
        return found;
    }

    /**
     * The clinic's form, with the patient's details and the consent given on the review page; a repeat with the
     * same key returns the first intake.
     */
    Sent atClinic(DraftAnswers answers, ConsentRequest consent, String idempotencyKey, String submitter, String channel) {
        DraftAnswers.Conversion conversion = answers.toRequest(LocalDate.now(ZoneId.systemDefault()), ui.language());
        FieldErrors found = new FieldErrors(ui.bundle());
        conversion.errors().forEach(found::addKey);
        found.addViolations(validator.validate(conversion.request()));
        answers.unansweredWarningSigns().forEach(f -> found.addKey(f, "error.redFlags.required"));
        IntakeSubmissions.Submission submission = null;
        if (found.isEmpty()) {
            try {
                submission = submissions.submit(conversion.request().withConsent(consent), idempotencyKey, submitter, channel);
            } catch (ConstraintViolationException e) {
                found.addViolations(e.getConstraintViolations());
            } catch (InvalidInput | IdempotencyKeyReused | ClinicIdConflict e) {
                found.addRefusal(e);
            }
        }
        String clinicId = conversion.request() == null || conversion.request().patient() == null
                ? null : conversion.request().patient().clinicId();
        if (!found.isEmpty()) {
            audit.write(PageAudit.INTAKE_SUBMIT, clinicId, null, 400);
            return new Sent(null, found.asMap(), false);
        }
        audit.write(PageAudit.INTAKE_SUBMIT, clinicId, submission.intakeId(), 303);
        return new Sent(submission, Map.of(), false);
    }

    /** A link's form: the patient is the link's, so the answers carry no patient part; the consent goes with them. */
    Sent throughLink(DraftAnswers answers, ConsentRequest consent, String linkHash) {
        DraftAnswers.Conversion conversion = answers.toRequest(LocalDate.now(ZoneId.systemDefault()), ui.language());
        IntakeRequest answered = conversion.request();
        LinkIntakeRequest linkRequest = new LinkIntakeRequest(null, answered.visitDate(), answered.language(),
                answered.pain(), answered.factors(), answered.redFlags(), answered.lefs(), consent);
        FieldErrors found = new FieldErrors(ui.bundle());
        conversion.errors().forEach((field, key) -> {
            if (!field.startsWith("patient.")) {
                found.addKey(field, key);
            }
        });
        found.addViolations(validator.validate(linkRequest));
        answers.unansweredWarningSigns().forEach(f -> found.addKey(f, "error.redFlags.required"));
        IntakeSubmissions.Submission submission = null;
        if (found.isEmpty()) {
            try {
                submission = links.submitByHash(linkHash, linkRequest);
            } catch (ConstraintViolationException e) {
                found.addViolations(e.getConstraintViolations());
            } catch (IntakeLinkNotFound | IntakeLinkGone e) {
                return new Sent(null, Map.of(), true);
            } catch (NotTheLinksPatient e) {
                found.addProblem(IntakeLinkMappers.problemOf(e));
            } catch (InvalidInput | IdempotencyKeyReused | ClinicIdConflict e) {
                found.addRefusal(e);
            }
        }
        if (!found.isEmpty()) {
            // The link's patient is known to the link, not to this page: the row names no patient.
            audit.write(PageAudit.INTAKE_SUBMIT, null, null, 400);
            return new Sent(null, found.asMap(), false);
        }
        audit.write(PageAudit.INTAKE_SUBMIT, null, submission.intakeId(), 303);
        return new Sent(submission, Map.of(), false);
    }
}
