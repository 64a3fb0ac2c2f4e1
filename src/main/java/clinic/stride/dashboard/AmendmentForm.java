package clinic.stride.dashboard;

import clinic.stride.audit.PageAudit;
import clinic.stride.intake.AmendmentRequest;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.IntakeSubmissions;
import clinic.stride.intake.IntakeView;
import clinic.stride.intake.form.AnswerForm;
import clinic.stride.intake.form.DraftAnswers;
import clinic.stride.intake.form.FieldErrors;
import clinic.stride.intake.form.IntakeStep;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The clinician's correction of an intake: the same questions as the patient's form, filled with the answers
 * in force, plus the visit date and the reason. Saved through {@link IntakeSubmissions#amend}, the same call as
 * POST /api/intakes/{id}/amendments; the earlier version stays readable.
 */
@Named("amend")
@RequestScoped
public class AmendmentForm extends AnswerForm {

    static final String VISIT_DATE = "visitDate";
    static final String REASON = "reason";
    static final List<IntakeStep> STEPS = List.of(IntakeStep.WHERE, IntakeStep.WHEN, IntakeStep.ACTIVITY,
            IntakeStep.BODY, IntakeStep.HISTORY, IntakeStep.WARNING);

    @Inject
    IntakeService intakes;

    @Inject
    IntakeSubmissions submissions;

    @Inject
    HttpServletRequest request;

    @Inject
    PageAudit audit;

    private IntakeView intake;

    @PostConstruct
    void load() {
        UUID id = null;
        try {
            id = UUID.fromString(String.valueOf(request.getParameter("intake")));
            intake = intakes.get(id);
        } catch (IllegalArgumentException | IntakeNotFound e) {
            intake = null;
            audit.read(PageAudit.AMENDMENT_READ, null, id, 404);
            return;
        }
        audit.read(PageAudit.AMENDMENT_READ, intake.patient().clinicId(), intake.id());
        IntakeAnswers current = intakes.answers(intake.id(), null);
        answers = DraftAnswers.of(null, current);
        answers.put(VISIT_DATE, current.visitDate().toString());
    }

    public boolean isFound() {
        return intake != null;
    }

    public IntakeView getIntake() {
        return intake;
    }

    public List<IntakeStep> getSteps() {
        return STEPS;
    }

    public String save() {
        if (intake == null) {
            return null;
        }
        STEPS.forEach(this::readPosted);
        Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        answers.put(VISIT_DATE, Pages.first(params, VISIT_DATE));
        answers.put(REASON, Pages.first(params, REASON));

        FieldErrors found = new FieldErrors(ui.bundle());
        LocalDate visitDate = null;
        try {
            visitDate = answers.value(VISIT_DATE) == null ? null : LocalDate.parse(answers.value(VISIT_DATE));
        } catch (DateTimeParseException e) {
            found.addKey(VISIT_DATE, "error.visitDate.format");
        }
        DraftAnswers.Conversion conversion = answers.toRequest(visitDate, intake.language());
        conversion.errors().forEach(found::addKey);
        if (found.isEmpty()) {
            IntakeRequest r = conversion.request();
            try {
                submissions.amend(intake.id(), new AmendmentRequest(answers.value(REASON), r.visitDate(), r.language(),
                        r.pain(), r.factors(), r.redFlags(), r.lefs()), amendedBy());
                audit.write(PageAudit.AMENDMENT_SUBMIT, intake.patient().clinicId(), intake.id(), 303);
                return Pages.redirect("/dashboard/patient?intake=" + intake.id());
            } catch (ConstraintViolationException e) {
                found.addViolations(e.getConstraintViolations());
            } catch (InvalidInput | IntakeNotFound e) {
                found.addRefusal(e);
            }
        }
        errors = found.asMap();
        audit.write(PageAudit.AMENDMENT_SUBMIT, intake.patient().clinicId(), intake.id(), 400);
        return null;
    }

    private String amendedBy() {
        return request.getUserPrincipal() != null ? request.getUserPrincipal().getName() : "clinician";
    }
}
