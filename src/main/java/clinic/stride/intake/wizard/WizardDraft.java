package clinic.stride.intake.wizard;

import clinic.stride.intake.form.DraftAnswers;
import clinic.stride.intake.form.IntakeDrafts;
import clinic.stride.intake.form.IntakeStep;
import clinic.stride.intakelink.LinkDrafts;
import clinic.stride.platform.Cookies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The draft the form's pages work on, kept between pages under a cookie: on a link's pages the draft the link
 * opened (it names its link), on the clinic's form the draft of this staff sign-in.
 */
@RequestScoped
public class WizardDraft {

    static final String DRAFT_COOKIE = "stride-draft";
    /** Session attribute: a random name for this sign-in's drafts; draft field {@value #DRAFT_OWNER} holds it. */
    static final String DRAFT_OWNER_ATTRIBUTE = "stride.intake.draft-owner";
    static final String DRAFT_OWNER = "_owner";
    /** Draft field: the page to continue on. */
    static final String RESUME_STEP = "_step";

    @Inject
    IntakeDrafts drafts;

    @Inject
    HttpServletRequest request;

    private boolean link;
    private String token;
    private boolean saved;
    /** The link's token hash, from the link draft; null when the draft is gone. */
    private String linkHash;
    private DraftAnswers answers = new DraftAnswers();

    /** Reads this browser's draft for a link's pages or for the clinic's form. */
    void load(boolean linkPages) {
        link = linkPages;
        if (link) {
            token = Cookies.value(request, LinkDrafts.COOKIE).orElse(null);
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
        token = Cookies.value(request, DRAFT_COOKIE).orElse(null);
        Optional<IntakeDrafts.Draft> draft = drafts.find(token);
        if (draft.isPresent() && draft.get().answers().value(LinkDrafts.LINK) == null
                && owner().equals(draft.get().answers().value(DRAFT_OWNER))) {
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

    DraftAnswers answers() {
        return answers;
    }

    boolean isSaved() {
        return saved;
    }

    /** The link's token hash; null off a link's pages, or when its draft is gone. */
    String linkHash() {
        return linkHash;
    }

    /** The key that makes a second submit of this draft return the first intake. */
    String submissionKey() {
        return IntakeDrafts.submissionKey(token);
    }

    /**
     * The clinic's form runs on staff devices: its drafts belong to the signed-in session that made them, so after
     * a sign-out the next person at the desk or tablet is not offered the last patient's answers.
     */
    private String owner() {
        HttpSession session = request.getSession(true);
        if (session.getAttribute(DRAFT_OWNER_ATTRIBUTE) instanceof String owner) {
            return owner;
        }
        String owner = IntakeDrafts.newToken();
        session.setAttribute(DRAFT_OWNER_ATTRIBUTE, owner);
        return owner;
    }

    /** Stores the answers, to continue on {@code resumeAt}; the first save of the clinic's form makes the draft. */
    void save(DraftAnswers answered, IntakeStep resumeAt) {
        answers = answered;
        answers.put(RESUME_STEP, resumeAt.slug());
        if (!link) {
            answers.put(DRAFT_OWNER, owner());
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

    /** Deletes the draft and its cookie; the answers start blank. */
    DraftAnswers forget() {
        drafts.delete(token);
        token = null;
        saved = false;
        answers = new DraftAnswers();
        Cookies.remove(link ? LinkDrafts.COOKIE : DRAFT_COOKIE, request, response());
        // The session is not invalidated on a kiosk: it holds the staff sign-in that unlocked the tablet.
        // The answers and the draft are what the next patient must not reach, and both are gone.
        return answers;
    }

    static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }
}
