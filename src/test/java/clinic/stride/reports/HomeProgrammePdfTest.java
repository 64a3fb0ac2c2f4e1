package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.vocabulary.Language;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The home programme's small additions to the PDFs: the handout's QR box, the summary's adherence section. */
class HomeProgrammePdfTest {

    private final HandoutPdf handouts = new HandoutPdf(ReportFixtures.knowledge());
    private final SummaryPdf summaries = new SummaryPdf(ReportFixtures.knowledge());

    @Test
    void shouldPrintTheLinkAndItsLastDayInTheLanguageWhenTheHandoutHasAHomeLink() {
        byte[] pdf = handouts.write(ReportFixtures.handout(ReportSamples.MARIA, Language.ES, false), ReportFixtures.HOME_LINK);
        String text = PdfReading.flat(PdfReading.text(pdf));
        assertTrue(text.contains("Sus ejercicios en su teléfono"), text);
        assertTrue(text.contains("18 de diciembre de 2026"), text);
        assertTrue(text.contains("programme/Zm9vYmFy"), text);
    }

    @Test
    void shouldLeaveTheHandoutAsItWasWhenThereIsNoHomeLink() {
        String text = PdfReading.text(handouts.write(ReportFixtures.handout(ReportSamples.MARIA, Language.EN, false)));
        assertFalse(text.contains("on your phone"), text);
    }

    @Test
    void shouldDrawAQrCodeAPhoneCanReadWhenTheHandoutIsRendered() throws Exception {
        byte[] pdf = handouts.write(ReportFixtures.handout(ReportSamples.JAMES, Language.EN, false), ReportFixtures.HOME_LINK);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            RGBLuminanceSource source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();
            assertEquals(ReportFixtures.HOME_LINK.url(), decoded);
        }
    }

    @Test
    void shouldSummariseSessionsAndSignalsWhenThePatientHasAHomeProgramme() {
        String text = PdfReading.flat(PdfReading.text(summaries.write(ReportFixtures.summaryWithHomeProgramme(ReportSamples.MARIA))));
        assertTrue(text.contains("Home programme"), text);
        assertTrue(text.contains("Sessions logged 5 of 9 prescribed"), text);
        assertTrue(text.contains("not exercising"), text);
        assertTrue(text.contains("pain rising"), text);
    }

    @Test
    void shouldLeaveTheSectionOutWhenNoLinkWasIssued() {
        String text = PdfReading.text(summaries.write(ReportFixtures.summary(ReportSamples.MARIA)));
        assertFalse(text.contains("Home programme"), text);
    }
}
