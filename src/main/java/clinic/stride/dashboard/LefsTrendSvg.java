package clinic.stride.dashboard;

import clinic.stride.chart.SvgChart;
import clinic.stride.outcomes.Lefs;
import java.time.LocalDate;
import java.util.List;

/**
 * The LEFS trend for the patient page: each complete LEFS score (0–80, higher is better) by date, with the band of
 * the minimal clinically important difference (9 points, Binkley et al. 1999) either side of the first score
 * shaded, so a point outside the band is a change that matters. Inline SVG drawn on the server ({@link SvgChart}).
 */
public final class LefsTrendSvg {

    /** One complete LEFS score. */
    public record Point(LocalDate day, int score) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 44;
    static final int RIGHT = 20;
    static final int TOP = 16;
    static final int BOTTOM = 40;
    private static final SvgChart.Frame FRAME = new SvgChart.Frame(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM);

    private LefsTrendSvg() {
    }

    /** {@code title} labels the chart for screen readers, {@code bandLabel} names the shaded band. */
    public static String render(List<Point> points, String title, String bandLabel) {
        SvgChart chart = SvgChart.open(FRAME, "trend lefs-trend", null, "lefs-trend-title", title);
        if (!points.isEmpty()) {
            int baseline = points.getFirst().score();
            double hi = FRAME.y(Math.min(Lefs.MAX_SCORE, baseline + Lefs.MCID), Lefs.MAX_SCORE);
            double lo = FRAME.y(Math.max(0, baseline - Lefs.MCID), Lefs.MAX_SCORE);
            chart.append(new StringBuilder("<rect class=\"mcid-band\" x=\"").append(LEFT).append("\" width=\"")
                    .append(SvgChart.fmt(FRAME.plotWidth())).append("\" y=\"").append(SvgChart.fmt(hi))
                    .append("\" height=\"").append(SvgChart.fmt(lo - hi)).append("\"/>")
                    .append("<text class=\"band-label\" x=\"").append(WIDTH - RIGHT - 4).append("\" y=\"")
                    .append(SvgChart.fmt(hi - 4)).append("\" text-anchor=\"end\">").append(SvgChart.escape(bandLabel))
                    .append("</text>"));
        }
        return chart.grid(Lefs.MAX_SCORE, 20)
                .lineByDate(points.stream().map(Point::day).toList(), points.stream().map(Point::score).toList(),
                        Lefs.MAX_SCORE, LocalDate::toString)
                .close();
    }
}
