package clinic.stride.frontdesk;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.PageAudit;
import clinic.stride.duplicates.Duplicates;
import clinic.stride.patient.LikelyDuplicate;
import clinic.stride.patient.PatientNotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;

/**
 * /front-desk/duplicates?clinicId=…: the patient and who may be the same person, each with "Same person" and
 * "Different person" ({@link DuplicateDecisionForm} takes the POST). Reached from the worklist's "Possible
 * duplicate" mark; audited as {@value PageAudit#DUPLICATES_READ}, every candidate shown among the row's disclosed
 * patients.
 */
@Named("duplicatesPage")
@RequestScoped
public class DuplicatesPage {

    /** What the decision form reports back through the address after its redirect. */
    private static final Set<String> RESULTS = Set.of("same_person", "different_person", "already");

    @Inject
    Duplicates duplicates;

    @Inject
    PageAudit audit;

    @Inject
    AuditSubject subject;

    @Inject
    HttpServletRequest request;

    private Duplicates.Review review;
    private boolean loaded;
    private boolean notFound;

    /** The review of the clinic id in the address, read (and audited) once per request; null without one. */
    public Duplicates.Review getReview() {
        if (!loaded) {
            loaded = true;
            String clinicId = getClinicId();
            if (!clinicId.isEmpty()) {
                try {
                    review = duplicates.review(clinicId);
                    subject.disclosed(review.candidates().stream().map(LikelyDuplicate::clinicId).toList());
                    audit.read(PageAudit.DUPLICATES_READ, review.patient().clinicId(), null);
                } catch (PatientNotFound e) {
                    notFound = true;
                    audit.read(PageAudit.DUPLICATES_READ, null, null, 404);
                }
            }
        }
        return review;
    }

    public List<LikelyDuplicate> getCandidates() {
        return getReview() == null ? List.of() : review.candidates();
    }

    public boolean isNotFound() {
        getReview();
        return notFound;
    }

    public String getClinicId() {
        String clinicId = request.getParameter("clinicId");
        return clinicId == null ? "" : clinicId.strip();
    }

    /** same_person, different_person or already, after a decision; empty otherwise. */
    public String getResult() {
        String result = request.getParameter("result");
        return result != null && RESULTS.contains(result) ? result : "";
    }
}
