package clinic.stride.dashboard;

import clinic.stride.chart.SvgChart;
import java.time.LocalDate;
import java.util.List;

/**
 * The pain trend chart for the patient page: pain (0–10) at each visit, drawn on the server as inline SVG
 * ({@link SvgChart}). Visits are placed by date, so a long gap looks long.
 */
public final class PainTrendSvg {

    /** One visit's pain score. */
    public record Point(LocalDate visitDate, int pain) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 44;
    static final int RIGHT = 20;
    static final int TOP = 16;
    static final int BOTTOM = 40;
    private static final SvgChart.Frame FRAME = new SvgChart.Frame(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM);

    private PainTrendSvg() {
    }

    /** The chart, oldest visit on the left; {@code title} labels it for screen readers. */
    public static String render(List<Point> points, String title) {
        return SvgChart.open(FRAME, "trend", null, "trend-title", title)
                .grid(10, 2)
                .lineByDate(points.stream().map(Point::visitDate).toList(), points.stream().map(Point::pain).toList(),
                        10, LocalDate::toString)
                .close();
    }
}
