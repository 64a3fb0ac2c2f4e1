package clinic.stride.intake.wizard;

import clinic.stride.intakelink.IntakeLinks;
import clinic.stride.patient.PatientDetails;
import clinic.stride.patient.PatientRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * "About you" on a clinic number already on file: the name, birth date and sex typed must be the registered
 * ones, as the submission will insist (409). Caught on the first page so the patient does not fill eight pages
 * first. One message on the clinic number, whatever differs, so a stranger at a kiosk learns nothing about which
 * detail was right. Each clinic number gets {@link IntakeLinks#MAX_MISMATCHES} tries in this browser session (the
 * limit an intake link has); after that the page refuses that number every time, matching or not, so the page
 * cannot be used to test guesses of a patient's birth date one after the other.
 */
@RequestScoped
public class AboutYouCheck {

    /** Session attribute: mismatched "about you" tries per clinic number. */
    static final String MISMATCHES_ATTRIBUTE = "stride.intake.patient-mismatches";

    @Inject
    PatientRegistry patients;

    @Inject
    HttpServletRequest request;

    /** Whether these details may go on: a new clinic number, or the registered patient's details, within the tries. */
    boolean matches(PatientDetails typed) {
        if (typed == null || typed.clinicId() == null) {
            return true;
        }
        String clinicId = typed.clinicId().toLowerCase(Locale.ROOT);
        HttpSession session = request.getSession(true);
        @SuppressWarnings("unchecked")
        Map<String, Integer> tries = session.getAttribute(MISMATCHES_ATTRIBUTE) instanceof Map<?, ?> stored
                ? (Map<String, Integer>) stored : new HashMap<>();
        if (tries.getOrDefault(clinicId, 0) >= IntakeLinks.MAX_MISMATCHES) {
            return false;
        }
        if (!patients.differsFromRegistered(typed)) {
            return true;
        }
        tries.merge(clinicId, 1, Integer::sum);
        // Set again so a distributed session stores the change.
        session.setAttribute(MISMATCHES_ATTRIBUTE, new HashMap<>(tries));
        return false;
    }
}
