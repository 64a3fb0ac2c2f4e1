package clinic.stride.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The pain trend chart for the patient page: pain (0–10) at each visit, drawn on the server as inline SVG, so
 * the page needs no chart script and the strict Content-Security-Policy holds. Colours come from stride.css
 * through class names (no style attributes). Visits are placed by date, so a long gap looks long.
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

    private PainTrendSvg() {
    }

    /** The chart, oldest visit on the left; {@code title} labels it for screen readers. */
    public static String render(List<Point> points, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"trend\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"trend-title\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"trend-title\">").append(escape(title)).append("</title>");
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        for (int v = 0; v <= 10; v += 2) {
            double y = TOP + plotH - plotH * v / 10.0;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(v).append("</text>");
        }
        if (points.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        LocalDate first = points.getFirst().visitDate();
        long span = Math.max(ChronoUnit.DAYS.between(first, points.getLast().visitDate()), 0);
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            xs[i] = span == 0
                    ? (points.size() == 1 ? LEFT + plotW / 2 : LEFT + plotW * i / (points.size() - 1))
                    : LEFT + plotW * ChronoUnit.DAYS.between(first, p.visitDate()) / span;
            ys[i] = TOP + plotH - plotH * p.pain() / 10.0;
        }
        if (points.size() > 1) {
            svg.append("<polyline class=\"line\" points=\"");
            for (int i = 0; i < xs.length; i++) {
                svg.append(fmt(xs[i])).append(',').append(fmt(ys[i])).append(' ');
            }
            svg.append("\"/>");
        }
        // Date labels: every visit when few, otherwise about six spread evenly, always the first and last.
        int step = Math.max(1, (int) Math.ceil(points.size() / 6.0));
        for (int i = 0; i < points.size(); i++) {
            svg.append("<circle class=\"dot\" cx=\"").append(fmt(xs[i])).append("\" cy=\"").append(fmt(ys[i])).append("\" r=\"5\"/>")
                    .append("<text class=\"value\" x=\"").append(fmt(xs[i])).append("\" y=\"").append(fmt(ys[i] - 10))
                    .append("\" text-anchor=\"middle\">").append(points.get(i).pain()).append("</text>");
            if (i % step == 0 || i == points.size() - 1) {
                svg.append("<text class=\"axis\" x=\"").append(fmt(xs[i])).append("\" y=\"").append(HEIGHT - BOTTOM + 20)
                        .append("\" text-anchor=\"middle\">").append(points.get(i).visitDate()).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
