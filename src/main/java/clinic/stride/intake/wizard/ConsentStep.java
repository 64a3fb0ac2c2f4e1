package clinic.stride.intake.wizard;

import clinic.stride.audit.PageAudit;
import clinic.stride.consent.ConsentRequest;
import clinic.stride.consent.Consents;
import clinic.stride.consent.DrawnSignature;
import clinic.stride.platform.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The consent on the review page: the clinic's consent and privacy notice (or Stride's wording) in the page's
 * language, a tick box and the patient's full name typed as their signature. Both are needed before the intake is
 * sent; the notice version read is the one posted back with the form, so a notice changed meanwhile is not
 * recorded as read. A signature drawn beside the typed name is optional ({@link DrawnSignature}): kept only as path
 * data Stride writes back, and never in the draft, so a shared tablet forgets it with the form.
 */
@Named("consentStep")
@RequestScoped
public class ConsentStep {

    static final String AGREED = "consentAgreed";
    static final String NAME = "consentName";
    static final String VERSION = "consentVersion";
    static final String SIGNATURE = "consentSignature";

    @Inject
    Consents consents;

    @Inject
    PageLanguage ui;

    @Inject
    HttpServletRequest request;

    @Inject
    PageAudit audit;

    /** The posted drawing, parsed once per request by {@link #drawn()}; null until then. */
    private Optional<DrawnSignature> drawn;
    private boolean unreadable;

    /** The clinic's own notice in the page's language, or null to show Stride's wording. */
    public String getClinicNotice() {
        return consents.clinicNotice(ui.language()).orElse(null);
    }

    public int getNoticeVersion() {
        return consents.noticeVersion();
    }

    /** The name as typed, to show again after a refusal. */
    public String getTypedName() {
        return request.getParameter(NAME);
    }

    public String getAgreedChecked() {
        return request.getParameter(AGREED) != null ? "checked" : null;
    }

    /** The drawing posted with a refusal, as Stride writes it back, to draw again; empty when none or unreadable. */
    public String getDrawnPath() {
        return drawn().map(DrawnSignature::pathData).orElse("");
    }

    /** The drawing posted with the form, parsed on first use: empty when none was drawn or it is unreadable. */
    private Optional<DrawnSignature> drawn() {
        if (drawn == null) {
            try {
                drawn = DrawnSignature.parse(request.getParameter(SIGNATURE));
            } catch (IllegalArgumentException e) {
                drawn = Optional.empty();
                unreadable = true;
            }
        }
        return drawn;
    }

    /** The refusals of the consent fields, by field; empty when the patient ticked and typed a name. */
    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.getParameter(AGREED) == null) {
            errors.put(AGREED, ui.text("consent.error.agreed"));
        }
        String name = request.getParameter(NAME);
        if (name == null || name.isBlank()) {
            errors.put(NAME, ui.text("consent.error.name"));
        } else if (!Consents.isSignature(name)) {
            errors.put(NAME, ui.text("consent.error.nameLength"));
        }
        if (drawn().isEmpty() && unreadable) {
            errors.put(SIGNATURE, ui.text("consent.signature.error"));
        }
        if (!errors.isEmpty()) {
            audit.write(PageAudit.INTAKE_SUBMIT, null, null, 400);
        }
        return errors;
    }

    /**
     * The submission's refusals with those of the consent (fields {@code consent.*}) moved to this page's fields:
     * the name's beside the name, the notice version's (a page kept open while the notice changed would still
     * post a known version, so only a tampered form gets here) beside the tick box.
     */
    static Map<String, String> onPage(Map<String, String> refusals) {
        Map<String, String> shown = new LinkedHashMap<>();
        refusals.forEach((field, message) -> shown.merge(!field.startsWith("consent") ? field
                : field.equals("consent.signedName") ? NAME : field.equals("consent.drawnSignature") ? SIGNATURE : AGREED,
                message, (a, b) -> a + " " + b));
        return shown;
    }

    /**
     * The consent given on this page, sent with the intake: the submission stores both in one transaction. The
     * device path is the submission's to decide (kiosk, link, clinic form).
     */
    ConsentRequest given() {
        int version;
        try {
            version = Integer.parseInt(request.getParameter(VERSION));
        } catch (NumberFormatException e) {
            version = consents.noticeVersion();
        }
        return new ConsentRequest(request.getParameter(NAME), version, ui.language(),
                drawn().map(DrawnSignature::pathData).orElse(null));
    }
}
