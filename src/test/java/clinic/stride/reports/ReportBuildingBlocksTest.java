package clinic.stride.reports;

import clinic.stride.reports.pdf.ReportFonts;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.PainRegion;
import clinic.stride.intake.PainScore;
import clinic.stride.intake.Side;
import clinic.stride.vocabulary.Language;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;

class ReportBuildingBlocksTest {

    private static final String SPANISH = "¿Le duele la cadera? Año, niño";

    private final ReportFonts fonts = ReportFonts.embedded();

    @Test
    void shouldKeepSpanishTextEmbeddedFontsAndVectorsWhenOnePageCombinesEveryBuildingBlock() throws IOException {
        byte[] pdf = SamplePdf.onePage((document, writer) -> {
            ReportFonts.Scale scale = ReportFonts.Scale.NORMAL;
            document.add(new Paragraph("Pain summary / Resumen del dolor", fonts.heading(scale)));
            document.add(new Paragraph("Does your hip hurt when you walk? Year, child", fonts.body(scale)));
            document.add(new Paragraph(SPANISH, fonts.body(scale)));
            document.add(new Paragraph("¡Pare si el dolor empeora! Pingüino, acción, mañana", fonts.smallItalic(scale)));
            PdfContentByte canvas = writer.getDirectContent();
            PainMapDrawing.bodyMap().draw(canvas, new Rectangle(40, 330, 300, 680),
                    Set.of(PainRegion.OUTER_HIP, PainRegion.BUTTOCK, PainRegion.LOWER_BACK), Side.LEFT,
                    BodyMapCaptions.in(Language.ES));
            ExerciseIllustration.of("clamshells").draw(canvas, new Rectangle(320, 520, 555, 660));
            new PainTrendChart(visits(6), Language.ES).draw(canvas, new Rectangle(320, 340, 555, 500));
        });
        SamplePdf.keep("building-blocks.pdf", pdf);

        try (PDDocument read = SamplePdf.read(pdf)) {
            PDPage page = read.getPage(0);
            String text = new PDFTextStripper().getText(read);
            List<String> operators = SamplePdf.operators(page);
            List<PDFont> pageFonts = SamplePdf.fonts(page);
            assertAll(
                    () -> assertEquals(1, read.getNumberOfPages()),
                    () -> assertTrue(text.contains(SPANISH), "Spanish text intact in:\n" + text),
                    () -> assertTrue(text.contains("De espaldas"), "body map caption in:\n" + text),
                    // the axis title is vertical, so text extraction breaks it across lines
                    () -> assertTrue(text.replaceAll("\\s", "").contains("Dolor(0–10)"), "chart axis title in:\n" + text),
                    () -> assertFalse(pageFonts.isEmpty()),
                    () -> assertTrue(pageFonts.stream().allMatch(PDFont::isEmbedded),
                            "every font embedded: " + pageFonts),
                    () -> assertTrue(operators.stream().filter("c"::equals).count() > 100,
                            "Bézier curves from the SVG figures"),
                    () -> assertTrue(operators.contains("f") && operators.contains("S"), "fills and strokes"),
                    () -> assertEquals(0, SamplePdf.imageCount(page), "no bitmap images"));
        }
    }

    @Test
    void shouldPrintLargePrintBodyTextAtSixteenPointsOrMoreWhenScaleIsLargePrint() {
        assertAll(
                () -> assertTrue(fonts.body(ReportFonts.Scale.LARGE_PRINT).getSize() >= 16),
                () -> assertTrue(fonts.small(ReportFonts.Scale.LARGE_PRINT).getSize()
                        > fonts.body(ReportFonts.Scale.NORMAL).getSize()),
                () -> assertTrue(fonts.heading(ReportFonts.Scale.NORMAL).getSize()
                        > fonts.body(ReportFonts.Scale.NORMAL).getSize()));
    }

    @Test
    void shouldCoverSpanishLettersWhenFontsAreLoaded() {
        for (char c : "áéíóúÁÉÍÓÚñÑüÜ¿¡–".toCharArray()) {
            assertTrue(fonts.regular().charExists(c), "regular has " + c);
            assertTrue(fonts.bold().charExists(c), "bold has " + c);
            assertTrue(fonts.italic().charExists(c), "italic has " + c);
        }
    }

    static List<PainOnVisit> visits(int count) {
        LocalDate first = LocalDate.of(2025, 1, 6);
        int[] pattern = {8, 7, 7, 6, 5, 6, 4, 4, 3, 3, 2, 3, 2, 2, 1, 2, 1, 1, 0, 1};
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new PainOnVisit(first.plusDays(10L * i), new PainScore(pattern[i % pattern.length])))
                .toList();
    }
}
