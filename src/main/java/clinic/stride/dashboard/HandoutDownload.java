package clinic.stride.dashboard;

import clinic.stride.reports.HandoutOptions;
import clinic.stride.reports.Reports;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /dashboard/handout.pdf?intake=...&lang=en|es&large=true|false}: the handout of the plan in force, for the
 * signed-in clinician's browser (the patient page's print links, the handout plan page). The same
 * {@link Reports#handout} call and options as GET /api/intakes/{id}/handout.pdf, so both give the same file;
 * lang and large may be left out, then the plan's choice prints. Clinicians only (web.xml and {@link PdfDownload}).
 */
@WebServlet(urlPatterns = "/dashboard/handout.pdf")
public class HandoutDownload extends HttpServlet {

    @Inject
    Reports reports;

    @Inject
    PdfDownload download;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        download.send(request, response, "report.handout", intakeId -> {
            HandoutOptions options = HandoutOptions.parse(request.getParameter("lang"), request.getParameter("large"));
            return reports.handout(intakeId, options.language(), options.largePrint());
        });
    }
}
