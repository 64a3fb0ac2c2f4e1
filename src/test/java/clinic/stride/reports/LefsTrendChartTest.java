package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LefsTrendChartTest {

    private final SummaryPdf summaries = new SummaryPdf(ReportFixtures.knowledge());

    @Test
    void shouldPrintTheLefsTrendAndItsMcidWhenTheVisitHasFollowUps() {
        byte[] pdf = summaries.write(ReportFixtures.summaryWithLefs(ReportSamples.MARIA));
        String text = PdfReading.flat(PdfReading.text(pdf));
        assertTrue(text.contains("Function over time (LEFS, 0–80)"), text);
        assertTrue(text.contains("38/80"), text);
        assertTrue(text.contains("52/80"), text);
        assertTrue(text.contains("+14 points, beyond the MCID of 9 points"), text);
    }

    @Test
    void shouldLeaveTheLefsSectionOutWhenThereIsNoFollowUp() {
        String text = PdfReading.flat(PdfReading.text(summaries.write(ReportFixtures.summary(ReportSamples.MARIA))));
        assertFalse(text.contains("Function over time"), text);
    }

    @Test
    void shouldSayWithinTheMcidWhenTheChangeIsUnderNinePoints() {
        String words = LefsTrendChart.describe(java.util.List.of(new LefsOnDay(java.time.LocalDate.of(2026, 11, 1), 40),
                new LefsOnDay(java.time.LocalDate.of(2026, 11, 20), 48)));
        assertTrue(words.contains("+8 points, within the MCID"), words);
    }
}
