package clinic.stride.security;

import clinic.stride.audit.AuditSubject;
import clinic.stride.audit.PageAudit;
import clinic.stride.clinic.ClinicDetails;
import clinic.stride.clinic.ClinicLogo;
import clinic.stride.clinic.ClinicSettings;
import clinic.stride.clinic.ClinicSettingsRequest;
import clinic.stride.clinic.SettingsInvalid;
import clinic.stride.clinic.SettingsRefused;
import clinic.stride.platform.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin page /admin/clinic: the clinic's name, address, phone, logo, default language, handout footer and
 * consent text. Saving stores a new version (the earlier ones stay); every bad field is shown beside itself. Each
 * view and each save is audited.
 */
@Named("clinicSettings")
@RequestScoped
public class ClinicSettingsView {

    @Inject
    ClinicDetails clinic;

    @Inject
    PageAudit audit;

    @Inject
    AuditSubject subject;

    @Inject
    PageLanguage ui;

    @Inject
    HttpServletRequest request;

    private ClinicSettings settings;
    private ClinicSettingsRequest typed;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private boolean saved;

    @PostConstruct
    void load() {
        if ("POST".equals(request.getMethod()) && request.getParameter("name") != null) {
            save();
        } else {
            audit.read(PageAudit.CLINIC_SETTINGS_READ, null, null);
        }
        settings = clinic.current();
    }

    private void save() {
        typed = new ClinicSettingsRequest(request.getParameter("name"), request.getParameter("address"),
                request.getParameter("phone"), request.getParameter("defaultLanguage"),
                request.getParameter("handoutFooter"), request.getParameter("consentTextEn"),
                request.getParameter("consentTextEs"));
        subject.subject("clinic-settings");
        ClinicLogo logo = null;
        try {
            logo = uploadedLogo();
        } catch (SettingsRefused e) {
            errors.put(e.field(), ui.text("clinic.error." + e.key()));
        }
        if (errors.isEmpty()) {
            try {
                clinic.change(typed, logo, request.getParameter("removeLogo") != null,
                        request.getUserPrincipal().getName());
                saved = true;
                typed = null;
            } catch (SettingsInvalid e) {
                e.refusals().forEach(r -> errors.putIfAbsent(r.field(), ui.text("clinic.error." + r.key())));
            }
        }
        audit.write(PageAudit.CLINIC_SETTINGS_SAVE, null, null, errors.isEmpty() ? 200 : 400);
    }

    /** The uploaded file, checked by content; null when none was chosen. */
    private ClinicLogo uploadedLogo() {
        try {
            Part part = request.getContentType() != null && request.getContentType().startsWith("multipart/")
                    ? request.getPart("logo") : null;
            if (part == null || part.getSize() == 0) {
                return null;
            }
            if (part.getSize() > ClinicLogo.MAX_BYTES) {
                throw new SettingsRefused("logo", "logo.size");
            }
            try (InputStream in = part.getInputStream()) {
                return ClinicLogo.of(in.readAllBytes());
            }
        } catch (IOException | ServletException | IllegalStateException e) {
            // IllegalStateException: the servlet container refused a file over its multipart limit.
            throw new SettingsRefused("logo", "logo.size");
        }
    }

    public String getTitle() {
        return ui.text("clinic.title");
    }

    public ClinicSettings getSettings() {
        return settings;
    }

    /** What the form shows: what was typed after a refusal, else what is in force. */
    public String value(String field) {
        if (typed != null) {
            return switch (field) {
                case "name" -> typed.name();
                case "address" -> typed.address();
                case "phone" -> typed.phone();
                case "defaultLanguage" -> typed.defaultLanguage();
                case "handoutFooter" -> typed.handoutFooter();
                case "consentTextEn" -> typed.consentTextEn();
                case "consentTextEs" -> typed.consentTextEs();
                default -> null;
            };
        }
        return switch (field) {
            case "name" -> settings.name();
            case "address" -> settings.address();
            case "phone" -> settings.phone();
            case "defaultLanguage" -> settings.defaultLanguage().code();
            case "handoutFooter" -> settings.handoutFooter();
            case "consentTextEn" -> settings.consentTextEn();
            case "consentTextEs" -> settings.consentTextEs();
            default -> null;
        };
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public boolean isSaved() {
        return saved;
    }

    public String invalidIf(String field) {
        return errors.containsKey(field) ? "true" : null;
    }

    public String describedByIf(String field) {
        return errors.containsKey(field) ? field + "-error" : null;
    }

    public String selectedIf(boolean selected) {
        return selected ? "selected" : null;
    }
}
