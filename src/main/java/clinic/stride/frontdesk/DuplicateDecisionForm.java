package clinic.stride.frontdesk;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.PageAudit;
import clinic.stride.duplicates.Decided;
import clinic.stride.duplicates.Decision;
import clinic.stride.duplicates.Duplicates;
import clinic.stride.duplicates.PairAlreadyDecided;
import clinic.stride.patient.PatientNotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * POST /front-desk/duplicates/decide (clinicId, other, decision = same_person or different_person): staff's
 * decision about a pair, through {@link Duplicates#decide} like the API. Front desk and clinicians (web.xml,
 * /front-desk/*), with the CSRF token of every form; audited as page.duplicates.same-person or
 * page.duplicates.different-person. Back to the duplicates page (303), of the patient who stays after a link.
 */
@WebServlet(urlPatterns = "/front-desk/duplicates/decide")
public class DuplicateDecisionForm extends HttpServlet {

    @Inject
    Duplicates duplicates;

    @Inject
    PageAudit audit;

    @Inject
    AuditSubject subject;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String clinicId = strip(request.getParameter("clinicId"));
        String other = strip(request.getParameter("other"));
        Decision decision = "same_person".equals(request.getParameter("decision")) ? Decision.SAME_PERSON
                : "different_person".equals(request.getParameter("decision")) ? Decision.DIFFERENT_PERSON : null;
        String action = "page.duplicates." + (decision == Decision.SAME_PERSON ? "same-person" : "different-person");
        if (clinicId.isEmpty() || other.isEmpty() || decision == null) {
            audit.write(action, clinicId.isEmpty() ? null : clinicId, null, 400);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        subject.disclosed(List.of(other));
        String shown;
        String result;
        try {
            Decided decided = duplicates.decide(clinicId, other, decision, request.getUserPrincipal().getName());
            audit.write(action, clinicId, null, 303);
            shown = decided.survivingClinicId();
            result = decision.code();
        } catch (PairAlreadyDecided e) {
            audit.write(action, clinicId, null, 409);
            shown = clinicId;
            result = "already";
        } catch (PatientNotFound e) {
            audit.write(action, null, null, 404);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/front-desk/duplicates?clinicId="
                + URLEncoder.encode(shown, StandardCharsets.UTF_8) + "&result=" + result);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
