package clinic.stride.homeprogramme.web;

import clinic.stride.audit.AuditLog;
import clinic.stride.homeprogramme.HomeProgrammeLink;
import clinic.stride.homeprogramme.HomeProgrammes;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.IntakeView;
import clinic.stride.patientlink.PublicAddress;
import clinic.stride.patientlink.QrCodeSvg;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.PageLanguage;
import clinic.stride.platform.Pages;
import clinic.stride.reports.ExerciseSheets;
import clinic.stride.reports.Handout;
import clinic.stride.reports.HandoutPlan;
import clinic.stride.reports.HandoutPlans;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The home programme box on the clinician's handout page: make a link to the stored plan (valid until a day the
 * clinician sets), see it once as a QR code and address, print the handout with that code, and revoke links. Both
 * actions are plain forms posted to the page (CSRF-checked), handled by the page's view action; each is audited with
 * its outcome. The token is never stored: it exists in this one response, and in the form that prints it.
 */
@Named("homeLinks")
@RequestScoped
public class HomeLinkSection {

    static final String CREATE = "home-programme.link.create";
    static final String REVOKE = "home-programme.link.revoke";

    @Inject
    HomeProgrammes programmes;

    @Inject
    HandoutPlans plans;

    @Inject
    IntakeService intakes;

    @Inject
    AuditLog audit;

    @Inject
    PageLanguage ui;

    @Inject
    PublicAddress address;

    @Inject
    HttpServletRequest request;

    private IntakeView intake;
    private HandoutPlan plan;
    private List<HomeProgrammeLink> links = List.of();
    private String issuedToken;
    private String validUntil;
    private String error;

    @PostConstruct
    void load() {
        try {
            UUID id = UUID.fromString(String.valueOf(request.getParameter("intake")));
            intake = intakes.get(id);
        } catch (IllegalArgumentException | IntakeNotFound e) {
            intake = null;
            return;
        }
        plan = plans.newestFor(intake.id()).orElse(null);
        links = programmes.linksOf(List.of(intake.id()));
        validUntil = programmes.today().plus(Handout.REVIEW_AFTER).toString();
    }

    /** The page's view action: a posted "issue" or "revoke" form, or nothing on a plain GET. */
    public String act() {
        if (intake == null || !"POST".equals(request.getMethod())) {
            return null;
        }
        String action = request.getParameter("home-action");
        if ("issue".equals(action)) {
            issue();
        } else if ("revoke".equals(action)) {
            return revoke();
        }
        return null;
    }

    private void issue() {
        String clinicId = intake.patient().clinicId();
        validUntil = Optional.ofNullable(request.getParameter("validUntil")).map(String::strip).orElse("");
        if (plan == null) {
            error = ui.text("homelink.needsPlan");
            audit.record(CREATE, clinicId, intake.id(), 409);
            return;
        }
        try {
            HomeProgrammes.Issued issued = programmes.issue(intake.id(), plan.id(), ExerciseSheets.sessionsPerWeek(plan),
                    plan.language(), LocalDate.parse(validUntil), clinician());
            audit.record(CREATE, clinicId, intake.id(), 201);
            issuedToken = issued.token();
            links = programmes.linksOf(List.of(intake.id()));
        } catch (DateTimeParseException | InvalidInput e) {
            error = ui.text("homelink.error.validUntil");
            audit.record(CREATE, clinicId, intake.id(), 400);
        }
    }

    private String revoke() {
        long linkId;
        try {
            linkId = Long.parseLong(String.valueOf(request.getParameter("link")));
        } catch (NumberFormatException e) {
            linkId = -1;
        }
        boolean revoked = programmes.revoke(intake.id(), linkId, clinician());
        audit.record(REVOKE, intake.patient().clinicId(), intake.id(), revoked ? 303 : 404);
        return Pages.redirect("/dashboard/handout?intake=" + intake.id() + (revoked ? "&revoked=1" : ""));
    }

    public boolean isFound() {
        return intake != null;
    }

    public boolean isPlanStored() {
        return plan != null;
    }

    public List<HomeProgrammeLink> getLinks() {
        return links;
    }

    public boolean isIssued() {
        return issuedToken != null;
    }

    /** The token of the link just made, for the form that prints it on the handout (this response only). */
    public String getToken() {
        return issuedToken;
    }

    public String getUrl() {
        return issuedToken == null ? "" : address.homeProgramme(request, issuedToken).toString();
    }

    public String getQr() {
        return issuedToken == null ? "" : QrCodeSvg.svg(getUrl(), ui.text("homelink.qr"), "home-link-qr");
    }

    public String getValidUntil() {
        return validUntil;
    }

    public String getError() {
        return error;
    }

    public boolean isRevoked() {
        return request.getParameter("revoked") != null;
    }

    /** "open", "revoked" or "expired", for the list's state column. */
    public String state(HomeProgrammeLink link) {
        return link.revokedAt() != null ? "revoked" : link.isOpenOn(programmes.today()) ? "open" : "expired";
    }

    public String day(java.time.Instant instant) {
        return instant.atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }

    private String clinician() {
        return request.getUserPrincipal() != null ? request.getUserPrincipal().getName() : "clinician";
    }
}
