package clinic.stride.dashboard;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.Assessments;
import clinic.stride.audit.PageAudit;
import clinic.stride.consent.ConsentRecord;
import clinic.stride.consent.ConsentSignatures;
import clinic.stride.consent.Consents;
import clinic.stride.consent.DrawnSignature;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.IntakeSummary;
import clinic.stride.intake.IntakeView;
import clinic.stride.intake.form.DraftAnswers;
import clinic.stride.intake.form.Review;
import clinic.stride.intake.form.ReviewSection;
import clinic.stride.knowledge.Exercise;
import clinic.stride.patient.PatientNotFound;
import clinic.stride.platform.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A patient's page, opened from one of their intakes: every visit with its pain on a trend chart, the chosen
 * visit's answers (any version), the assessment stored with that version (what the patient was shown), and
 * links to amend, print the summary and print the handout.
 */
@Named("patientView")
@RequestScoped
public class PatientView {

    @Inject
    Consents consents;

    @Inject
    ConsentSignatures signatures;

    private Optional<String> drawnSignature;

    @Inject
    clinic.stride.duplicates.Duplicates duplicates;

    private Boolean possibleDuplicate;

    @Inject
    IntakeService intakes;

    @Inject
    Assessments assessments;

    @Inject
    PageLanguage ui;

    @Inject
    HttpServletRequest request;

    @Inject
    PageAudit audit;

    @Inject
    TriageQueue triage;

    private TriageQueue.Reviewed reviewed;

    private IntakeView intake;
    private int version;
    private IntakeAnswers answers;
    private Assessment assessment;
    private List<IntakeSummary> visits = List.of();
    private boolean found;

    /** Loads everything the page shows; the audit row is written before any of it is rendered. */
    @PostConstruct
    void load() {
        UUID id = null;
        try {
            id = UUID.fromString(String.valueOf(request.getParameter("intake")));
            intake = intakes.get(id);
            version = parseVersion(request.getParameter("version"), intake.version());
            answers = intakes.answers(id, version);
            assessment = assessments.of(id, version);
            visits = intakes.history(intake.patient().clinicId()).intakes();
            found = true;
        } catch (IllegalArgumentException | IntakeNotFound | PatientNotFound e) {
            found = false;
        }
        if (found) {
            audit.read(PageAudit.PATIENT_READ, intake.patient().clinicId(), id);
        } else {
            audit.read(PageAudit.PATIENT_READ, null, id, 404);
        }
    }

    private static int parseVersion(String text, int current) {
        if (text == null) {
            return current;
        }
        int v = Integer.parseInt(text);
        return v >= 1 && v <= current ? v : current;
    }

    public boolean isFound() {
        return found;
    }

    public clinic.stride.patient.PatientDetails getPatient() {
        return intake.patient();
    }

    /** Whether the patient has open likely duplicates: the page links to the duplicates page. */
    public boolean isPossibleDuplicate() {
        if (possibleDuplicate == null) {
            possibleDuplicate = found && !duplicates.withCandidates(java.util.List.of(intake.patient().clinicId())).isEmpty();
        }
        return possibleDuplicate;
    }

    /** Who marked this intake reviewed and when; null while it waits on the worklist. */
    public TriageQueue.Reviewed getReviewed() {
        if (reviewed == null && found) {
            reviewed = triage.reviewOf(intake.id()).orElse(null);
        }
        return reviewed;
    }

    public String reviewedAt() {
        TriageQueue.Reviewed r = getReviewed();
        return r == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")
                .withZone(java.time.ZoneId.systemDefault()).format(r.at());
    }

    public IntakeView getIntake() {
        return intake;
    }

    /** The patient's consent to this intake, or null when it was stored without one (shown as a warning). */
    public ConsentRecord getConsent() {
        return intake == null ? null : consents.of(intake.id()).orElse(null);
    }

    /**
     * The path data of the signature the patient drew beside the typed name, or null when none was drawn. Written by
     * Stride from parsed numbers (clinic.stride.consent.DrawnSignature), so the page can put it in an SVG path.
     */
    public String getDrawnSignature() {
        if (drawnSignature == null) {
            drawnSignature = intake == null ? Optional.empty()
                    : signatures.of(intake.id()).map(DrawnSignature::pathData);
        }
        return drawnSignature.orElse(null);
    }

    public int getVersion() {
        return version;
    }

    public boolean isCurrentVersion() {
        return intake != null && version == intake.version();
    }

    public IntakeAnswers getAnswers() {
        return answers;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public List<IntakeSummary> getVisits() {
        return visits;
    }

    /** The answers of the version shown, in words, page by page as the patient saw them. */
    public List<ReviewSection> getReview() {
        return new Review(DraftAnswers.of(null, answers), ui).ofStoredAnswers().sections().stream()
                .filter(s -> !s.lines().isEmpty()).toList();
    }

    public String getTrendChart() {
        List<PainTrendSvg.Point> points = visits.stream()
                .sorted(Comparator.comparing(IntakeSummary::visitDate).thenComparing(IntakeSummary::submittedAt))
                .map(v -> new PainTrendSvg.Point(v.visitDate(), v.painIntensity()))
                .toList();
        return PainTrendSvg.render(points, ui.text("patient.trend.title"));
    }

    public String urgency(String code) {
        return code;
    }

    public Exercise exercise(String id) {
        return assessments.knowledgeBase().exercise(id);
    }

    /** How much and how often, in words: "3 × 10, hold 5 s, 3 times a week". */
    public String dosage(clinic.stride.knowledge.Dosage d) {
        if (d == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        if (d.sets() != null && d.reps() != null) {
            s.append(d.sets()).append(" × ").append(d.reps());
        } else if (d.reps() != null) {
            s.append(d.reps()).append(' ').append(ui.text("dosage.reps"));
        }
        if (d.holdSeconds() != null) {
            s.append(s.isEmpty() ? "" : ", ").append(ui.text("dosage.hold")).append(' ').append(d.holdSeconds()).append(" s");
        }
        if (d.minutes() != null) {
            s.append(s.isEmpty() ? "" : ", ").append(d.minutes()).append(" min");
        }
        if (d.perSide()) {
            s.append(' ').append(ui.text("dosage.perSide"));
        }
        if (d.timesPerWeek() != null) {
            s.append(", ").append(d.timesPerWeek()).append(' ').append(ui.text("dosage.perWeek"));
        }
        return s.toString();
    }

    /**
     * A possible cause's name in the page's language (the knowledge base names every cause in both); the name stored
     * with the assessment when the cause is not in the knowledge base in force (an older version's).
     */
    public String causeName(clinic.stride.assessment.PossibleCause cause) {
        try {
            return assessments.knowledgeBase().cause(cause.id()).name(ui.language());
        } catch (RuntimeException notInThisVersion) {
            return cause.name();
        }
    }

    public String sourceTitle(String file) {
        return assessments.knowledgeBase().sources().stream().filter(src -> src.file().equals(file))
                .map(src -> src.title()).findFirst().orElse(file);
    }
}
