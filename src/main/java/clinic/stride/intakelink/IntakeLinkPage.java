package clinic.stride.intakelink;

import clinic.stride.audit.AuditLog;
import clinic.stride.patientlink.web.LinkPages;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /intake-links/{token}}: the page a patient opens from the link the front desk sent. Open to anyone
 * holding the token (the token is the credential, as for GET /api/intake-links/{token}). An open link shows
 * the start page, in the link's language, and gives this browser a blank draft tied to the link; the form's
 * pages then live under /intake-link/ without the token in their address. A used, expired or unknown link
 * answers 410 with the same plain page whichever it is, so the page never tells whether a token existed.
 *
 * <p>The token appears in no log: nothing here logs, and the audit row names the patient, never the link.
 * Every response carries {@code Referrer-Policy: no-referrer} (SecurityHeaders), so the address does not
 * leave with a click either.
 */
@WebServlet(urlPatterns = "/intake-links/*")
public class IntakeLinkPage extends HttpServlet {

    static final String START_VIEW = "/intake-link/start.xhtml";
    static final String GONE_VIEW = "/intake-link/gone.xhtml";
    /** Request attributes the start page reads. */
    static final String FORM_ATTRIBUTE = "stride.link.form";
    static final String RESUME_ATTRIBUTE = "stride.link.resume";

    @Inject
    IntakeLinks links;

    @Inject
    LinkDrafts drafts;

    @Inject
    AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String hash = IntakeLinks.hashOf(LinkPages.token(request));
        Optional<IntakeLinkForm> form = open(hash);
        if (form.isEmpty()) {
            audit.record("intake-link.page", links.clinicIdOfHash(hash).orElse(null), null, HttpServletResponse.SC_GONE);
            LinkPages.gone(request, response, links.languageOfHash(hash), GONE_VIEW);
            return;
        }
        audit.record("intake-link.page", links.clinicIdOfHash(hash).orElse(null), null, HttpServletResponse.SC_OK);
        LinkPages.showAndRemember(request, response, form.get().language());

        drafts.open(hash, request, response).ifPresent(step -> request.setAttribute(RESUME_ATTRIBUTE, step.slug()));
        request.setAttribute(FORM_ATTRIBUTE, form.get());
        request.getRequestDispatcher(START_VIEW).forward(request, response);
    }

    private Optional<IntakeLinkForm> open(String hash) {
        if (hash == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(links.openByHash(hash));
        } catch (IntakeLinkNotFound | IntakeLinkGone e) {
            return Optional.empty();
        }
    }
}
