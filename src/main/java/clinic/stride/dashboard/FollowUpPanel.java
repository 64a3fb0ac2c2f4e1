package clinic.stride.dashboard;

import clinic.stride.followup.FollowUpLinkView;
import clinic.stride.followup.FollowUpView;
import clinic.stride.followup.FollowUps;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.IntakeView;
import clinic.stride.intake.LefsAnswers;
import clinic.stride.outcomes.GlobalChange;
import clinic.stride.outcomes.Lefs;
import clinic.stride.outcomes.LefsTrend;
import clinic.stride.platform.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The patient page's follow-up panel: every follow-up questionnaire of the patient, the LEFS trend with its MCID band.
 * Part of the patient page's request, whose audit row ({@link PatientView}) covers what it shows.
 */
@Named("followUpPanel")
@RequestScoped
public class FollowUpPanel {

    @Inject
    FollowUps followUps;

    @Inject
    IntakeService intakes;

    @Inject
    HttpServletRequest request;

    @Inject
    PageLanguage ui;

    private List<FollowUpView> rows = List.of();
    private List<FollowUpLinkView> links = List.of();
    private LocalDate intakeDay;
    private LefsAnswers atIntake;

    @PostConstruct
    void load() {
        try {
            UUID intake = UUID.fromString(String.valueOf(request.getParameter("intake")));
            rows = followUps.ofPatientOf(intake);
            IntakeView shown = intakes.get(intake);
            intakeDay = shown.visitDate();
            atIntake = shown.lefs();
            links = followUps.links(intake);
        } catch (IllegalArgumentException | IntakeNotFound e) {
            rows = List.of();
            links = List.of();
        }
    }

    /** The links made for this visit, newest first: made, until, used or revoked. */
    public List<FollowUpLinkView> getLinks() {
        return links;
    }

    public boolean open(FollowUpLinkView link) {
        return link.usedAt() == null && link.revokedAt() == null && java.time.Instant.now().isBefore(link.expiresAt());
    }

    public String when(java.time.Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(ui.getLocale()).withZone(java.time.ZoneId.systemDefault()).format(at);
    }

    public List<FollowUpView> getRows() {
        return rows;
    }

    /** The intake's LEFS, the baseline, then the follow-ups' complete scores. */
    LefsTrend trend() {
        return LefsTrend.of(intakeDay, atIntake == null ? null : atIntake.score(), rows.stream().filter(f -> f.lefsScore() != null)
                .map(f -> LefsTrend.followUp(f.answeredOn(), f.lefsScore())).toList());
    }

    public boolean isLefsTrendShown() {
        return !trend().isEmpty();
    }

    public String getLefsChart() {
        List<LefsTrendSvg.Point> points = trend().points().stream().map(p -> new LefsTrendSvg.Point(p.day(), p.score())).toList();
        return LefsTrendSvg.render(points, ui.text("lefsIntake.trend.title"), ui.text("followUp.trend.band"));
    }

    /** "52/80", "incomplete (12/20)" or "not answered", for the LEFS answered at the intake. */
    public String getLefsAtIntake() {
        if (atIntake == null) {
            return ui.text("lefsIntake.review.none");
        }
        Lefs.Score score = atIntake.score();
        return score.complete() ? score.totalOrNull() + "/" + Lefs.MAX_SCORE
                : ui.text("followUp.lefs.incomplete") + " (" + score.answered() + "/" + Lefs.ITEMS + ")";
    }

    /** "52/80", or "incomplete (19 of 20)" when an item was left blank. */
    public String lefs(FollowUpView f) {
        return f.lefsScore() != null ? f.lefsScore() + "/" + Lefs.MAX_SCORE
                : ui.text("followUp.lefs.incomplete") + " (" + f.lefsAnswered() + "/" + Lefs.ITEMS + ")";
    }

    public String globalChange(FollowUpView f) {
        return f.globalChange() == null ? "" : GlobalChange.of(f.globalChange()).text().in(ui.language());
    }

    /** The worklist's word for a red-flag level ({@link WorklistRowView#urgency}), or "" without a red flag. */
    public String urgency(int level) {
        String urgency = WorklistRowView.urgency(level);
        return urgency == null ? "" : urgency;
    }
}
