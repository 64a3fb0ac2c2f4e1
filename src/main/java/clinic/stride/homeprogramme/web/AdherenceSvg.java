package clinic.stride.homeprogramme.web;

import clinic.stride.chart.SvgChart;
import clinic.stride.homeprogramme.Adherence;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The two adherence charts of the patient page, drawn on the server as inline SVG ({@link SvgChart}) like the pain
 * trend. Each chart has a table beside it on the page with the same figures, for screen readers and printing.
 */
public final class AdherenceSvg {

    /** Drawn at about the width of the patient page's side column, so its labels stay readable without scaling down. */
    static final int WIDTH = 420;
    static final int HEIGHT = 220;
    static final int LEFT = 36;
    static final int RIGHT = 30;
    static final int TOP = 16;
    static final int BOTTOM = 40;
    private static final SvgChart.Frame FRAME = new SvgChart.Frame(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM);

    /** "11-27": the year is in the table beside the chart. */
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd");

    private AdherenceSvg() {
    }

    /** Bars of sessions done per week, a dashed mark at what was prescribed. */
    public static String weeks(List<Adherence.Week> weeks, String title, String id) {
        int max = Math.max(1, weeks.stream().mapToInt(w -> Math.max(w.done(), w.prescribed())).max().orElse(1));
        SvgChart chart = SvgChart.open(FRAME, "adherence", id, null, title).grid(max, Math.max(1, (int) Math.ceil(max / 5.0)));
        double plotW = FRAME.plotWidth();
        double slot = weeks.isEmpty() ? plotW : plotW / weeks.size();
        double bar = Math.min(48, slot * 0.6);
        for (int i = 0; i < weeks.size(); i++) {
            Adherence.Week w = weeks.get(i);
            double cx = LEFT + slot * i + slot / 2;
            double y = FRAME.y(w.done(), max);
            double ty = FRAME.y(w.prescribed(), max);
            chart.append(new StringBuilder("<rect class=\"bar\" x=\"").append(SvgChart.fmt(cx - bar / 2))
                    .append("\" y=\"").append(SvgChart.fmt(y)).append("\" width=\"").append(SvgChart.fmt(bar))
                    .append("\" height=\"").append(SvgChart.fmt(FRAME.plotHeight() * w.done() / max)).append("\"/>")
                    .append("<line class=\"target\" x1=\"").append(SvgChart.fmt(cx - bar / 2 - 6)).append("\" x2=\"")
                    .append(SvgChart.fmt(cx + bar / 2 + 6)).append("\" y1=\"").append(SvgChart.fmt(ty))
                    .append("\" y2=\"").append(SvgChart.fmt(ty)).append("\"/>")
                    .append("<text class=\"value\" x=\"").append(SvgChart.fmt(cx)).append("\" y=\"")
                    .append(SvgChart.fmt(Math.min(y, ty) - 6)).append("\" text-anchor=\"middle\">").append(w.done())
                    .append('/').append(w.prescribed()).append("</text>"));
            chart.axisLabel(cx, SHORT.format(w.end()));
        }
        return chart.close();
    }

    /** Pain after exercise (0–10) at each logged session, placed by day. */
    public static String pain(List<Adherence.PainPoint> points, String title, String id) {
        return SvgChart.open(FRAME, "adherence", id, null, title)
                .grid(10, 2)
                .lineByDate(points.stream().map(Adherence.PainPoint::day).toList(),
                        points.stream().map(Adherence.PainPoint::pain).toList(), 10, SHORT::format)
                .close();
    }
}
