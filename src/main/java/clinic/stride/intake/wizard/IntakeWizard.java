package clinic.stride.intake.wizard;

import static clinic.stride.intake.form.Fields.*;

import clinic.stride.assessment.Assessments;
import clinic.stride.audit.PageAudit;
import clinic.stride.intake.IdempotencyKeyReused;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.IntakeSubmissions;
import clinic.stride.intake.form.AnswerForm;
import clinic.stride.intake.form.DraftAnswers;
import clinic.stride.intake.form.FieldErrors;
import clinic.stride.intake.form.IntakeDrafts;
import clinic.stride.intake.form.IntakeStep;
import clinic.stride.intake.form.Review;
import clinic.stride.intake.form.ReviewSection;
import clinic.stride.intakelink.IntakeLinkGone;
import clinic.stride.intakelink.IntakeLinkMappers;
import clinic.stride.intakelink.IntakeLinkNotFound;
import clinic.stride.intakelink.IntakeLinks;
import clinic.stride.intakelink.LinkDrafts;
import clinic.stride.intakelink.LinkIntakeRequest;
import clinic.stride.intakelink.NotTheLinksPatient;
import clinic.stride.knowledge.AnswerSheet;
import clinic.stride.patient.ClinicIdConflict;
import clinic.stride.patient.Patient;
import clinic.stride.patient.PatientRegistry;
import clinic.stride.patient.Sex;
import clinic.stride.platform.Cookies;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
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
 * the review page sends the whole intake through {@link IntakeSubmissions#submit}, the same call as the REST API,
 * and shows whatever it refuses next to the field concerned.
 */
@Named("wizard")
@RequestScoped
public class IntakeWizard extends AnswerForm {

    static final String DRAFT_COOKIE = "stride-draft";
    static final String KIOSK_COOKIE = "stride-kiosk";
    static final String THANKS_ATTRIBUTE = "stride.intake.thanks";
    /** Session attribute: a random name for this sign-in's drafts; draft field {@value #DRAFT_OWNER} holds it. */
    static final String DRAFT_OWNER_ATTRIBUTE = "stride.intake.draft-owner";
    static final String DRAFT_OWNER = "_owner";
    /** Session attribute: mismatched "about you" tries per clinic number (see {@link #matchesRegisteredPatient}). */
    static final String MISMATCHES_ATTRIBUTE = "stride.intake.patient-mismatches";
    static final String LINK_GONE = "/intake-link/gone";
    static final String LINK_VIEW = "/intake-link/step.xhtml";
    static final IntakeStep FIRST_LINK_STEP = IntakeStep.WHERE;

    @Inject
    IntakeDrafts drafts;

    @Inject
    IntakeSubmissions submissions;

    @Inject
    Validator validator;

    @Inject
    Assessments assessments;

    @Inject
    HttpServletRequest request;

    @Inject
    LinkDrafts linkDrafts;

    @Inject
    IntakeLinks links;

    @Inject
    PageAudit audit;

    @Inject
    PatientRegistry patients;

    private String token;
    private boolean saved;
    private boolean kiosk;
    /** The form opened through an intake link (pages under /intake-link/): no "you" page, submitted through the link. */
    private boolean link;
    /** The link's token hash, from the link draft; null when the draft is gone. */
    private String linkHash;
    /** The link page to show when an action sends the request to another step than the one posted. */
    private IntakeStep linkStepShown;
    private ThankYou thanks;
    private Boolean emergency;

    @PostConstruct
    void load() {
        link = isLinkPage(request);
        if (link) {
            token = cookie(LinkDrafts.COOKIE).orElse(null);
            Optional<IntakeDrafts.Draft> draft = drafts.find(token)
                    .filter(d -> d.answers().value(LinkDrafts.LINK) != null);
            if (draft.isPresent()) {
                answers = draft.get().answers();
                linkHash = answers.value(LinkDrafts.LINK);
                saved = true;
            } else {
                token = null;
            }
            return;
        }
        kiosk = cookie(KIOSK_COOKIE).isPresent();
        token = cookie(DRAFT_COOKIE).orElse(null);
        Optional<IntakeDrafts.Draft> draft = drafts.find(token);
        if (draft.isPresent() && draft.get().answers().value(LinkDrafts.LINK) == null
                && draftOwner().equals(draft.get().answers().value(DRAFT_OWNER))) {
            answers = draft.get().answers();
            saved = true;
        } else {
            if (draft.isPresent() && draft.get().answers().value(LinkDrafts.LINK) == null) {
                // Made in another sign-in on this browser (signed out since, or another staff member): never offered.
                drafts.delete(token);
            }
            token = null;
        }
    }

    /**
     * The clinic's form runs on staff devices: its drafts belong to the signed-in session that made them, so after
     * a sign-out the next person at the desk or tablet is not offered the last patient's answers.
     */
    private String draftOwner() {
        HttpSession session = request.getSession(true);
        if (session.getAttribute(DRAFT_OWNER_ATTRIBUTE) instanceof String owner) {
            return owner;
        }
        String owner = IntakeDrafts.newToken();
        session.setAttribute(DRAFT_OWNER_ATTRIBUTE, owner);
        return owner;
    }

    /** The pages of the form opened through an intake link: /intake-link/... */
    static boolean isLinkPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return path != null && path.startsWith("/intake-link/");
    }

    // ---- actions -------------------------------------------------------------------------------------------

    /** Checks this page's answers, saves them and goes to the next page; stays with errors shown when any. */
    public String next(String slug) {
        IntakeStep step = step(slug);
        if (link && linkHash == null) {
            return Pages.redirect(LINK_GONE);
        }
        readPosted(step);
        FieldErrors found = check(step);
        if (found.isEmpty() && step == IntakeStep.YOU && !link && !matchesRegisteredPatient()) {
            found.addKey(CLINIC_ID, "error.patient.mismatch");
            // Recorded for the patient on file: a run of these at a kiosk is someone trying details out.
            audit.write(PageAudit.INTAKE_PATIENT_MISMATCH, answers.value(CLINIC_ID).strip(), null, 409);
        }
        if (!found.isEmpty()) {
            errors = found.asMap();
            return null;
        }
        if (step == IntakeStep.WARNING && isEmergencyAnswered() && !"yes".equals(request.getParameter(EMERGENCY_SHOWN))) {
            // The get-help-now message must be seen on this page, before the review: show it here first.
            save(step);
            return Pages.redirect(path(step));
        }
        save(step.next());
        // Opened with "Change" on the review page: back to the review, not on through the pages in between.
        IntakeStep to = "review".equals(request.getParameter("from")) ? IntakeStep.REVIEW : step.next();
        return Pages.redirect(path(to));
    }

    /** Saves what was typed, right or wrong, and goes back one page. */
    public String back(String slug) {
        IntakeStep step = step(slug);
        if (link && linkHash == null) {
            return Pages.redirect(LINK_GONE);
        }
        readPosted(step);
        save(step);
        IntakeStep previous = link && step == FIRST_LINK_STEP ? step : step.previous();
        return Pages.redirect(path(previous));
    }

    /** Saves what was typed and shows how to come back. */
    public String later(String slug) {
        IntakeStep step = step(slug);
        if (link) {
            // Not offered on a link's pages (its draft is saved at every step and the link itself brings it back).
            return Pages.redirect(path(step));
        }
        readPosted(step);
        save(step);
        return Pages.redirect("/intake/saved");
    }

    /** Forgets the draft and starts a blank form. */
    public String startOver() {
        forgetDraft();
        return Pages.redirect(IntakeStep.YOU.path());
    }

    /** Sends the intake. Every refused answer is shown on its page, next to its field. */
    public String submit() {
        if (link) {
            return submitThroughLink();
        }
        if (!saved) {
            return Pages.redirect("/intake");
        }
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        DraftAnswers.Conversion conversion = answers.toRequest(today, ui.language());
        FieldErrors found = new FieldErrors(ui.bundle());
        conversion.errors().forEach(found::addKey);
        found.addViolations(validator.validate(conversion.request()));
        answers.unansweredWarningSigns().forEach(f -> found.addKey(f, "error.redFlags.required"));
        IntakeSubmissions.Submission submission = null;
        if (found.isEmpty()) {
            try {
                submission = submissions.submit(conversion.request(), IntakeDrafts.submissionKey(token), submitter(), kiosk ? "kiosk" : "web");
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
            errors = found.asMap();
            IntakeStep first = errors.keySet().stream().map(IntakeStep::showing).min(Enum::compareTo).orElse(IntakeStep.REVIEW);
            return first.path() + ".xhtml";
        }
        audit.write(PageAudit.INTAKE_SUBMIT, clinicId, submission.intakeId(), 303);
        return thank(submission);
    }

    /**
     * Sends the intake through {@link IntakeLinks#submitByHash}, the same call as POST
     * /api/intake-links/{token}/intake: the patient is the link's, so the answers carry no patient part. A
     * link used or expired meanwhile shows the no-longer-valid page, and nothing is stored.
     */
    private String submitThroughLink() {
        if (linkHash == null) {
            return Pages.redirect(LINK_GONE);
        }
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        IntakeRequest answered = answers.toRequest(today, ui.language()).request();
        LinkIntakeRequest linkRequest = new LinkIntakeRequest(null, answered.visitDate(), answered.language(),
                answered.pain(), answered.factors(), answered.redFlags());
        FieldErrors found = new FieldErrors(ui.bundle());
        answers.toRequest(today, ui.language()).errors().forEach((field, key) -> {
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
                forgetDraft();
                return Pages.redirect(LINK_GONE);
            } catch (NotTheLinksPatient e) {
                found.addProblem(IntakeLinkMappers.problemOf(e));
            } catch (InvalidInput | IdempotencyKeyReused | ClinicIdConflict e) {
                found.addRefusal(e);
            }
        }
        if (!found.isEmpty()) {
            // The link's patient is known to the link, not to this page: the row names no patient.
            audit.write(PageAudit.INTAKE_SUBMIT, null, null, 400);
            errors = found.asMap();
            linkStepShown = errors.keySet().stream().map(IntakeStep::showing)
                    .filter(s -> s != IntakeStep.YOU).min(Enum::compareTo).orElse(IntakeStep.REVIEW);
            return LINK_VIEW;
        }
        audit.write(PageAudit.INTAKE_SUBMIT, null, submission.intakeId(), 303);
        return thank(submission);
    }

    private String thank(IntakeSubmissions.Submission submission) {
        // The assessment was made and stored with the intake; the patient sees its warning signs in their language.
        ThankYou outcome = ThankYou.of(assessments.of(submission.intakeId(), null), assessments.knowledgeBase(),
                ui.language(), kiosk, link);
        forgetDraft();
        request.getSession(true).setAttribute(THANKS_ATTRIBUTE, outcome);
        // The browser's caches go, back/forward cache included: Back must not show the pages with these answers.
        response().setHeader("Clear-Site-Data", "\"cache\"");
        return Pages.redirect(link ? "/intake-link/thanks" : "/intake/thanks");
    }

    /** A link page shown without a draft for its link (the link was used, expired, or never opened here). */
    public String openLinkStep() {
        if (linkHash == null) {
            return Pages.redirect(LINK_GONE);
        }
        return null;
    }

    /** /kiosk: this browser becomes a clinic tablet; every visit starts blank and nothing is kept after submit. */
    public String startKiosk() {
        forgetDraft();
        if (request.getParameter("end") != null) {
            // Leaving kiosk mode signs the tablet out: the staff pages then need a staff member's sign-in.
            Cookies.remove(KIOSK_COOKIE, request, response());
            try {
                request.logout();
            } catch (jakarta.servlet.ServletException e) {
                throw new IllegalStateException("sign-out failed", e);
            }
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return Pages.redirect("/login");
        }
        Cookies.set(KIOSK_COOKIE, "on", Duration.ofDays(365), request, response());
        kiosk = true;
        // The tablet's own return to a blank form stays marked as automatic (KioskLock: not a person's activity).
        return Pages.redirect(IntakeStep.YOU.path() + (KioskLock.isAutomatic(request) ? "?" + KioskLock.AUTOMATIC : ""));
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
                thanks = new ThankYou(false, kiosk, link, List.of());
            }
        }
        return thanks;
    }

    // ---- what pages show -----------------------------------------------------------------------------------

    /**
     * A get-help-now answer (see {@link Fields#EMERGENCY_ANSWERS}), or answers the knowledge base reads as an
     * emergency (its red flags decide, so the page and the assessment agree).
     */
    @Override
    public boolean isEmergencyAnswered() {
        if (emergency == null) {
            emergency = super.isEmergencyAnswered() || knowledgeFindsEmergency();
        }
        return emergency;
    }

    private boolean knowledgeFindsEmergency() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        IntakeRequest draft = answers.toRequest(today, ui.language()).request();
        LocalDate born = draft.patient().birthDate();
        int age = born == null || born.isAfter(today) ? AnswerSheet.UNSET_AGE : Period.between(born, today).getYears();
        Sex sex = draft.patient().sex() != null ? draft.patient().sex() : linkPatientSex().orElse(Sex.UNKNOWN);
        return assessments.preview(draft.answers(), age, sex).hasEmergency();
    }

    /** On a link's form the page has no sex answer: the pregnancy question follows the link's patient. */
    @Override
    public boolean isPregnancyAsked() {
        return link ? linkPatientSex().filter(s -> s == Sex.MALE).isEmpty() : super.isPregnancyAsked();
    }

    private Optional<Sex> linkPatientSex() {
        if (!link || linkHash == null) {
            return Optional.empty();
        }
        return links.clinicIdOfHash(linkHash).flatMap(patients::find).map(Patient::sex);
    }

    public boolean isKiosk() {
        return kiosk;
    }

    public boolean isLink() {
        return link;
    }

    /** The step a link page shows: the one an action chose, else the "step" parameter, else the first. */
    public String getLinkStep() {
        if (linkStepShown != null) {
            return linkStepShown.slug();
        }
        return IntakeStep.bySlug(request.getParameter("step")).filter(s -> s != IntakeStep.YOU)
                .orElse(FIRST_LINK_STEP).slug();
    }

    /** The first page of this form, which has no Back button. */
    public boolean first(String slug) {
        return step(slug) == getSteps().get(0);
    }

    /** A page of this form: /intake/where, or on a link's form /intake-link/step?step=where. */
    public String path(IntakeStep step) {
        return link ? "/intake-link/step?step=" + step.slug() : step.path();
    }

    @Override
    public List<ReviewSection> getReview() {
        return new Review(answers, ui).sections(getSteps(), this::path);
    }

    /** The address of a review section's "Change" link: its page, marked to come back to the review. */
    public String changePath(String path) {
        return path + (path.contains("?") ? "&" : "?") + "from=review";
    }

    public boolean isDraftSaved() {
        return saved && !answers.isEmpty();
    }

    /** The page to continue on: the one after the last page saved. */
    public String getResumePath() {
        return path(IntakeStep.bySlug(answers.value("_step")).orElse(getSteps().get(0)));
    }

    public int stepNumber(String slug) {
        return getSteps().indexOf(step(slug)) + 1;
    }

    public int getStepCount() {
        return getSteps().size();
    }

    /** The pages of this form; a link's form leaves out "you", because the link already says who the patient is. */
    public List<IntakeStep> getSteps() {
        List<IntakeStep> all = Arrays.asList(IntakeStep.values());
        return link ? all.subList(1, all.size()) : all;
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

    /**
     * "About you" on a clinic number already on file: the name, birth date and sex typed must be the registered
     * ones, as the submission will insist (409). Caught here so the patient does not fill eight pages first. One
     * message on the clinic number, whatever differs, so a stranger at a kiosk learns nothing about which detail
     * was right. Each clinic number gets {@link IntakeLinks#MAX_MISMATCHES} tries in this browser session (the
     * limit an intake link has); after that the page refuses that number every time, matching or not, so the page
     * cannot be used to test guesses of a patient's birth date one after the other.
     */
    private boolean matchesRegisteredPatient() {
        IntakeRequest typed = answers.toRequest(LocalDate.now(ZoneId.systemDefault()), ui.language()).request();
        if (typed == null || typed.patient() == null || typed.patient().clinicId() == null) {
            return true;
        }
        String clinicId = typed.patient().clinicId().toLowerCase(java.util.Locale.ROOT);
        HttpSession session = request.getSession(true);
        @SuppressWarnings("unchecked")
        Map<String, Integer> tries = session.getAttribute(MISMATCHES_ATTRIBUTE) instanceof Map<?, ?> stored
                ? (Map<String, Integer>) stored : new java.util.HashMap<>();
        if (tries.getOrDefault(clinicId, 0) >= IntakeLinks.MAX_MISMATCHES) {
            return false;
        }
        if (!patients.differsFromRegistered(typed.patient())) {
            return true;
        }
        tries.merge(clinicId, 1, Integer::sum);
        // Set again so a distributed session stores the change.
        session.setAttribute(MISMATCHES_ATTRIBUTE, new java.util.HashMap<>(tries));
        return false;
    }

    private void save(IntakeStep resumeAt) {
        answers.put("_step", resumeAt.slug());
        if (!link) {
            answers.put(DRAFT_OWNER, draftOwner());
        }
        if (saved && drafts.save(token, answers)) {
            return;
        }
        if (link) {
            // The link's draft went (expired between two pages): answers without their link cannot be sent.
            return;
        }
        // The clinic's form is on a staff device (desk or kiosk): the draft lives as briefly as a kiosk's and its
        // cookie dies with the browser session. Only a patient's own link keeps a draft for a week (LinkDrafts).
        token = drafts.create(answers, true);
        saved = true;
        Cookies.set(DRAFT_COOKIE, token, null, request, response());
    }

    private void forgetDraft() {
        drafts.delete(token);
        token = null;
        saved = false;
        answers = new DraftAnswers();
        Cookies.remove(link ? LinkDrafts.COOKIE : DRAFT_COOKIE, request, response());
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
        return Cookies.value(request, name);
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) external().getResponse();
    }
}
