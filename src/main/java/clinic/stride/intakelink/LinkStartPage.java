package clinic.stride.intakelink;

import clinic.stride.intakelink.IntakeLinkForm;
import clinic.stride.patientlink.web.LinkPages;
import clinic.stride.platform.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * What the start and no-longer-valid pages of an intake link show. The start page has content only when
 * {@link IntakeLinkPage} found the link open and forwarded to it; any other way there, it is the
 * no-longer-valid page with status 410.
 */
@Named("linkPage")
@RequestScoped
public class LinkStartPage {

    @Inject
    HttpServletRequest request;

    @Inject
    PageLanguage ui;

    public boolean isOpen() {
        return getForm() != null;
    }

    public IntakeLinkForm getForm() {
        return request.getAttribute(IntakeLinkPage.FORM_ATTRIBUTE) instanceof IntakeLinkForm form ? form : null;
    }

    /** When the link stops working, in the clinic's time zone and the page's language. */
    public String getExpires() {
        IntakeLinkForm form = getForm();
        return form == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(ui.getLocale()).withZone(ZoneId.systemDefault()).format(form.expiresAt());
    }

    public boolean isResumed() {
        return getResumeStep() != null;
    }

    public String getResumeStep() {
        return request.getAttribute(IntakeLinkPage.RESUME_ATTRIBUTE) instanceof String step ? step : null;
    }

    /** The start page's view action: 410 unless an open link brought the request here. */
    public String start() {
        return isOpen() ? null : gone();
    }

    /** The no-longer-valid page's view action. */
    public String gone() {
        return LinkPages.goneInView();
    }
}
