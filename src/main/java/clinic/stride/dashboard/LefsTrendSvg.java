package clinic.stride.dashboard;

import clinic.stride.outcomes.Lefs;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The LEFS trend for the patient page: each complete LEFS score (0–80, higher is better) by date, with the band of
 * the minimal clinically important difference (9 points, Binkley et al. 1999) either side of the first score
 * shaded, so a point outside the band is a change that matters. Inline SVG drawn on the server, colours from
 * stride.css, as {@link PainTrendSvg}.
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

    private LefsTrendSvg() {
    }

    /** {@code title} labels the chart for screen readers, {@code bandLabel} names the shaded band. */
    public static String render(List<Point> points, String title, String bandLabel) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"trend lefs-trend\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"lefs-trend-title\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"lefs-trend-title\">").append(escape(title)).append("</title>");
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        if (!points.isEmpty()) {
            int baseline = points.getFirst().score();
            double hi = y(Math.min(Lefs.MAX_SCORE, baseline + Lefs.MCID), plotH);
            double lo = y(Math.max(0, baseline - Lefs.MCID), plotH);
            svg.append("<rect class=\"mcid-band\" x=\"").append(LEFT).append("\" width=\"").append(fmt(plotW))
                    .append("\" y=\"").append(fmt(hi)).append("\" height=\"").append(fmt(lo - hi)).append("\"/>")
                    .append("<text class=\"band-label\" x=\"").append(WIDTH - RIGHT - 4).append("\" y=\"").append(fmt(hi - 4))
                    .append("\" text-anchor=\"end\">").append(escape(bandLabel)).append("</text>");
        }
        for (int v = 0; v <= Lefs.MAX_SCORE; v += 20) {
            double y = y(v, plotH);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(v).append("</text>");
        }
        if (points.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        LocalDate first = points.getFirst().day();
        long span = Math.max(ChronoUnit.DAYS.between(first, points.getLast().day()), 0);
        double[] xs = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = span == 0
                    ? (points.size() == 1 ? LEFT + plotW / 2 : LEFT + plotW * i / (points.size() - 1))
                    : LEFT + plotW * ChronoUnit.DAYS.between(first, points.get(i).day()) / span;
        }
        if (points.size() > 1) {
            svg.append("<polyline class=\"line\" points=\"");
            for (int i = 0; i < xs.length; i++) {
                svg.append(fmt(xs[i])).append(',').append(fmt(y(points.get(i).score(), plotH))).append(' ');
            }
            svg.append("\"/>");
        }
        int step = Math.max(1, (int) Math.ceil(points.size() / 6.0));
        for (int i = 0; i < points.size(); i++) {
            double y = y(points.get(i).score(), plotH);
            svg.append("<circle class=\"dot\" cx=\"").append(fmt(xs[i])).append("\" cy=\"").append(fmt(y)).append("\" r=\"5\"/>")
                    .append("<text class=\"value\" x=\"").append(fmt(xs[i])).append("\" y=\"").append(fmt(y - 10))
                    .append("\" text-anchor=\"middle\">").append(points.get(i).score()).append("</text>");
            if (i % step == 0 || i == points.size() - 1) {
                svg.append("<text class=\"axis\" x=\"").append(fmt(xs[i])).append("\" y=\"").append(HEIGHT - BOTTOM + 20)
                        .append("\" text-anchor=\"middle\">").append(points.get(i).day()).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static double y(int score, double plotH) {
        return TOP + plotH - plotH * score / Lefs.MAX_SCORE;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
