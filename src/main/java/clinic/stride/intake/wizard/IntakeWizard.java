package clinic.stride.intake.wizard;

import static clinic.stride.intake.form.Fields.CLINIC_ID;
import static clinic.stride.intake.form.Fields.EMERGENCY_SHOWN;

import clinic.stride.assessment.Assessments;
import clinic.stride.audit.PageAudit;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.intake.form.AnswerForm;
import clinic.stride.intake.form.DraftAnswers;
import clinic.stride.intake.form.FieldErrors;
import clinic.stride.intake.form.IntakeStep;
import clinic.stride.intake.form.Review;
import clinic.stride.intake.form.ReviewSection;
import clinic.stride.intakelink.IntakeLinks;
import clinic.stride.knowledge.AnswerSheet;
import clinic.stride.patient.Patient;
import clinic.stride.patient.PatientRegistry;
import clinic.stride.patient.Sex;
import clinic.stride.platform.Cookies;
import clinic.stride.platform.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intake form's controller. Each page posts its own fields; "Next" checks them, saves the draft
 * ({@link WizardDraft}) and moves on (post, redirect, get: reloading never re-posts, Back in the browser shows the
 * saved answers). "Submit" on the review page sends the whole intake ({@link FormSubmission}) and shows whatever
 * is refused next to the field concerned.
 */
@Named("wizard")
@RequestScoped
public class IntakeWizard extends AnswerForm {

    static final String KIOSK_COOKIE = "stride-kiosk";
    static final String LINK_GONE = "/intake-link/gone";
    static final String LINK_VIEW = "/intake-link/step.xhtml";
    static final IntakeStep FIRST_LINK_STEP = IntakeStep.WHERE;

    @Inject
    WizardDraft draft;

    @Inject
    FormSubmission sending;

    @Inject
    AboutYouCheck aboutYou;

    @Inject
    Assessments assessments;

    @Inject
    HttpServletRequest request;

    @Inject
    IntakeLinks links;

    @Inject
    PageAudit audit;

    @Inject
    PatientRegistry patients;

    @Inject
    ConsentStep consent;

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
        kiosk = !link && Cookies.value(request, KIOSK_COOKIE).isPresent();
        draft.load(link);
        answers = draft.answers();
        linkHash = draft.linkHash();
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
        FieldErrors found = sending.check(answers, step);
        if (found.isEmpty() && step == IntakeStep.YOU && !link && !aboutYou.matches(typedPatient())) {
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

    /** Skips the optional LEFS page, forgetting any answer chosen on it: a radio button cannot be unchosen without script. */
    public String skip(String slug) {
        IntakeStep step = step(slug);
        if (step != IntakeStep.FUNCTION || (link && linkHash == null)) {
            return next(slug);
        }
        step.valueFields().forEach(field -> answers.put(field, null));
        save(step.next());
        return Pages.redirect(path("review".equals(request.getParameter("from")) ? IntakeStep.REVIEW : step.next()));
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
        Map<String, String> unconsented = consent.check();
        if (!unconsented.isEmpty()) {
            errors = unconsented;
            linkStepShown = IntakeStep.REVIEW;
            return link ? LINK_VIEW : IntakeStep.REVIEW.path() + ".xhtml";
        }
        if (link) {
            return submitThroughLink();
        }
        if (!draft.isSaved()) {
            return Pages.redirect("/intake");
        }
        FormSubmission.Sent sent = sending.atClinic(answers, consent.given(), draft.submissionKey(), submitter(), kiosk ? "kiosk" : "web");
        if (sent.refused()) {
            errors = ConsentStep.onPage(sent.errors());
            IntakeStep first = errors.keySet().stream().map(IntakeStep::showing).min(Enum::compareTo).orElse(IntakeStep.REVIEW);
            return first.path() + ".xhtml";
        }
        return thank(sent.submission());
    }

    /** A link used or expired meanwhile shows the no-longer-valid page, and nothing is stored. */
    private String submitThroughLink() {
        if (linkHash == null) {
            return Pages.redirect(LINK_GONE);
        }
        FormSubmission.Sent sent = sending.throughLink(answers, consent.given(), linkHash);
        if (sent.linkGone()) {
            forgetDraft();
            return Pages.redirect(LINK_GONE);
        }
        if (sent.refused()) {
            errors = ConsentStep.onPage(sent.errors());
            linkStepShown = errors.keySet().stream().map(IntakeStep::showing)
                    .filter(s -> s != IntakeStep.YOU).min(Enum::compareTo).orElse(IntakeStep.REVIEW);
            return LINK_VIEW;
        }
        return thank(sent.submission());
    }

    private String thank(clinic.stride.intake.IntakeSubmissions.Submission submission) {
        // The assessment was made and stored with the intake; the patient sees its warning signs in their language.
        ThankYou outcome = ThankYou.of(assessments.of(submission.intakeId(), null), assessments.knowledgeBase(),
                ui.language(), kiosk, link);
        forgetDraft();
        outcome.keepFor(request);
        // The browser's caches go, back/forward cache included: Back must not show the pages with these answers.
        WizardDraft.response().setHeader("Clear-Site-Data", "\"cache\"");
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
            Cookies.remove(KIOSK_COOKIE, request, WizardDraft.response());
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
        Cookies.set(KIOSK_COOKIE, "on", Duration.ofDays(365), request, WizardDraft.response());
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
            thanks = ThankYou.shown(request, kiosk, link);
        }
        return thanks;
    }

    // ---- what pages show -----------------------------------------------------------------------------------

    /**
     * A get-help-now answer (see {@code Fields.EMERGENCY_ANSWERS}), or answers the knowledge base reads as an
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
        return draft.isSaved() && !answers.isEmpty();
    }

    /** The page to continue on: the one after the last page saved. */
    public String getResumePath() {
        return path(IntakeStep.bySlug(answers.value(WizardDraft.RESUME_STEP)).orElse(getSteps().get(0)));
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

    /** The patient's details as typed on the "about you" page. */
    private clinic.stride.patient.PatientDetails typedPatient() {
        return answers.toRequest(LocalDate.now(ZoneId.systemDefault()), ui.language()).request().patient();
    }

    private void save(IntakeStep resumeAt) {
        draft.save(answers, resumeAt);
    }

    private void forgetDraft() {
        answers = draft.forget();
    }

    private String submitter() {
        return request.getUserPrincipal() != null ? request.getUserPrincipal().getName() : kiosk ? "kiosk" : "patient";
    }

    private IntakeStep step(String slug) {
        return IntakeStep.bySlug(slug).orElseThrow(() -> new IllegalArgumentException("no intake step " + slug));
    }
}
