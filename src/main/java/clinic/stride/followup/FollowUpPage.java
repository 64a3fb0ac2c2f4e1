package clinic.stride.followup;

import clinic.stride.audit.AuditLog;
import clinic.stride.audit.PageAudit;
import clinic.stride.patientlink.web.LinkPages;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /follow-ups/{token}}: the follow-up questionnaire a patient opens from the clinician's link, one page that
 * works without JavaScript. Open to anyone holding the token (the token is the credential), in the link's language.
 * A used, revoked, expired or unknown link answers 410 with the intake link's plain "no longer valid" page. The
 * token appears in no log and no audit row (the row names the patient); responses say {@code Referrer-Policy:
 * no-referrer} (SecurityHeaders).
 */
@WebServlet(urlPatterns = "/follow-ups/*")
public class FollowUpPage extends HttpServlet {

    static final String FORM_VIEW = "/follow-up/form.xhtml";
    static final String THANKS_VIEW = "/follow-up/thanks.xhtml";
    static final String GONE_VIEW = "/intake-link/gone.xhtml";
    /** Request attributes the page bean ({@link FollowUpPageView}) reads. */
    static final String FORM_ATTRIBUTE = "stride.followUp.form";
    static final String ANSWERS_ATTRIBUTE = "stride.followUp.answers";
    static final String RESULT_ATTRIBUTE = "stride.followUp.result";

    @Inject
    FollowUps followUps;

    @Inject
    AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String hash = hash(request);
        Optional<FollowUpForm> form = open(hash);
        if (form.isEmpty()) {
            gone(hash, request, response);
            return;
        }
        audit.record(PageAudit.FOLLOW_UP_READ, followUps.clinicIdOfHash(hash).orElse(null),
                followUps.intakeIdOfHash(hash).orElse(null), HttpServletResponse.SC_OK);
        show(form.get(), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String hash = hash(request);
        Optional<FollowUpForm> form = open(hash);
        if (form.isEmpty()) {
            gone(hash, request, response);
            return;
        }
        String clinicId = followUps.clinicIdOfHash(hash).orElse(null);
        java.util.UUID intakeId = followUps.intakeIdOfHash(hash).orElse(null);
        Map<String, String> posted = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> posted.put(name, values.length == 0 ? null : values[0]));
        FollowUpFormAnswers answers = new FollowUpFormAnswers(posted);
        request.setAttribute(ANSWERS_ATTRIBUTE, answers);
        if (!answers.valid()) {
            audit.record(PageAudit.FOLLOW_UP_SUBMIT, clinicId, intakeId, HttpServletResponse.SC_BAD_REQUEST);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(form.get(), request, response);
            return;
        }
        FollowUpView stored;
        try {
            stored = followUps.submitByHash(hash, answers.request());
        } catch (FollowUpLinkGone | FollowUpLinkNotFound e) {
            gone(hash, request, response);
            return;
        }
        audit.record(PageAudit.FOLLOW_UP_SUBMIT, clinicId, intakeId, HttpServletResponse.SC_OK);
        language(form.get(), request, response);
        request.setAttribute(RESULT_ATTRIBUTE, stored);
        request.getRequestDispatcher(THANKS_VIEW).forward(request, response);
    }

    private void show(FollowUpForm form, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        language(form, request, response);
        request.setAttribute(FORM_ATTRIBUTE, form);
        request.getRequestDispatcher(FORM_VIEW).forward(request, response);
    }

    private static void language(FollowUpForm form, HttpServletRequest request, HttpServletResponse response) {
        LinkPages.showAndRemember(request, response, form.language());
    }

    private void gone(String hash, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        audit.record(PageAudit.FOLLOW_UP_READ, followUps.clinicIdOfHash(hash).orElse(null), null, HttpServletResponse.SC_GONE);
        LinkPages.gone(request, response, followUps.languageOfHash(hash), GONE_VIEW);
    }

    private static String hash(HttpServletRequest request) {
        return FollowUps.hashOf(LinkPages.token(request));
    }

    private Optional<FollowUpForm> open(String hash) {
        if (hash == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(followUps.openByHash(hash));
        } catch (FollowUpLinkNotFound | FollowUpLinkGone e) {
            return Optional.empty();
        }
    }
}
