package clinic.stride.dashboard;

import clinic.stride.audit.AuditLog;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.platform.InvalidInput;
import clinic.stride.reports.ReportResources;
import clinic.stride.reports.Reports;
import clinic.stride.vocabulary.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a report PDF of the intake named by the {@code intake} parameter to the signed-in clinician's browser:
 * the page side of GET /api/intakes/{id}/summary.pdf and handout.pdf, which want HTTP Basic, something a link
 * on a page cannot send. The PDF comes from the same {@link Reports} call as the API's, so it is the same file;
 * the audit row has the API's action name, so an access reads the same in the audit trail whichever way it came.
 *
 * <p>As the API's audit trail: every answer is recorded (refused, unknown, failed), and a PDF whose access could
 * not be recorded is not sent. Unlike the API, errors are the site's HTML error pages, not problem+json.
 */
@ApplicationScoped
public class PdfDownload {

    private static final Logger LOG = Logger.getLogger(PdfDownload.class.getName());

    /** One report of one intake, as {@link Reports} prints it. */
    @FunctionalInterface
    public interface Printing {
        Reports.Printed print(UUID intakeId);
    }

    @Inject
    AuditLog audit;

    public void send(HttpServletRequest request, HttpServletResponse response, String action, Printing printing)
            throws IOException {
        // web.xml already keeps /dashboard/* to clinicians; checked again because the answer is patient data.
        if (!request.isUserInRole(Roles.CLINICIAN)) {
            audit.record(action, null, null, HttpServletResponse.SC_FORBIDDEN);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        UUID intakeId = intakeId(request.getParameter("intake"));
        if (intakeId == null) {
            audit.record(action, null, null, HttpServletResponse.SC_NOT_FOUND);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Reports.Printed printed;
        try {
            printed = printing.print(intakeId);
        } catch (IntakeNotFound e) {
            audit.record(action, null, intakeId, HttpServletResponse.SC_NOT_FOUND);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (InvalidInput e) {
            // A language or print size no link offers (a hand-edited address): there is no such document, and the
            // browser gets the site's not-found page.
            audit.record(action, null, intakeId, HttpServletResponse.SC_NOT_FOUND);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuntimeException e) {
            audit.record(action, null, intakeId, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            throw e;
        }
        try {
            audit.record(action, printed.clinicId(), intakeId, HttpServletResponse.SC_OK);
        } catch (RuntimeException e) {
            // Only the exception's class: its message could name the patient.
            LOG.log(Level.SEVERE, "Audit row for " + action + " not written: " + e.getClass().getName());
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setContentType(ReportResources.PDF);
        // The name is made of the document kind and the clinic id only (Reports.Printed), so quoting it is safe.
        response.setHeader("Content-Disposition", "attachment; filename=\"" + printed.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(printed.pdf().length);
        response.getOutputStream().write(printed.pdf());
    }

    /** The intake id, or null when the parameter is missing or not a UUID (as unknown as an id that does not exist). */
    private static UUID intakeId(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
