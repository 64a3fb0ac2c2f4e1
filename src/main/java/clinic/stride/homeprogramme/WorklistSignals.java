package clinic.stride.homeprogramme;

/**
 * The worklist's two home programme filters as SQL conditions on an intake aliased {@code i}: the same rules as
 * {@link Adherence#notExercising()} and {@link Adherence#painRising()}, in the database so that the worklist can
 * page over them. Both use the indexes of V21.
 */
public final class WorklistSignals {

    private WorklistSignals() {
    }

    /** Sessions of the intake's links logged between two days back from today (inclusive). */
    private static String sessionsBetween(int fromDaysAgo, int toDaysAgo) {
        return "(select count(*) from home_programme_session s join home_programme_link k on k.id = s.link_id"
                + " where k.intake_id = i.id and s.done_on between current_date - " + fromDaysAgo
                + " and current_date - " + toDaysAgo + ")";
    }

    /** An open link issued two whole weeks ago or more, and under half its sessions in each of the last two weeks. */
    public static final String NOT_EXERCISING = "exists (select 1 from home_programme_link l where l.intake_id = i.id"
            + " and l.revoked_at is null and l.valid_until >= current_date and cast(l.created_at as date) <= current_date - 13"
            + " and 2 * " + sessionsBetween(13, 7) + " < l.sessions_per_week"
            + " and 2 * " + sessionsBetween(6, 0) + " < l.sessions_per_week)";

    /** Pain after exercise over the last 14 days: a least-squares rise of 2 points or more, from 3 sessions or more. */
    public static final String PAIN_RISING = "coalesce((select regr_slope(s.pain_after, cast(s.done_on - current_date as double precision))"
            + " from home_programme_session s join home_programme_link k on k.id = s.link_id"
            + " where k.intake_id = i.id and s.done_on > current_date - 14 and s.pain_after is not null"
            + " having count(*) >= " + Adherence.MIN_PAIN_POINTS + ") * 14 >= " + Adherence.RISE_OVER_TWO_WEEKS + ", false)";
}
