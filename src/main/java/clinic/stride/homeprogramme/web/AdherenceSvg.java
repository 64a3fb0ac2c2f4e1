package clinic.stride.homeprogramme.web;

import clinic.stride.homeprogramme.Adherence;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The two adherence charts of the patient page, drawn on the server as inline SVG like the pain trend
 * (dashboard.PainTrendSvg): no chart script, the strict Content-Security-Policy holds, colours from stride.css.
 * Each chart has a table beside it on the page with the same figures, for screen readers and printing.
 */
public final class AdherenceSvg {

    /** Drawn at about the width of the patient page's side column, so its labels stay readable without scaling down. */
    static final int WIDTH = 420;
    static final int HEIGHT = 220;
    static final int LEFT = 36;
    static final int RIGHT = 30;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    /** "11-27": the year is in the table beside the chart. */
    private static final java.time.format.DateTimeFormatter SHORT = java.time.format.DateTimeFormatter.ofPattern("MM-dd");

    private AdherenceSvg() {
    }

    /** Bars of sessions done per week, a dashed mark at what was prescribed. */
    public static String weeks(List<Adherence.Week> weeks, String title, String id) {
        int max = Math.max(1, weeks.stream().mapToInt(w -> Math.max(w.done(), w.prescribed())).max().orElse(1));
        StringBuilder svg = open(title, id);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int step = Math.max(1, (int) Math.ceil(max / 5.0));
        for (int v = 0; v <= max; v += step) {
            gridLine(svg, TOP + plotH - plotH * v / max, v);
        }
        double slot = weeks.isEmpty() ? plotW : plotW / weeks.size();
        double bar = Math.min(48, slot * 0.6);
        for (int i = 0; i < weeks.size(); i++) {
            Adherence.Week w = weeks.get(i);
            double cx = LEFT + slot * i + slot / 2;
            double h = plotH * w.done() / max;
            double y = TOP + plotH - h;
            svg.append("<rect class=\"bar\" x=\"").append(fmt(cx - bar / 2)).append("\" y=\"").append(fmt(y))
                    .append("\" width=\"").append(fmt(bar)).append("\" height=\"").append(fmt(h)).append("\"/>");
            double ty = TOP + plotH - plotH * w.prescribed() / max;
            svg.append("<line class=\"target\" x1=\"").append(fmt(cx - bar / 2 - 6)).append("\" x2=\"").append(fmt(cx + bar / 2 + 6))
                    .append("\" y1=\"").append(fmt(ty)).append("\" y2=\"").append(fmt(ty)).append("\"/>");
            svg.append("<text class=\"value\" x=\"").append(fmt(cx)).append("\" y=\"").append(fmt(Math.min(y, ty) - 6))
                    .append("\" text-anchor=\"middle\">").append(w.done()).append('/').append(w.prescribed()).append("</text>");
            svg.append("<text class=\"axis\" x=\"").append(fmt(cx)).append("\" y=\"").append(HEIGHT - BOTTOM + 20)
                    .append("\" text-anchor=\"middle\">").append(SHORT.format(w.end())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Pain after exercise (0–10) at each logged session, placed by day. */
    public static String pain(List<Adherence.PainPoint> points, String title, String id) {
        StringBuilder svg = open(title, id);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        for (int v = 0; v <= 10; v += 2) {
            gridLine(svg, TOP + plotH - plotH * v / 10.0, v);
        }
        if (points.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        LocalDate first = points.getFirst().day();
        long span = Math.max(ChronoUnit.DAYS.between(first, points.getLast().day()), 0);
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        int labelStep = Math.max(1, (int) Math.ceil(points.size() / 6.0));
        for (int i = 0; i < points.size(); i++) {
            Adherence.PainPoint p = points.get(i);
            double x = span == 0 ? (points.size() == 1 ? LEFT + plotW / 2 : LEFT + plotW * i / (points.size() - 1))
                    : LEFT + plotW * ChronoUnit.DAYS.between(first, p.day()) / span;
            double y = TOP + plotH - plotH * p.pain() / 10.0;
            line.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            dots.append("<circle class=\"dot\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"5\"/>")
                    .append("<text class=\"value\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 10))
                    .append("\" text-anchor=\"middle\">").append(p.pain()).append("</text>");
            if (i % labelStep == 0 || i == points.size() - 1) {
                dots.append("<text class=\"axis\" x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 20)
                        .append("\" text-anchor=\"middle\">").append(SHORT.format(p.day())).append("</text>");
            }
        }
        if (points.size() > 1) {
            svg.append("<polyline class=\"line\" points=\"").append(line).append("\"/>");
        }
        return svg.append(dots).append("</svg>").toString();
    }

    private static StringBuilder open(String title, String id) {
        return new StringBuilder("<svg class=\"adherence\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" id=\"").append(id)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"").append(id).append("-title\">")
                .append(escape(title)).append("</title>");
    }

    private static void gridLine(StringBuilder svg, double y, int value) {
        svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                .append("<text class=\"axis\" x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(y + 4))
                .append("\" text-anchor=\"end\">").append(value).append("</text>");
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
