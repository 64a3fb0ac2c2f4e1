package clinic.stride.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The minimal reproduction behind the choice in docs/standards.md: OpenPDF 3.0.5 alone, with every switch it
 * offers for the two standards, writes one paragraph in an embedded font; veraPDF refuses both files. The same
 * paragraph through {@link ReportDocument} (OpenPDF lays out, PDFBox tags) passes both.
 */
class OpenPdfAloneTest {

    private static final String TEXT = "¿Le duele la cadera al caminar? Haga estos ejercicios despacio.";

    private static Paragraph paragraph() {
        return new Paragraph(TEXT, new Font(ReportFonts.embedded().regular(), 12));
    }

    @Test
    void shouldFailPdfUa1WhenOpenPdfTagsOnItsOwn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("es"));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        document.addTitle("Ejercicios en casa");
        writer.createXmpMetadata();
        document.open();
        document.add(paragraph());
        document.close();

        VeraPdf.Verdict verdict = VeraPdf.validate(out.toByteArray(), VeraPdf.UA1);

        assertFalse(verdict.compliant(), verdict.toString());
        // 7.1-3: the paragraph's text is neither tagged nor an artifact: OpenPDF writes no marked content for it.
        assertTrue(verdict.failedRules().containsKey("7.1-3"), verdict.toString());
    }

    @Test
    void shouldFailPdfA2bWhenOpenPdfWritesItOnItsOwn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setPDFXConformance(PdfWriter.PDFA2B);
        document.addTitle("Clinician summary");
        writer.createXmpMetadata();
        document.open();
        try (InputStream icc = OpenPdfAloneTest.class.getResourceAsStream(PdfStandards.SRGB)) {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", icc.readAllBytes());
        }
        document.add(paragraph());
        document.close();

        VeraPdf.Verdict verdict = VeraPdf.validate(out.toByteArray(), VeraPdf.A2B);

        // The one failure: OpenPDF's CIDSet lists only the glyphs used, not every glyph in the subset.
        assertEquals(java.util.Set.of("6.2.11.4.2-2"), verdict.failedRules().keySet(), verdict.toString());
    }

    @Test
    void shouldPassBothWhenTheSameParagraphGoesThroughReportDocument() {
        byte[] pdf = ReportDocument.write(new ReportDocument.Metadata("Ejercicios en casa", "Prueba", "Stride Clinic",
                        "es", Instant.parse("2026-03-02T10:15:00Z")), ReportDocument.Standard.ACCESSIBLE_ARCHIVAL,
                TextRoles.of(22), new float[] {50, 50, 50, 90}, new PageFooter(List.of("Stride"), "Página {0} de {1}", 9),
                (document, writer) -> document.add(paragraph()));

        VeraPdf.Verdict accessible = VeraPdf.validate(pdf, VeraPdf.UA1);
        VeraPdf.Verdict archival = VeraPdf.validate(pdf, VeraPdf.A2B);

        assertTrue(accessible.compliant(), accessible.toString());
        assertTrue(archival.compliant(), archival.toString());
    }
}
