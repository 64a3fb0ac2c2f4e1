package clinic.stride.dashboard;

import clinic.stride.reports.HandoutOptions;
import clinic.stride.reports.Reports;
import clinic.stride.homeprogramme.HomeLinkGone;
import clinic.stride.homeprogramme.HomeProgrammeLink;
import clinic.stride.homeprogramme.HomeProgrammes;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.patientlink.PublicAddress;
import clinic.stride.reports.HandoutPdf;
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

    @Inject
    HomeProgrammes programmes;

    @Inject
    PublicAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        download.send(request, response, "report.handout", intakeId -> {
            HandoutOptions options = HandoutOptions.parse(request.getParameter("lang"), request.getParameter("large"));
            return reports.handout(intakeId, options.language(), options.largePrint());
        });
    }

    /**
     * The handout with the patient's home programme link as a QR code: posted from the handout page right after the
     * link was made (form field {@code homeLink}, the token; never in an address, so never in an access log). The
     * link must be open and belong to this intake; anything else is a 404, as for an unknown intake.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String hash = HomeProgrammes.hashOf(request.getParameter("homeLink"));
        download.send(request, response, "report.handout", intakeId -> {
            HomeProgrammeLink link;
            try {
                link = programmes.open(hash);
            } catch (HomeLinkGone e) {
                throw new IntakeNotFound(intakeId);
            }
            if (!link.intakeId().equals(intakeId)) {
                throw new IntakeNotFound(intakeId);
            }
            String url = address.homeProgramme(request, request.getParameter("homeLink")).toString();
            return reports.handout(intakeId, null, null, new HandoutPdf.HomeLink(url, link.validUntil()));
        });
    }
}
