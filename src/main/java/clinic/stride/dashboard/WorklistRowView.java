package clinic.stride.dashboard;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import java.util.function.Function;

/**
 * One row of the worklist page with every text and class worked out once, read by the page as bean properties.
 * A page of 25 rows read through method calls in EL (each resolved by reflection on every call) and the request bean
 * (looked up through CDI on every reference) spent about a third of its CPU there (docs/benchmarks.md, issue 21).
 */
public final class WorklistRowView {

    /**
     * The texts every row repeats: the column names each cell carries for the narrow layout (where the table turns
     * into cards), and the word after the age.
     */
    public record Labels(String flag, String visit, String pain, String cause, String years) {
        public String getFlag() {
            return flag;
        }

        public String getVisit() {
            return visit;
        }

        public String getPain() {
            return pain;
        }

        public String getCause() {
            return cause;
        }

        public String getYears() {
            return years;
        }
    }

    private final Worklist.Row row;
    private final int age;
    private final boolean today;
    private final String urgency;
    private final String urgencyLabel;
    private final String causeName;
    private final Labels labels;

    private WorklistRowView(Worklist.Row row, int age, boolean today, String urgency, String urgencyLabel,
                            String causeName, Labels labels) {
        this.row = row;
        this.age = age;
        this.today = today;
        this.urgency = urgency;
        this.urgencyLabel = urgencyLabel;
        this.causeName = causeName;
        this.labels = labels;
    }

    /**
     * The row as shown on {@code today}: the age on the visit date, the urgency of its red-flag level with its text
     * ({@code text} gives a message of the page's language by key), the top cause's name.
     */
    static WorklistRowView of(Worklist.Row row, LocalDate today, Function<String, String> text,
                              Function<String, String> causeName, Labels labels) {
        String urgency = urgency(row.redFlagLevel());
        return new WorklistRowView(row, Period.between(row.birthDate(), row.visitDate()).getYears(),
                row.visitDate().equals(today), urgency, text.apply(urgency == null ? "urgency.none" : "urgency." + urgency),
                causeName.apply(row.topCauseId()), labels);
    }

    /** "emergency", "urgent", "soon" or null, for the badge and its message key. */
    static String urgency(int level) {
        return switch (level) {
            case 3 -> "emergency";
            case 2 -> "urgent";
            case 1 -> "soon";
            default -> null;
        };
    }

    public UUID getIntakeId() {
        return row.intakeId();
    }

    public String getClinicId() {
        return row.clinicId();
    }

    public String getPatientName() {
        return row.patientName();
    }

    public int getAge() {
        return age;
    }

    public LocalDate getVisitDate() {
        return row.visitDate();
    }

    public boolean isToday() {
        return today;
    }

    public boolean isAmended() {
        return row.version() > 1;
    }

    public boolean isFollowUp() {
        return row.isFollowUp();
    }

    public boolean isReviewed() {
        return row.reviewedAt() != null;
    }

    public String getReviewedBy() {
        return row.reviewedBy();
    }

    public int getPainIntensity() {
        return row.painIntensity();
    }

    /** "emergency", "urgent", "soon", or null without a red flag. */
    public String getUrgency() {
        return urgency;
    }

    /** The badge's text, or the "none" text without a red flag. */
    public String getUrgencyLabel() {
        return urgencyLabel;
    }

    /** The urgency badge's classes, or "muted" for the text that says there is no red flag. */
    public String getBadgeClass() {
        return urgency == null ? "muted" : "badge badge-" + urgency;
    }

    /** The table row's class: "flag-" and the urgency, or empty. */
    public String getRowClass() {
        return urgency == null ? "" : "flag-" + urgency;
    }

    public String getCauseName() {
        return causeName;
    }

    public Labels getLabels() {
        return labels;
    }
}
