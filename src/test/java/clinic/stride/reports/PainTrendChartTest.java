package clinic.stride.reports;

import clinic.stride.reports.pdf.ReportFonts;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.PainScore;
import clinic.stride.vocabulary.Language;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;

class PainTrendChartTest {

    @Test
    void shouldShowTheVisitDateWhenThereIsOnlyOneVisit() throws IOException {
        List<PainOnVisit> one = List.of(new PainOnVisit(LocalDate.of(2025, 3, 14), new PainScore(6)));
        String text = chartText("trend-1-visit.pdf", one, Language.EN);
        assertAll(
                () -> assertTrue(text.contains("14 Mar"), "the visit's day is a tick label:\n" + text),
                () -> assertTrue(text.replaceAll("\\s", "").contains("Pain(0–10)"), "axis title:\n" + text));
    }

    @Test
    void shouldLabelMonthsWithoutOverlapWhenTwentyVisitsSpanSixMonths() throws IOException {
        String text = chartText("trend-20-visits.pdf", ReportBuildingBlocksTest.visits(20), Language.ES);
        // 20 visits ten days apart: 6 Jan to 14 Jul 2025, labelled by month in Spanish
        assertAll(
                () -> assertTrue(text.contains("2025"), "month labels carry the year:\n" + text),
                () -> assertTrue(text.contains("ene 2025") || text.contains("abr 2025"),
                        "Spanish month names (enero, abril):\n" + text),
                () -> assertTrue(text.replaceAll("\\s", "").contains("Dolor(0–10)"), "axis title:\n" + text));
    }

    @Test
    void shouldLeaveRoomBetweenDateLabelsAndLabelTheFirstVisitWhenVisitsAreDaysOrMonthsApart() {
        BaseFont font = ReportFonts.embedded().regular();
        for (int count : new int[] {2, 6, 20}) {
            List<PainOnVisit> visits = ReportBuildingBlocksTest.visits(count);
            PainTrendChart chart = new PainTrendChart(visits, Language.EN);
            LocalDate first = visits.getFirst().visitDate();
            LocalDate last = visits.getLast().visitDate();
            float width = 300;
            List<PainTrendChart.Tick> ticks = chart.ticks(first.minusDays(3), last.plusDays(3), width, font, 8);
            double perDay = width / (double) java.time.temporal.ChronoUnit.DAYS.between(first.minusDays(3), last.plusDays(3));
            assertTrue(ticks.size() >= 2, count + " visits: at least two date labels " + ticks);
            for (int i = 1; i < ticks.size(); i++) {
                double gap = perDay * java.time.temporal.ChronoUnit.DAYS.between(ticks.get(i - 1).date(), ticks.get(i).date());
                double needed = (font.getWidthPoint(ticks.get(i - 1).label(), 8) + font.getWidthPoint(ticks.get(i).label(), 8)) / 2;
                assertTrue(gap > needed, count + " visits: labels " + ticks.get(i - 1) + " and " + ticks.get(i) + " overlap");
            }
            if (count < 20) {
                assertTrue(ticks.stream().anyMatch(t -> t.date().equals(first)), count + " visits: first visit labelled " + ticks);
            }
        }
    }

    @Test
    void shouldRefuseToDrawWhenThereAreNoVisits() {
        assertThrows(IllegalArgumentException.class, () -> new PainTrendChart(List.of(), Language.EN));
    }

    private static String chartText(String sample, List<PainOnVisit> visits, Language language) throws IOException {
        byte[] pdf = SamplePdf.onePage((document, writer) -> new PainTrendChart(visits, language)
                .draw(writer.getDirectContent(), new Rectangle(60, 620, 330, 780)));
        SamplePdf.keep(sample, pdf);
        try (PDDocument read = SamplePdf.read(pdf)) {
            return new PDFTextStripper().getText(read);
        }
    }
}
