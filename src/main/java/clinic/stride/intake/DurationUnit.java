package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;

/** The unit a patient gave a duration in ("8 weeks", "2 months"), kept so it is shown as given. */
public enum DurationUnit implements Coded {
    DAYS(1.0 / 7),
    WEEKS(1),
    MONTHS(52.0 / 12),
    YEARS(52);

    private final double weeks;

    DurationUnit(double weeks) {
        this.weeks = weeks;
    }

    /** The amount in whole weeks, as the knowledge rules read a duration (rounded to the nearest week). */
    public long toWeeks(double amount) {
        return Math.round(amount * weeks);
    }

    @Override
    public String toString() {
        return code();
    }
}
