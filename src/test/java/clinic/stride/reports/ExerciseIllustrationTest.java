package clinic.stride.reports;

import clinic.stride.reports.pdf.ArtworkNotFoundException;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;

class ExerciseIllustrationTest {

    /** Every exercise the handouts may print (the knowledge base's exercise ids). */
    static final List<String> EXERCISES = List.of("clamshells", "side-leg-lifts", "one-legged-glute-bridge",
            "piriformis-stretch", "hip-flexor-stretch", "hip-bridges", "lateral-leg-raises", "back-pocket-stretch",
            "press-ups", "core-strengthening", "hamstring-stretch", "lower-back-stretch", "gentle-walking");

    @ParameterizedTest
    @FieldSource("EXERCISES")
    void shouldDrawAsVectorsWhenExerciseIsKnown(String exerciseId) throws IOException {
        ExerciseIllustration illustration = ExerciseIllustration.of(exerciseId);
        byte[] pdf = SamplePdf.onePage((document, writer) ->
                illustration.draw(writer.getDirectContent(), new Rectangle(60, 500, 535, 785)));
        try (PDDocument read = SamplePdf.read(pdf)) {
            List<String> operators = SamplePdf.operators(read.getPage(0));
            assertAll(
                    () -> assertTrue(operators.contains("S"), "strokes the figure"),
                    () -> assertTrue(operators.contains("l") || operators.contains("c"), "draws paths"),
                    () -> assertEquals(0, SamplePdf.imageCount(read.getPage(0)), "no bitmaps"));
        }
    }

    @ParameterizedTest
    @FieldSource("EXERCISES")
    void shouldKeepTheSharedStyleWhenExerciseSvgIsRead(String exerciseId) throws IOException {
        String svg = source(exerciseId);
        assertAll(
                () -> assertTrue(svg.contains("viewBox=\"0 0 400 240\""), "same canvas as the others"),
                () -> assertTrue(svg.contains("id=\"floor\""), "floor line"),
                () -> assertTrue(svg.contains("id=\"movement\""), "movement arrow"),
                () -> assertTrue(svg.contains("stroke=\"#1f3a5f\" stroke-width=\"12\""), "figure palette and line"),
                () -> assertFalse(svg.contains("href"), "no external references"),
                () -> assertFalse(svg.contains("<image"), "no raster images"),
                () -> assertFalse(svg.contains("<text"), "no text: one drawing serves both languages"));
        assertEquals(1.0 * 400 / 240, ExerciseIllustration.of(exerciseId).aspectRatio(), 1e-6);
    }

    @Test
    void shouldNameTheExerciseWhenItsIllustrationIsMissing() {
        ArtworkNotFoundException missing = assertThrows(ArtworkNotFoundException.class,
                () -> ExerciseIllustration.of("pogo-jumps"));
        assertTrue(missing.getMessage().contains("'pogo-jumps'"), missing.getMessage());
        assertTrue(missing.getMessage().contains("reports/exercises/pogo-jumps.svg"), missing.getMessage());
    }

    @Test
    void shouldRejectTheIdWhenItCouldReachOutsideTheExerciseFolder() {
        assertThrows(IllegalArgumentException.class, () -> ExerciseIllustration.of("../body-map"));
        assertThrows(IllegalArgumentException.class, () -> ExerciseIllustration.of("Clamshells"));
    }

    @Test
    void shouldLeaveAPrintableSheetWhenEveryExerciseIsDrawn() throws IOException {
        byte[] pdf = SamplePdf.onePage((document, writer) -> {
            PdfContentByte canvas = writer.getDirectContent();
            for (int i = 0; i < EXERCISES.size(); i++) {
                float left = 30 + (i % 2) * 272;
                float top = 812 - (i / 2) * 114;
                ExerciseIllustration.of(EXERCISES.get(i)).draw(canvas, new Rectangle(left, top - 108, left + 262, top));
                canvas.setLineWidth(0.3f);
                canvas.rectangle(left, top - 108, 262, 108);
                canvas.stroke();
            }
        });
        SamplePdf.keep("exercises.pdf", pdf);
        try (PDDocument read = SamplePdf.read(pdf)) {
            assertEquals(1, read.getNumberOfPages());
        }
    }

    private static String source(String exerciseId) throws IOException {
        try (InputStream in = ExerciseIllustration.class.getResourceAsStream(
                ExerciseIllustration.resourceOf(exerciseId))) {
            assertTrue(in != null, "reports/exercises/" + exerciseId + ".svg is packaged");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
