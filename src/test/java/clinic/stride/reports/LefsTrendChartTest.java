package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The summary's function section: the LEFS trend and what it says about an intake LEFS answered in part. */
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
    void shouldSayTheIntakeLefsIsIncompleteWhenActivitiesWereLeftBlankAndNoFollowUpHasAScore() {
        String text = textOf(withIntakeLefs(answered(14), java.util.List.of()));
        assertTrue(text.contains("Function over time (LEFS, 0–80)"), text);
        assertTrue(text.contains("LEFS at intake: incomplete, 14 of 20 activities answered. Not scored"), text);
        assertFalse(text.contains("/80"), "no score is made up for a partly answered form: " + text);
    }

    @Test
    void shouldSayTheIntakeLefsIsIncompleteBesideTheFollowUpsTrend() {
        java.time.LocalDate visit = ReportFixtures.summary(ReportSamples.MARIA).answers().visitDate();
        byte[] pdf = summaries.write(withIntakeLefs(answered(19), java.util.List.of(new LefsOnDay(visit.plusDays(14), 38))));
        SamplePdf.keep("summary-lefs-incomplete-at-intake.pdf", pdf);
        String text = PdfReading.flat(PdfReading.text(pdf));
        assertTrue(text.contains("38/80 at follow-up"), text);
        assertTrue(text.contains("LEFS at intake: incomplete, 19 of 20 activities answered"), text);
    }

    @Test
    void shouldNotCallACompleteIntakeLefsIncomplete() {
        java.time.LocalDate visit = ReportFixtures.summary(ReportSamples.MARIA).answers().visitDate();
        String text = textOf(withIntakeLefs(answered(20), java.util.List.of(new LefsOnDay(visit, 40, true))));
        assertTrue(text.contains("40/80 at intake"), text);
        assertFalse(text.contains("incomplete"), text);
    }

    @Test
    void shouldLeaveTheLefsSectionOutWhenTheIntakeLefsWasSkipped() {
        String text = textOf(withIntakeLefs(answered(0), java.util.List.of()));
        assertFalse(text.contains("LEFS"), text);
    }

    private String textOf(ClinicianSummary summary) {
        return PdfReading.flat(PdfReading.text(summaries.write(summary)));
    }

    /** The first {@code count} activities answered 2 ("moderate difficulty"), the rest left blank. */
    private static clinic.stride.intake.LefsAnswers answered(int count) {
        java.util.List<Integer> items = new java.util.ArrayList<>();
        for (int i = 0; i < clinic.stride.outcomes.Lefs.ITEMS; i++) {
            items.add(i < count ? 2 : null);
        }
        return clinic.stride.intake.LefsAnswers.of(items);
    }

    private static ClinicianSummary withIntakeLefs(clinic.stride.intake.LefsAnswers lefs, java.util.List<LefsOnDay> trend) {
        ClinicianSummary s = ReportFixtures.summary(ReportSamples.MARIA);
        clinic.stride.intake.IntakeAnswers a = s.answers();
        clinic.stride.intake.IntakeAnswers answers = new clinic.stride.intake.IntakeAnswers(a.visitDate(), a.language(), a.pain(),
                a.factors(), a.redFlags(), lefs);
        return new ClinicianSummary(s.clinicName(), s.clinicPhone(), s.patient(), s.ageAtVisit(), answers,
                s.intakeVersion(), s.assessment(), s.painTrend(), s.issuedAt(), s.consent(), null, trend);
    }

    @Test
    void shouldSayWithinTheMcidWhenTheChangeIsUnderNinePoints() {
        String words = LefsTrendChart.describe(java.util.List.of(new LefsOnDay(java.time.LocalDate.of(2026, 11, 1), 40),
                new LefsOnDay(java.time.LocalDate.of(2026, 11, 20), 48)));
        assertTrue(words.contains("+8 points, within the MCID"), words);
    }
}
