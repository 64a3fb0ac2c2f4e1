package clinic.stride.dashboard;

import clinic.stride.reports.Reports;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /dashboard/summary.pdf?intake=...}: the clinician summary of the intake version in force, for the
 * signed-in clinician's browser (the patient page's print link). The same {@link Reports#summary} call as
 * GET /api/intakes/{id}/summary.pdf, so both give the same file. Clinicians only (web.xml and {@link PdfDownload}).
 */
@WebServlet(urlPatterns = "/dashboard/summary.pdf")
public class SummaryDownload extends HttpServlet {

    @Inject
    Reports reports;

    @Inject
    PdfDownload download;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        download.send(request, response, "report.summary", reports::summary);
    }
}
