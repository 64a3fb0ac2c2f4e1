package clinic.stride.reports;

import clinic.stride.knowledge.Urgency;
import clinic.stride.reports.pdf.ReportColours;
import java.awt.Color;

/** The colour of each urgency in both reports, for its words and for the panel behind a warning box. */
final class UrgencyColours {

    private UrgencyColours() {
    }

    static Color of(Urgency urgency) {
        return switch (urgency) {
            case EMERGENCY -> ReportColours.EMERGENCY;
            case URGENT -> ReportColours.URGENT;
            case SOON -> ReportColours.SOON;
        };
    }

    static Color panelOf(Urgency urgency) {
        return switch (urgency) {
            case EMERGENCY -> ReportColours.EMERGENCY_PANEL;
            case URGENT -> ReportColours.URGENT_PANEL;
            case SOON -> ReportColours.SOON_PANEL;
        };
    }
}
