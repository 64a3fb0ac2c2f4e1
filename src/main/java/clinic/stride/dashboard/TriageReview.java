package clinic.stride.dashboard;

import clinic.stride.audit.PageAudit;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * POST /dashboard/reviewed (intake=…): the clinician has dealt with this intake's warning signs; it leaves the top of
 * the worklist. Clinicians only (web.xml, /dashboard/*), with the CSRF token of every form; audited as
 * {@value PageAudit#INTAKE_REVIEWED}. Back to the patient's page.
 */
@WebServlet(urlPatterns = "/dashboard/reviewed")
public class TriageReview extends HttpServlet {

    @Inject
    TriageQueue triage;

    @Inject
    PageAudit audit;

    @Inject
    clinic.stride.followup.FollowUps followUps;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("followUp") != null) {
            followUpReviewed(request, response);
            return;
        }
        UUID intake = PageAudit.intakeOf(request);
        Optional<String> clinicId = intake == null ? Optional.empty()
                : triage.markReviewed(intake, request.getUserPrincipal().getName());
        if (clinicId.isEmpty()) {
            audit.write(PageAudit.INTAKE_REVIEWED, null, intake, 404);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        audit.write(PageAudit.INTAKE_REVIEWED, clinicId.get(), intake, 303);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/dashboard/patient?intake=" + intake);
    }

    /** followUp=…&intake=…: a follow-up's warning signs dealt with; back to the patient page of the intake. */
    private void followUpReviewed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID intake = PageAudit.intakeOf(request);
        UUID followUp;
        try {
            followUp = UUID.fromString(request.getParameter("followUp"));
        } catch (IllegalArgumentException e) {
            followUp = null;
        }
        Optional<String> clinicId = followUp == null ? Optional.empty()
                : followUps.markReviewed(followUp, request.getUserPrincipal().getName());
        if (clinicId.isEmpty()) {
            audit.write(PageAudit.FOLLOW_UP_REVIEWED, null, intake, 404);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        audit.write(PageAudit.FOLLOW_UP_REVIEWED, clinicId.get(), intake, 303);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/dashboard/patient?intake=" + intake + "#follow-ups");
    }
}
