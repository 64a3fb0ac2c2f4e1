package clinic.stride.intake.web;

import static clinic.stride.intake.web.Fields.*;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.Assessments;
import clinic.stride.audit.PageAudit;
import clinic.stride.intake.IntakeService;
import clinic.stride.platform.DomainProblem;
import clinic.stride.platform.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The intake form's controller. Each page posts its own fields; "Next" checks them, saves the draft and moves
 * on (post, redirect, get: reloading never re-posts, Back in the browser shows the saved answers). "Submit" on
 * the review page sends the whole intake through {@link IntakeService#submit}, the same call as the REST API,
 * and shows whatever it refuses next to the field concerned.
 */
@Named("wizard")
@RequestScoped
public class IntakeWizard extends AnswerForm {

    static final String DRAFT_COOKIE = "stride-draft";
    static final String KIOSK_COOKIE = "stride-kiosk";
    static final String THANKS_ATTRIBUTE = "stride.intake.thanks";

    @Inject
    IntakeDrafts drafts;

    @Inject
    IntakeService intakes;

    @Inject
    Validator validator;

    @Inject
    Assessments assessments;

    @Inject
    HttpServletRequest request;

    @Inject
    PageAudit audit;

    private String token;
    private boolean saved;
    private boolean kiosk;
    private ThankYou thanks;

    /**
     * What the thank-you page says: whether there is an emergency, and the assessment's warning-sign messages
     * for the patient. No answers, so nothing that identifies the patient lingers in the session.
     */
    public record ThankYou(boolean emergency, boolean kiosk, List<Warning> warnings) implements Serializable {

        public ThankYou {
            warnings = List.copyOf(warnings);
        }

        public List<Warning> emergencies() {
            return warnings.stream().filter(w -> w.urgency().equals("emergency")).toList();
        }

        public List<Warning> others() {
            return warnings.stream().filter(w -> !w.urgency().equals("emergency")).toList();
        }
    }

    /** One warning sign the assessment found, in the patient's words. */
    public record Warning(String urgency, String message) implements Serializable {
    }

    @PostConstruct
    void load() {
        kiosk = cookie(KIOSK_COOKIE).isPresent();
        token = cookie(DRAFT_COOKIE).orElse(null);
        Optional<IntakeDrafts.Draft> draft = drafts.find(token);
        if (draft.isPresent()) {
            answers = draft.get().answers();
            saved = true;
        } else {
            token = null;
        }
    }

    // ---- actions -------------------------------------------------------------------------------------------

    /** Checks this page's answers, saves them and goes to the next page; stays with errors shown when any. */
    public String next(String slug) {
        IntakeStep step = step(slug);
        read(step);
        FieldErrors found = check(step);
        if (!found.isEmpty()) {
            errors = found.asMap();
            return null;
        }
        save(step.next());
        return redirect(step.next().path());
    }

    /** Saves what was typed, right or wrong, and goes back one page. */
    public String back(String slug) {
        IntakeStep step = step(slug);
        read(step);
        save(step);
        return redirect(step.previous().path());
    }

    /** Saves what was typed and shows how to come back. */
    public String later(String slug) {
        IntakeStep step = step(slug);
        read(step);
        save(step);
        return redirect("/intake/saved");
    }

    /** Forgets the draft and starts a blank form. */
    public String startOver() {
        forgetDraft();
        return redirect(IntakeStep.YOU.path());
    }

    /** Sends the intake. Every refused answer is shown on its page, next to its field. */
    public String submit() {
        if (!saved) {
            return redirect("/intake");
        }
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        DraftAnswers.Conversion conversion = answers.toRequest(today, ui.language());
        FieldErrors found = new FieldErrors(ui.bundle());
        conversion.errors().forEach(found::addKey);
        found.addViolations(validator.validate(conversion.request()));
        answers.unansweredWarningSigns().forEach(f -> found.addKey(f, "error.redFlags.required"));
        IntakeService.Submission submission = null;
        if (found.isEmpty()) {
            try {
                submission = intakes.submit(conversion.request(), IntakeDrafts.submissionKey(token), submitter(), kiosk ? "kiosk" : "web");
            } catch (ConstraintViolationException e) {
                found.addViolations(e.getConstraintViolations());
            } catch (DomainProblem e) {
                found.addProblem(e.problem());
            }
        }
        String clinicId = conversion.request() == null || conversion.request().patient() == null
                ? null : conversion.request().patient().clinicId();
        if (!found.isEmpty()) {
            audit.write(PageAudit.INTAKE_SUBMIT, clinicId, null, 400);
            errors = found.asMap();
            IntakeStep first = errors.keySet().stream().map(IntakeStep::showing).min(Enum::compareTo).orElse(IntakeStep.REVIEW);
            return first.path() + ".xhtml";
        }
        audit.write(PageAudit.INTAKE_SUBMIT, clinicId, submission.intakeId(), 303);
        // The assessment was made and stored with the intake; the patient sees its warning signs in their language.
        Assessment assessment = assessments.of(submission.intakeId(), null);
        List<Warning> warnings = assessment.redFlags().stream()
                .map(flag -> new Warning(flag.urgency().code(),
                        assessments.knowledgeBase().redFlag(flag.id()).patientMessage(ui.language())))
                .toList();
        ThankYou outcome = new ThankYou(assessment.hasEmergency(), kiosk, warnings);
        forgetDraft();
        request.getSession(true).setAttribute(THANKS_ATTRIBUTE, outcome);
        return redirect("/intake/thanks");
    }

    /** /kiosk: this browser becomes a clinic tablet; every visit starts blank and nothing is kept after submit. */
    public String startKiosk() {
        forgetDraft();
        if (request.getParameter("end") != null) {
            removeCookie(KIOSK_COOKIE);
            return redirect("/intake");
        }
        Cookie cookie = cookie(KIOSK_COOKIE, "on");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        response().addCookie(cookie);
        kiosk = true;
        return redirect(IntakeStep.YOU.path());
    }

    /** /intake?kiosk is /kiosk. */
    public String open() {
        if (request.getParameter("kiosk") != null) {
            return startKiosk();
        }
        return null;
    }

    /** The thank-you page's content, once: on a kiosk a reload or the next patient sees a plain thank-you. */
    public ThankYou getThanks() {
        if (thanks == null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(THANKS_ATTRIBUTE) instanceof ThankYou stored) {
                thanks = stored;
                if (stored.kiosk()) {
                    session.removeAttribute(THANKS_ATTRIBUTE);
                }
            } else {
                thanks = new ThankYou(false, kiosk, List.of());
            }
        }
        return thanks;
    }

    // ---- what pages show -----------------------------------------------------------------------------------

    public boolean isKiosk() {
        return kiosk;
    }

    public boolean isDraftSaved() {
        return saved && !answers.isEmpty();
    }

    /** The page to continue on: the one after the last page saved. */
    public String getResumePath() {
        return IntakeStep.bySlug(answers.value("_step")).orElse(IntakeStep.YOU).path();
    }

    public int stepNumber(String slug) {
        return step(slug).number();
    }

    public int getStepCount() {
        return IntakeStep.count();
    }

    public List<IntakeStep> getSteps() {
        return Arrays.asList(IntakeStep.values());
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private FieldErrors check(IntakeStep step) {
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

    private void read(IntakeStep step) {
        Map<String, String[]> params = external().getRequestParameterValuesMap();
        for (String field : step.valueFields()) {
            String[] v = params.get(field);
            answers.put(field, v == null || v.length == 0 ? null : v[0]);
        }
        for (String field : step.listFields()) {
            String[] v = params.get(field);
            answers.putAll(field, v == null ? List.of() : Arrays.asList(v));
        }
    }

    private void save(IntakeStep resumeAt) {
        answers.put("_step", resumeAt.slug());
        if (saved && drafts.save(token, answers)) {
            return;
        }
        token = drafts.create(answers, kiosk);
        saved = true;
        Cookie cookie = cookie(DRAFT_COOKIE, token);
        if (!kiosk) {
            // On the patient's own device the draft outlives the browser; on a kiosk it dies with the browser session.
            cookie.setMaxAge((int) IntakeDrafts.OWN_DEVICE.toSeconds());
        }
        response().addCookie(cookie);
    }

    private void forgetDraft() {
        drafts.delete(token);
        token = null;
        saved = false;
        answers = new DraftAnswers();
        removeCookie(DRAFT_COOKIE);
        // The session is not invalidated on a kiosk: it holds the staff sign-in that unlocked the tablet.
        // The answers above and the draft are what the next patient must not reach, and both are gone.
    }

    private String submitter() {
        return request.getUserPrincipal() != null ? request.getUserPrincipal().getName() : kiosk ? "kiosk" : "patient";
    }

    private IntakeStep step(String slug) {
        return IntakeStep.bySlug(slug).orElseThrow(() -> new IllegalArgumentException("no intake step " + slug));
    }

    private Optional<String> cookie(String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    private Cookie cookie(String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private void removeCookie(String name) {
        Cookie cookie = cookie(name, "");
        cookie.setMaxAge(0);
        response().addCookie(cookie);
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) external().getResponse();
    }

    private String redirect(String path) {
        try {
            external().redirect(request.getContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }
}
