package clinic.stride.dashboard;

import clinic.stride.platform.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** What /dashboard/follow-up-link.xhtml shows after {@link FollowUpLinkDesk}: the new link once, or why none was made. */
@Named("followUpLink")
@RequestScoped
public class NewFollowUpLinkPage {

    static final String URL = "stride.followUpLink.url";
    static final String QR = "stride.followUpLink.qr";
    static final String EXPIRES = "stride.followUpLink.expires";
    static final String ERROR = "stride.followUpLink.error";
    static final String INTAKE = "stride.followUpLink.intake";

    @Inject
    HttpServletRequest request;

    @Inject
    PageLanguage ui;

    public String getUrl() {
        return (String) request.getAttribute(URL);
    }

    public String getQrCode() {
        return (String) request.getAttribute(QR);
    }

    public String getError() {
        return (String) request.getAttribute(ERROR);
    }

    public String getIntake() {
        Object intake = request.getAttribute(INTAKE);
        return intake == null ? request.getParameter("intake") : intake.toString();
    }

    public String getExpires() {
        return request.getAttribute(EXPIRES) instanceof Instant at
                ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(ui.getLocale())
                        .withZone(ZoneId.systemDefault()).format(at)
                : "";
    }
}
