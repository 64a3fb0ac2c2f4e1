package clinic.stride.reports.pdf;

import java.awt.Color;

/**
 * The few colours every Stride PDF uses: the navy of the drawings, greys for secondary text and rules, and the red
 * and amber of warning signs. Text colours keep a contrast of at least 4.5:1 on white (WCAG 2.2, 1.4.3), and no
 * meaning rides on colour alone: every coloured box also has a heading in words.
 */
public final class ReportColours {

    public static final Color INK = new Color(29, 37, 45);
    public static final Color NAVY = new Color(31, 58, 95);
    public static final Color MUTED = new Color(84, 96, 110);
    public static final Color RULE = new Color(200, 208, 217);
    public static final Color PANEL = new Color(241, 244, 248);
    public static final Color ACCENT = new Color(226, 106, 26);

    public static final Color EMERGENCY = new Color(168, 20, 20);
    public static final Color EMERGENCY_PANEL = new Color(253, 236, 236);
    public static final Color URGENT = new Color(156, 72, 0);
    public static final Color URGENT_PANEL = new Color(255, 243, 224);
    public static final Color SOON = new Color(31, 58, 95);
    public static final Color SOON_PANEL = new Color(234, 240, 248);

    private ReportColours() {
    }
}
