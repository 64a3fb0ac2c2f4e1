package clinic.stride.intakelink;

import clinic.stride.intake.form.DraftAnswers;
import clinic.stride.intake.form.IntakeDrafts;
import clinic.stride.intake.form.IntakeStep;
import clinic.stride.platform.Cookies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The intake form opened through an intake link. It has a draft of its own, in a cookie of its own, so it
 * never meets a draft of the clinic's form on the same browser; the draft names its link by the token's
 * hash (never the token), and the answers start blank: nothing the patient answered before is shown.
 *
 * <p>Opening the same link again on the same browser carries on with that draft; a different link, or the
 * same link on another device, starts blank.
 */
@ApplicationScoped
public class LinkDrafts {

    public static final String COOKIE = "stride-link-draft";
    /** Draft field naming the link (the token's SHA-256): not a question, so never shown or submitted. */
    public static final String LINK = "_link";
    static final String STEP = "_step";

    @Inject
    IntakeDrafts drafts;

    /**
     * Makes sure this browser holds a draft for the link, blank if it had none. When it already held one with
     * answers in it, the page to carry on at (the start page then offers that instead of a fresh start).
     */
    public Optional<IntakeStep> open(String linkHash, HttpServletRequest request, HttpServletResponse response) {
        Optional<IntakeDrafts.Draft> current = find(linkHash, cookie(request));
        if (current.isPresent()) {
            DraftAnswers answers = current.get().answers();
            boolean answered = answers.getValues().keySet().stream().anyMatch(k -> !k.startsWith("_"))
                    || !answers.getLists().isEmpty();
            return answered ? Optional.of(IntakeStep.bySlug(answers.value(STEP)).filter(s -> s != IntakeStep.YOU)
                    .orElse(IntakeStep.WHERE)) : Optional.empty();
        }
        DraftAnswers blank = new DraftAnswers();
        blank.put(LINK, linkHash);
        blank.put(STEP, IntakeStep.WHERE.slug());
        String token = drafts.create(blank, false);
        Cookies.set(COOKIE, token, IntakeDrafts.OWN_DEVICE, request, response);
        return Optional.empty();
    }

    /** The link draft this cookie value names, if it belongs to that link. */
    Optional<IntakeDrafts.Draft> find(String linkHash, String draftToken) {
        return drafts.find(draftToken).filter(d -> linkHash != null && linkHash.equals(d.answers().value(LINK)));
    }

    static String cookie(HttpServletRequest request) {
        return Cookies.value(request, COOKIE).orElse(null);
    }
}
