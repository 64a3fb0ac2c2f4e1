package clinic.stride.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One chart drawn on the server as inline SVG, so a page needs no chart script and the strict
 * Content-Security-Policy holds. Colours come from stride.css through class names (no style attributes); a
 * chart's {@code title} labels it for screen readers. The plot area is the view box less the frame's margins.
 */
public final class SvgChart {

    /** The view box and the margins around the plot area (the axis labels live in the margins). */
    public record Frame(int width, int height, int left, int right, int top, int bottom) {

        public double plotWidth() {
            return width - left - right;
        }

        public double plotHeight() {
            return height - top - bottom;
        }

        /** The y of {@code value} on an axis from 0 at the bottom of the plot to {@code max} at its top. */
        public double y(double value, double max) {
            double plotH = plotHeight();
            return top + plotH - plotH * value / max;
        }
    }

    private final Frame frame;
    private final StringBuilder svg = new StringBuilder();

    private SvgChart(Frame frame) {
        this.frame = frame;
    }

    /**
     * Opens the {@code <svg>} element with its title; {@code id} is the element's own id or null for none, and
     * names the title {@code id-title} unless {@code titleId} is given.
     */
    public static SvgChart open(Frame frame, String cssClass, String id, String titleId, String title) {
        SvgChart chart = new SvgChart(frame);
        String labelledBy = titleId != null ? titleId : id + "-title";
        chart.svg.append("<svg class=\"").append(cssClass).append("\" viewBox=\"0 0 ").append(frame.width()).append(' ')
                .append(frame.height()).append("\" role=\"img\" aria-labelledby=\"").append(labelledBy).append('"');
        if (id != null) {
            chart.svg.append(" id=\"").append(id).append('"');
        }
        chart.svg.append(" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"").append(labelledBy).append("\">")
                .append(escape(title)).append("</title>");
        return chart;
    }

    public Frame frame() {
        return frame;
    }

    /** Appends markup of the chart's own (bars, bands) as it is. */
    public SvgChart append(CharSequence markup) {
        svg.append(markup);
        return this;
    }

    /** A grid line across the plot with its value in the left margin at every {@code step} from 0 to {@code max}. */
    public SvgChart grid(int max, int step) {
        for (int v = 0; v <= max; v += step) {
            double y = frame.y(v, max);
            svg.append("<line class=\"grid\" x1=\"").append(frame.left()).append("\" x2=\"").append(frame.width() - frame.right())
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(frame.left() - 8).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(v).append("</text>");
        }
        return this;
    }

    /**
     * Values on days, oldest first, placed by date so a long gap looks long: a line through them (two or more), a
     * dot with its value at each, and under the plot every day's label when few, otherwise about six spread evenly,
     * always the first and last. Days all on one date are spread evenly; a single day sits in the middle.
     */
    public SvgChart lineByDate(List<LocalDate> days, List<Integer> values, int max, Function<LocalDate, String> dayLabel) {
        int n = days.size();
        if (n == 0) {
            return this;
        }
        double[] xs = xsByDate(days);
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = frame.y(values.get(i), max);
        }
        if (n > 1) {
            svg.append("<polyline class=\"line\" points=\"");
            for (int i = 0; i < n; i++) {
                svg.append(fmt(xs[i])).append(',').append(fmt(ys[i])).append(' ');
            }
            svg.append("\"/>");
        }
        int step = Math.max(1, (int) Math.ceil(n / 6.0));
        for (int i = 0; i < n; i++) {
            svg.append("<circle class=\"dot\" cx=\"").append(fmt(xs[i])).append("\" cy=\"").append(fmt(ys[i])).append("\" r=\"5\"/>")
                    .append("<text class=\"value\" x=\"").append(fmt(xs[i])).append("\" y=\"").append(fmt(ys[i] - 10))
                    .append("\" text-anchor=\"middle\">").append(values.get(i)).append("</text>");
            if (i % step == 0 || i == n - 1) {
                axisLabel(xs[i], dayLabel.apply(days.get(i)));
            }
        }
        return this;
    }

    /** A label under the plot, centred on {@code x}. */
    public SvgChart axisLabel(double x, String label) {
        svg.append("<text class=\"axis\" x=\"").append(fmt(x)).append("\" y=\"").append(frame.height() - frame.bottom() + 20)
                .append("\" text-anchor=\"middle\">").append(escape(label)).append("</text>");
        return this;
    }

    public String close() {
        return svg.append("</svg>").toString();
    }

    private double[] xsByDate(List<LocalDate> days) {
        int n = days.size();
        double plotW = frame.plotWidth();
        LocalDate first = days.getFirst();
        long span = Math.max(ChronoUnit.DAYS.between(first, days.getLast()), 0);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = span == 0
                    ? (n == 1 ? frame.left() + plotW / 2 : frame.left() + plotW * i / (n - 1))
                    : frame.left() + plotW * ChronoUnit.DAYS.between(first, days.get(i)) / span;
        }
        return xs;
    }

    /** A coordinate with one decimal and a dot, whatever the server's locale. */
    public static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Text for an SVG element or attribute. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
