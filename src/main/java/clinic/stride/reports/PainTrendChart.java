package clinic.stride.reports;

import clinic.stride.reports.pdf.ChartStrokes;
import clinic.stride.reports.pdf.ReportFonts;
import clinic.stride.intake.PainScore;
import clinic.stride.vocabulary.Language;
import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Pain intensity (0–10) at each visit as a small line chart with dates along the bottom, for the clinician summary:
 * grid lines, a tinted band from 7 to 10 (severe pain on the numeric rating scale, see {@link PainScore#isSevere()}),
 * the visits joined by a line, date labels that never overlap. Lines are PDF vectors and every label is real text
 * in the embedded report font, so screen readers and text search can read it.
 *
 * <p>Written straight as PDF operators. It used to be a JFreeChart chart painted through OpenPDF's Graphics2D
 * bridge; for a chart this plain that cost more CPU than the rest of the summary's first page (issue 4's goal is
 * a report within 1.5x of writing its text alone), and the few lines below replace one small use of the library.
 */
public final class PainTrendChart {

    /** The severe band's light red, as opaque colour (red at 11% over white) so the page needs no transparency. */
    private static final Color SEVERE_BAND = new Color(251, 230, 230);
    private static final double TOP_VALUE = PainScore.MAX + 0.4;

    private final List<PainOnVisit> visits;
    private final Language language;

    /**
     * @param visits   at least one visit, in any order; two visits on one day are both shown
     * @param language language of the axis label and month names
     */
    public PainTrendChart(List<PainOnVisit> visits, Language language) {
        Objects.requireNonNull(visits, "visits");
        Objects.requireNonNull(language, "language");
        if (visits.isEmpty()) {
            throw new IllegalArgumentException("a pain trend needs at least one visit");
        }
        this.visits = visits.stream().sorted(Comparator.comparing(PainOnVisit::visitDate)).toList();
        this.language = language;
    }

    /** A date label on the horizontal axis. */
    record Tick(LocalDate date, String label) {
    }

    /** Draws the chart to fill {@code area}. */
    public void draw(PdfContentByte canvas, Rectangle area) {
        float labelSize = labelSize(area);
        BaseFont regular = ReportFonts.embedded().regular();
        BaseFont bold = ReportFonts.embedded().bold();
        int valueStep = area.getHeight() >= 150 ? 1 : 2;
        float valueLabelWidth = regular.getWidthPoint("10", labelSize);

        // Plot area: room on the left for the axis title and the value labels, below for the dates.
        float left = area.getLeft() + labelSize * 1.8f + valueLabelWidth + labelSize * 0.6f;
        float right = area.getRight() - labelSize;
        float bottom = area.getBottom() + labelSize * 1.9f;
        float top = area.getTop() - 2;

        LocalDate first = visits.getFirst().visitDate();
        LocalDate last = visits.getLast().visitDate();
        // Room either side so the first and last points are not cut in half by the plot edge; a single visit
        // gets a week either side so the chart shows a date range rather than one squeezed tick.
        long spanDays = ChronoUnit.DAYS.between(first, last);
        long pad = spanDays == 0 ? 7 : Math.max(1, spanDays / 20);
        LocalDate from = first.minusDays(pad);
        LocalDate to = last.plusDays(pad);
        Frame frame = new Frame(left, right, bottom, top, from, ChronoUnit.DAYS.between(from, to));

        // Severe band, grid, axes.
        canvas.saveState();
        canvas.setColorFill(SEVERE_BAND);
        canvas.rectangle(left, frame.y(7), right - left, top - frame.y(7));
        canvas.fill();
        float[] gridYs = new float[PainScore.MAX / valueStep];
        for (int i = 0; i < gridYs.length; i++) {
            gridYs[i] = frame.y(valueStep * (i + 1));
        }
        ChartStrokes.grid(canvas, left, right, gridYs);
        ChartStrokes.axes(canvas, left, right, bottom, top);
        List<Tick> ticks = ticks(from, to, right - left, regular, labelSize);
        for (Tick tick : ticks) {
            canvas.moveTo(frame.x(tick.date()), bottom);
            canvas.lineTo(frame.x(tick.date()), bottom - 2);
        }
        for (int value = 0; value <= PainScore.MAX; value += valueStep) {
            canvas.moveTo(left, frame.y(value));
            canvas.lineTo(left - 2, frame.y(value));
        }
        canvas.stroke();

        // The visits: a line, then a dot on each.
        float[] xs = new float[visits.size()];
        float[] ys = new float[visits.size()];
        for (int i = 0; i < visits.size(); i++) {
            xs[i] = frame.x(visits.get(i).visitDate());
            ys[i] = frame.y(visits.get(i).intensity().value());
        }
        ChartStrokes.lineWithDots(canvas, xs, ys, Math.max(4, labelSize * 0.6f) / 2);
        canvas.restoreState();

        // Labels as text.
        ChartStrokes.beginLabels(canvas, regular, labelSize);
        for (int value = 0; value <= PainScore.MAX; value += valueStep) {
            ChartStrokes.valueLabel(canvas, value, left, frame.y(value), labelSize);
        }
        for (Tick tick : ticks) {
            canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, tick.label(), frame.x(tick.date()),
                    bottom - 3 - labelSize, 0);
        }
        canvas.setFontAndSize(bold, labelSize);
        ChartStrokes.endWithAxisTitle(canvas, axisTitle(), area.getLeft() + labelSize * 1.05f, (top + bottom) / 2);
    }

    /** The plot area on the page and the dates it spans: maps a visit date to x and a pain value to y. */
    private record Frame(float left, float right, float bottom, float top, LocalDate from, double days) {
        float x(LocalDate date) {
            return left + (right - left) * (float) (ChronoUnit.DAYS.between(from, date) / days);
        }

        float y(double pain) {
            return bottom + (top - bottom) * (float) (pain / TOP_VALUE);
        }
    }

    private String axisTitle() {
        return language == Language.ES ? "Dolor (0–10)" : "Pain (0–10)";
    }

    private static float labelSize(Rectangle area) {
        return (float) Math.max(7, Math.min(11, area.getHeight() * 0.055));
    }

    /**
     * Date labels between {@code from} and {@code to}: the finest spacing whose labels fit with room to spare
     * (0.6 of a label's width between neighbours). Days show as "3 Mar", months as "Mar 2025" so a long treatment
     * still shows its year, then years.
     */
    List<Tick> ticks(LocalDate from, LocalDate to, float plotWidth, BaseFont font, float size) {
        Locale locale = language == Language.ES ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        for (Spacing spacing : Spacing.values()) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(spacing.pattern, locale);
            // The widest label such a spacing can print: a long month name on a two-digit day.
            float labelWidth = font.getWidthPoint(format.format(LocalDate.of(2025, 9, 28)), size);
            double gap = plotWidth * spacing.approximateDays / days;
            if (gap >= labelWidth * 1.6 || spacing == Spacing.FIVE_YEARS) {
                List<Tick> ticks = new ArrayList<>();
                for (LocalDate date = spacing.firstOnOrAfter(from, visits.getFirst().visitDate()); !date.isAfter(to);
                     date = spacing.next(date)) {
                    ticks.add(new Tick(date, format.format(date)));
                }
                return ticks;
            }
        }
        throw new IllegalStateException("unreachable: the last spacing always fits");
    }

    /**
     * Tick spacings from finest to coarsest. Day-based spacings count from the first visit, so its date is always
     * labelled; months start on the 1st, years on 1 January.
     */
    private enum Spacing {
        DAY(1, ChronoUnit.DAYS, 1, "d MMM"),
        TWO_DAYS(2, ChronoUnit.DAYS, 2, "d MMM"),
        WEEK(7, ChronoUnit.WEEKS, 1, "d MMM"),
        FORTNIGHT(14, ChronoUnit.WEEKS, 2, "d MMM"),
        MONTH(30.4, ChronoUnit.MONTHS, 1, "MMM yyyy"),
        TWO_MONTHS(60.9, ChronoUnit.MONTHS, 2, "MMM yyyy"),
        QUARTER(91.3, ChronoUnit.MONTHS, 3, "MMM yyyy"),
        HALF_YEAR(182.6, ChronoUnit.MONTHS, 6, "MMM yyyy"),
        YEAR(365.25, ChronoUnit.YEARS, 1, "yyyy"),
        TWO_YEARS(730.5, ChronoUnit.YEARS, 2, "yyyy"),
        FIVE_YEARS(1826.25, ChronoUnit.YEARS, 5, "yyyy");

        final double approximateDays;
        final ChronoUnit unit;
        final int count;
        final String pattern;

        Spacing(double approximateDays, ChronoUnit unit, int count, String pattern) {
            this.approximateDays = approximateDays;
            this.unit = unit;
            this.count = count;
            this.pattern = pattern;
        }

        LocalDate firstOnOrAfter(LocalDate date, LocalDate anchor) {
            return switch (unit) {
                case DAYS, WEEKS -> {
                    long stepDays = Math.round(approximateDays);
                    long before = Math.floorDiv(ChronoUnit.DAYS.between(date, anchor), stepDays);
                    yield anchor.minusDays(before * stepDays);
                }
                case MONTHS -> {
                    LocalDate start = date.getDayOfMonth() == 1 ? date : date.with(TemporalAdjusters.firstDayOfNextMonth());
                    while ((start.getMonthValue() - 1) % count != 0) {
                        start = start.plusMonths(1);
                    }
                    yield start;
                }
                default -> {
                    LocalDate start = date.getDayOfYear() == 1 ? date : date.with(TemporalAdjusters.firstDayOfNextYear());
                    while (start.getYear() % count != 0) {
                        start = start.plusYears(1);
                    }
                    yield start;
                }
            };
        }

        LocalDate next(LocalDate date) {
            return date.plus(count, unit);
        }
    }
}
