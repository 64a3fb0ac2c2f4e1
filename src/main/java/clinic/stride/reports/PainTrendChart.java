package clinic.stride.reports;

import clinic.stride.intake.Language;
import clinic.stride.intake.PainScore;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Pain intensity (0–10) at each visit as a small line chart with dates along the bottom, for the clinician summary.
 * Drawn by JFreeChart straight onto the PDF page, so lines and labels stay vectors and the labels use the embedded
 * report font.
 *
 * <p>The band from 7 to 10 is tinted: 7 or more is severe pain on the numeric rating scale (see
 * {@link PainScore#isSevere()}).
 */
public final class PainTrendChart {

    private static final Color LINE = new Color(31, 58, 95);
    private static final Color GRID = new Color(221, 227, 234);
    private static final Color AXIS = new Color(90, 102, 115);
    private static final Color SEVERE_BAND = new Color(214, 40, 40, 28);
    /** Dates are calendar days: chart them in UTC so no time zone shifts a visit to the day before. */
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

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

    /** Draws the chart to fill {@code area}. */
    public void draw(PdfContentByte canvas, Rectangle area) {
        float labelSize = labelSize(area);
        JFreeChart chart = build(area, labelSize);
        ChartRenderingInfo info = new ChartRenderingInfo();
        AreaGraphics.paint(canvas, area,
                g2 -> chart.draw(g2, new Rectangle2D.Double(0, 0, area.getWidth(), area.getHeight()), info));
        // The vertical axis title is written as PDF text, not by JFreeChart: PdfGraphics2D turns rotated strings
        // into glyph outlines, which screen readers and text search cannot read.
        Rectangle2D plot = info.getPlotInfo().getDataArea();
        canvas.beginText();
        canvas.setFontAndSize(ReportFonts.embedded().bold(), labelSize);
        canvas.setColorFill(AXIS);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, axisTitle(),
                area.getLeft() + labelSize * 1.05f, area.getTop() - (float) plot.getCenterY(), 90);
        canvas.endText();
    }

    private String axisTitle() {
        return language == Language.ES ? "Dolor (0–10)" : "Pain (0–10)";
    }

    private static float labelSize(Rectangle area) {
        return (float) Math.max(7, Math.min(11, area.getHeight() * 0.055));
    }

    /** A fresh chart per drawing: JFreeChart objects are mutable and not meant to be shared between threads. */
    private JFreeChart build(Rectangle area, float labelSize) {
        Locale locale = localeOf(language);
        Font ticks = ReportFonts.embedded().awt(Font.PLAIN, labelSize);
        Font label = ReportFonts.embedded().awt(Font.BOLD, labelSize);

        XYSeries series = new XYSeries("pain", true, true);
        for (PainOnVisit visit : visits) {
            series.add(millisOf(visit.visitDate()), visit.intensity().value());
        }

        DateAxis dates = new DateAxis(null, UTC, locale);
        long first = millisOf(visits.getFirst().visitDate());
        long last = millisOf(visits.getLast().visitDate());
        // Room either side so the first and last points are not cut in half by the plot edge; a single visit
        // gets a week either side so the chart shows a date range rather than one squeezed tick.
        long pad = first == last ? 7 * DAY_MILLIS : Math.max(DAY_MILLIS, (last - first) / 20);
        dates.setRange(first - pad, last + pad);
        double plotWidth = area.getWidth() - labelSize * 6;
        dates.setTickUnit(tickUnitFor(last - first + 2 * pad, plotWidth, ticks, locale), false, true);
        dates.setTickLabelFont(ticks);
        dates.setTickLabelPaint(AXIS);
        dates.setAxisLinePaint(AXIS);
        dates.setTickMarkPaint(AXIS);

        NumberAxis pain = new NumberAxis(null);
        pain.setRange(0, PainScore.MAX + 0.4);
        pain.setTickUnit(new NumberTickUnit(area.getHeight() >= 150 ? 1 : 2, new DecimalFormat("0")));
        pain.setTickLabelFont(ticks);
        pain.setTickLabelPaint(AXIS);
        pain.setAxisLinePaint(AXIS);
        pain.setTickMarkPaint(AXIS);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        double dot = Math.max(4, labelSize * 0.6);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
        renderer.setDefaultToolTipGenerator(null);

        XYPlot plot = new XYPlot(new XYSeriesCollection(series), dates, pain, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        IntervalMarker severe = new IntervalMarker(7, PainScore.MAX + 0.4, SEVERE_BAND);
        plot.addRangeMarker(severe, Layer.BACKGROUND);

        JFreeChart chart = new JFreeChart(null, label, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        // Left padding leaves room for the axis title that draw() writes as text.
        chart.setPadding(new RectangleInsets(2, labelSize * 1.8, 2, labelSize));
        return chart;
    }

    private static long millisOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static Locale localeOf(Language language) {
        return switch (language) {
            case EN -> Locale.ENGLISH;
            case ES -> Locale.forLanguageTag("es");
        };
    }

    /**
     * The closest date spacing whose labels fit with room to spare. Chosen here rather than by JFreeChart, whose
     * estimate picked one label per month for six visits over seven weeks. Days show as "3 Mar", months as
     * "Mar 2025" so a long treatment still shows its year.
     */
    private static DateTickUnit tickUnitFor(long rangeMillis, double plotWidth, Font font, Locale locale) {
        FontRenderContext measuring = new FontRenderContext(null, true, true);
        List<DateTickUnit> units = dateTickUnits(locale);
        for (DateTickUnit unit : units) {
            // The widest label such a unit can print: a long month name on a two-digit day.
            String sample = unit.valueToString(millisOf(LocalDate.of(2025, 9, 28)));
            double labelWidth = font.getStringBounds(sample, measuring).getWidth();
            double spacing = plotWidth / (rangeMillis / unit.getSize());
            if (spacing >= labelWidth * 1.6) {
                return unit;
            }
        }
        return units.getLast();
    }

    private static List<DateTickUnit> dateTickUnits(Locale locale) {
        List<DateTickUnit> units = new java.util.ArrayList<>();
        for (int days : new int[] {1, 2, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, days, format("d MMM", locale)));
        }
        for (int months : new int[] {1, 2, 3, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, format("MMM yyyy", locale)));
        }
        for (int years : new int[] {1, 2, 5}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, years, format("yyyy", locale)));
        }
        return units;
    }

    private static SimpleDateFormat format(String pattern, Locale locale) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
        format.setTimeZone(UTC);
        return format;
    }
}
