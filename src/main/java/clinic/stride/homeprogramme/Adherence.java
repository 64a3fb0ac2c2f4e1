package clinic.stride.homeprogramme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sessions done against sessions prescribed, week by week, and pain after exercise over time: what the clinician
 * reads on the patient page and the summary. Weeks are counted back from {@code today} (the last bar is the 7 days
 * ending today), so "the last two weeks" means the same here, on the chart and in the worklist's SQL
 * ({@link WorklistSignals}).
 */
public final class Adherence {

    /** Under half the prescribed sessions in each of the last two weeks: "not exercising". */
    public static final double LOW_SHARE = 0.5;
    /**
     * Pain after exercise rising by this much over two weeks, as a least-squares trend: 2 points on the 0–10 scale is
     * the minimal clinically important change of a numeric pain rating (Farrar et al., Pain 2001;94:149–158).
     */
    public static final double RISE_OVER_TWO_WEEKS = 2.0;
    /** Sessions with a pain score needed before a trend means anything. */
    public static final int MIN_PAIN_POINTS = 3;

    /** One week of the programme: sessions logged and prescribed (fewer for a first week the link did not cover). */
    public record Week(LocalDate start, LocalDate end, int done, int prescribed) {

        /** Done as a share of prescribed, 0 when nothing was prescribed. */
        public double share() {
            return prescribed == 0 ? 0 : (double) done / prescribed;
        }
    }

    /** Pain after exercise on one session's day. */
    public record PainPoint(LocalDate day, int pain) {
    }

    private final List<Week> weeks;
    private final List<PainPoint> painAfter;
    private final LocalDate today;
    private final LocalDate startedOn;

    private Adherence(List<Week> weeks, List<PainPoint> painAfter, LocalDate today, LocalDate startedOn) {
        this.startedOn = startedOn;
        this.weeks = List.copyOf(weeks);
        this.painAfter = List.copyOf(painAfter);
        this.today = today;
    }

    /**
     * @param startedOn       the day the first link was issued
     * @param sessionsPerWeek what the plan prescribes
     * @param sessions        the patient's logged sessions, any order
     * @param today           the clinic's date; weeks end here
     */
    public static Adherence of(LocalDate startedOn, int sessionsPerWeek, List<ExerciseSession> sessions, LocalDate today) {
        return of(startedOn, sessionsPerWeek, sessions.stream().map(ExerciseSession::doneOn).toList(),
                sessions.stream().filter(s -> s.painAfter() != null).map(s -> new PainPoint(s.doneOn(), s.painAfter())).toList(),
                today);
    }

    /** As {@link #of(LocalDate, int, List, LocalDate)}, from the days of the sessions and their pain after. */
    public static Adherence of(LocalDate startedOn, int sessionsPerWeek, List<LocalDate> sessionDays,
                               List<PainPoint> painAfter, LocalDate today) {
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(today, "today");
        List<Week> weeks = new ArrayList<>();
        // Newest week first while counting back, then reversed for the chart's left-to-right.
        for (LocalDate end = today; !end.isBefore(startedOn); end = end.minusDays(7)) {
            LocalDate start = end.minusDays(6);
            LocalDate from = start.isBefore(startedOn) ? startedOn : start;
            long days = ChronoUnit.DAYS.between(from, end) + 1;
            int prescribed = (int) Math.ceil(sessionsPerWeek * days / 7.0);
            LocalDate to = end;
            int done = (int) sessionDays.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
            weeks.add(new Week(start, end, done, prescribed));
        }
        List<Week> ordered = new ArrayList<>(weeks.reversed());
        List<PainPoint> pain = painAfter.stream()
                .sorted(java.util.Comparator.comparing(PainPoint::day)).toList();
        return new Adherence(ordered, pain, today, startedOn);
    }

    /** The day the figures run up to. */
    public LocalDate asOf() {
        return today;
    }

    public List<Week> weeks() {
        return weeks;
    }

    public List<PainPoint> painAfter() {
        return painAfter;
    }

    /** Sessions done and prescribed over every week shown. */
    public int done() {
        return weeks.stream().mapToInt(Week::done).sum();
    }

    public int prescribed() {
        return weeks.stream().mapToInt(Week::prescribed).sum();
    }

    /** Each of the last two weeks (both whole) under half of what was prescribed. */
    public boolean notExercising() {
        if (weeks.size() < 2) {
            return false;
        }
        List<Week> lastTwo = weeks.subList(weeks.size() - 2, weeks.size());
        return !lastTwo.getFirst().start().isBefore(startedOn) && lastTwo.stream().allMatch(w -> 2 * w.done() < w.prescribed());
    }

    /** The least-squares trend of pain after exercise over the last 14 days rises by {@link #RISE_OVER_TWO_WEEKS} or more. */
    public boolean painRising() {
        return slopePerDay(painAfter.stream().filter(p -> p.day().isAfter(today.minusDays(14))).toList())
                .map(slope -> slope * 14 >= RISE_OVER_TWO_WEEKS)
                .orElse(false);
    }

    /** Least-squares slope of pain against day number, or empty with fewer than {@link #MIN_PAIN_POINTS} points or one day. */
    static java.util.Optional<Double> slopePerDay(List<PainPoint> points) {
        if (points.size() < MIN_PAIN_POINTS) {
            return java.util.Optional.empty();
        }
        LocalDate origin = points.getFirst().day();
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (PainPoint p : points) {
            double x = ChronoUnit.DAYS.between(origin, p.day());
            sx += x;
            sy += p.pain();
            sxx += x * x;
            sxy += x * p.pain();
        }
        double denominator = n * sxx - sx * sx;
        return denominator == 0 ? java.util.Optional.empty() : java.util.Optional.of((n * sxy - sx * sy) / denominator);
    }
}
