package clinic.stride.frontdesk;

import clinic.stride.audit.AuditLog;
import clinic.stride.intakelink.IntakeLinks;
import clinic.stride.patientlink.PublicAddress;
import clinic.stride.patientlink.QrCodeSvg;
import clinic.stride.patient.PatientNotFound;
import clinic.stride.platform.FormErrors;
import clinic.stride.platform.PageLanguage;
import clinic.stride.vocabulary.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The front desk's page for a new intake link: a clinic number and a language in, the link to send out.
 * Made by {@link IntakeLinks#create}, the same call as POST /api/patients/{clinicId}/intake-links. The link
 * is shown in the answer to the POST only (never stored, never redirected through an address).
 */
@Named("newLink")
@RequestScoped
public class NewIntakeLinkForm implements FormErrors {

    @Inject
    IntakeLinks links;

    @Inject
    PageLanguage ui;

    @Inject
    AuditLog audit;

    @Inject
    HttpServletRequest request;

    @Inject
    PublicAddress address;

    private String clinicId;
    private String language;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private IntakeLinks.Issued issued;

    public String create() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        clinicId = params.get("clinicId") == null ? "" : params.get("clinicId").strip();
        language = "es".equals(params.get("language")) ? "es" : "en";
        if (clinicId.isEmpty()) {
            errors.put("clinicId", ui.text("newlink.error.clinicId"));
            return null;
        }
        try {
            issued = links.create(clinicId, "es".equals(language) ? Language.ES : Language.EN,
                    request.getUserPrincipal().getName());
            audit.record("intake-link.create", clinicId, null, 201);
        } catch (PatientNotFound e) {
            audit.record("intake-link.create", null, null, 404);
            errors.put("clinicId", ui.text("newlink.error.notFound"));
        }
        return null;
    }

    public boolean isCreated() {
        return issued != null;
    }

    /** The page the patient opens: the configured public address ({@link PublicAddress}), then /intake-links/{token}. */
    public String getUrl() {
        return address.intakeLink(request, issued.token()).toString();
    }

    public String getPatientName() {
        var patient = issued.link().patient().details();
        return patient.givenName() + " " + patient.familyName();
    }

    /** When the link stops working, with the clinic's time zone: a patient reading it at home may be elsewhere. */
    public String getExpires() {
        ZoneId zone = ZoneId.systemDefault();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(ui.getLocale()).withZone(zone).format(issued.link().expiresAt())
                + " (" + zone.getDisplayName(java.time.format.TextStyle.FULL, ui.getLocale()) + ", " + zone.getId() + ")";
    }

    /** The link as a QR code (inline SVG) to show on the desk's screen or print. */
    public String getQrCode() {
        return QrCodeSvg.svg(getUrl(), ui.text("newlink.qr"));
    }

    public String getClinicId() {
        return clinicId;
    }

    public String getLanguage() {
        return language;
    }

    @Override
    public Map<String, String> getErrors() {
        return errors;
    }
}
