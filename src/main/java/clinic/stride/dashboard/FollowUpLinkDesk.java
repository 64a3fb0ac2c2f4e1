package clinic.stride.dashboard;

import clinic.stride.audit.PageAudit;
import clinic.stride.followup.FollowUpLinkNotFound;
import clinic.stride.followup.FollowUps;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.patientlink.PublicAddress;
import clinic.stride.patientlink.QrCodeSvg;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.PageLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * POST /dashboard/follow-up-link (intake=…, language, validUntil): a clinician makes a follow-up questionnaire link for
 * the patient of this intake; the page that answers shows it once, with a QR code, through the same
 * {@link FollowUps#create} as the API. With {@code revoke=<link id>} it revokes that link instead and returns to the
 * patient page. Clinicians only (web.xml, /dashboard/*), CSRF-checked, audited as page.follow-up-link.create/revoke.
 */
@WebServlet(urlPatterns = "/dashboard/follow-up-link")
public class FollowUpLinkDesk extends HttpServlet {

    static final String VIEW = "/dashboard/follow-up-link.xhtml";
    static final String CREATED = "page.follow-up-link.create";
    static final String REVOKED = "page.follow-up-link.revoke";

    @Inject
    FollowUps followUps;

    @Inject
    PublicAddress address;

    @Inject
    PageAudit audit;

    @Inject
    PageLanguage ui;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        UUID intake = PageAudit.intakeOf(request);
        String user = request.getUserPrincipal().getName();
        if (intake == null) {
            audit.write(CREATED, null, null, 404);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getParameter("revoke") != null) {
            revoke(intake, request, response, user);
            return;
        }
        try {
            FollowUps.Issued issued = followUps.create(intake, PageLanguage.parse(request.getParameter("language")).orElse(null),
                    day(request.getParameter("validUntil")), user);
            String url = address.at(request, "/follow-ups/" + issued.token()).toString();
            audit.write(CREATED, issued.clinicId(), intake, 200);
            request.setAttribute(NewFollowUpLinkPage.URL, url);
            request.setAttribute(NewFollowUpLinkPage.QR, QrCodeSvg.svg(url, ui.text("followUp.link.qr")));
            request.setAttribute(NewFollowUpLinkPage.EXPIRES, issued.link().expiresAt());
        } catch (IntakeNotFound e) {
            audit.write(CREATED, null, intake, 404);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (InvalidInput e) {
            audit.write(CREATED, null, intake, 400);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.setAttribute(NewFollowUpLinkPage.ERROR, ui.text("followUp.link.error.day"));
        }
        request.setAttribute(NewFollowUpLinkPage.INTAKE, intake);
        request.getRequestDispatcher(VIEW).forward(request, response);
    }

    private void revoke(UUID intake, HttpServletRequest request, HttpServletResponse response, String user) throws IOException {
        try {
            long linkId = Long.parseLong(request.getParameter("revoke"));
            followUps.revoke(intake, linkId, user);
            audit.write(REVOKED, followUps.ofIntakeClinicId(intake), intake, 303);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/dashboard/patient?intake=" + intake + "#follow-ups");
        } catch (NumberFormatException | FollowUpLinkNotFound | IntakeNotFound e) {
            audit.write(REVOKED, null, intake, 404);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The day typed (yyyy-mm-dd, as a date field sends it); blank for the default; not a day: refused. */
    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("validUntil", "not a day");
        }
    }
}
