package clinic.stride.intake.wizard;

import clinic.stride.assessment.Assessment;
import clinic.stride.knowledge.KnowledgeBase;
import clinic.stride.vocabulary.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;

/**
 * What the thank-you page says: whether there is an emergency, and the assessment's warning-sign messages
 * for the patient. No answers, so nothing that identifies the patient lingers in the session.
 */
public record ThankYou(boolean emergency, boolean kiosk, boolean link, List<Warning> warnings) implements Serializable {

    public ThankYou {
        warnings = List.copyOf(warnings);
    }

    /** The patient's thank-you for a stored assessment, its warning signs in the patient's language. */
    static ThankYou of(Assessment assessment, KnowledgeBase knowledge, Language language, boolean kiosk, boolean link) {
        List<Warning> warnings = assessment.redFlags().stream()
                .map(flag -> new Warning(flag.urgency().code(), knowledge.redFlag(flag.id()).patientMessage(language)))
                .toList();
        return new ThankYou(assessment.hasEmergency(), kiosk, link, warnings);
    }

    /** Session attribute: the thank-you of the intake just sent, until the page shows it. */
    static final String ATTRIBUTE = "stride.intake.thanks";

    /** Keeps the thank-you for the page the submit redirects to. */
    void keepFor(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }

    /**
     * The thank-you kept by the submit; a kiosk's is shown once, so a reload or the next patient sees a plain
     * thank-you (the one kept is gone, or there was none).
     */
    static ThankYou shown(HttpServletRequest request, boolean kiosk, boolean link) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof ThankYou stored) {
            if (stored.kiosk()) {
                session.removeAttribute(ATTRIBUTE);
            }
            return stored;
        }
        return new ThankYou(false, kiosk, link, List.of());
    }

    public List<Warning> emergencies() {
        return warnings.stream().filter(w -> w.urgency().equals("emergency")).toList();
    }

    public List<Warning> others() {
        return warnings.stream().filter(w -> !w.urgency().equals("emergency")).toList();
    }

    /** One warning sign the assessment found, in the patient's words. */
    public record Warning(String urgency, String message) implements Serializable {
    }
}
