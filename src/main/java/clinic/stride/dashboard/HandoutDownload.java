package clinic.stride.dashboard;

import clinic.stride.audit.AuditLog;
import clinic.stride.intake.IntakeService;
import clinic.stride.platform.DomainProblem;
import clinic.stride.reports.Reports;
import clinic.stride.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * {@code /dashboard/handout.pdf?intake=...}: the handout of the plan in force, for the signed-in clinician's
 * browser. The same {@link Reports#handout} call as GET /api/intakes/{id}/handout.pdf, so a stored plan gives
 * the same file here and there; the API wants HTTP Basic, which a page cannot send. Clinicians only (web.xml
 * protects /dashboard/*; checked again here because a PDF is patient data).
 */
@WebServlet(urlPatterns = "/dashboard/handout.pdf")
public class HandoutDownload extends HttpServlet {

    @Inject
    Reports reports;

    @Inject
    IntakeService intakes;

    @Inject
    AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Roles.CLINICIAN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        UUID id;
        String clinicId;
        try {
            id = UUID.fromString(String.valueOf(request.getParameter("intake")));
            clinicId = intakes.get(id).patient().clinicId();
        } catch (IllegalArgumentException | DomainProblem e) {
            audit.record("report.handout", null, null, 404);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Reports.Printed printed = reports.handout(id, null, null);
        audit.record("report.handout", clinicId, id, 200);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + printed.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(printed.pdf().length);
        response.getOutputStream().write(printed.pdf());
    }
}
