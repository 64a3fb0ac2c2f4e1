package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.clinic.ClinicLogo;
import clinic.stride.reports.pdf.VeraPdf;
import clinic.stride.vocabulary.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/**
 * The clinic's logo at the head of both reports (a PNG embedded as an image, an SVG drawn as vectors) and the
 * signature drawn with the consent beside the typed name on the summary, both still PDF/UA-1 and, for the summary,
 * PDF/A-2b; without a logo or a signature the reports are what they were.
 */
class LetterheadAndSignatureTest {

    private final SummaryPdf summaries = new SummaryPdf(ReportFixtures.knowledge());
    private final HandoutPdf handouts = new HandoutPdf(ReportFixtures.knowledge());

    @Test
    void shouldEmbedThePngLogoOnTheSummaryWhenTheClinicHasOne() {
        byte[] pdf = summaries.withLogo(ReportFixtures.pngLogo()).write(ReportFixtures.summary(ReportSamples.MARIA));
        assertEquals(1, PdfReading.imagesOnFirstPage(pdf));
        assertConforms("summary with a PNG logo", pdf, true);
        assertTrue(PdfReading.text(pdf).contains(ReportFixtures.summary(ReportSamples.MARIA).clinicName()),
                "the name is still printed as text beside the logo");
    }

    @Test
    void shouldEmbedThePngLogoOnEveryHandoutWhenTheClinicHasOne() {
        for (boolean largePrint : new boolean[] {false, true}) {
            byte[] pdf = handouts.withLogo(ReportFixtures.pngLogo())
                    .write(ReportFixtures.handout(ReportSamples.CARLOS, Language.ES, largePrint));
            assertEquals(1, PdfReading.imagesOnFirstPage(pdf), "large print " + largePrint);
            assertConforms("handout with a PNG logo, large print " + largePrint, pdf, false);
        }
    }

    @Test
    void shouldDrawTheSvgLogoAsVectorsWhenTheClinicUploadedAnSvg() {
        byte[] plain = summaries.write(ReportFixtures.summary(ReportSamples.JAMES));
        byte[] pdf = summaries.withLogo(ReportFixtures.svgLogo()).write(ReportFixtures.summary(ReportSamples.JAMES));
        assertEquals(0, PdfReading.imagesOnFirstPage(pdf), "no bitmap: the SVG is drawn");
        assertEquals(formsOnFirstPage(plain) + 1, formsOnFirstPage(pdf), "one more drawing: the logo");
        assertEquals(lines(plain), lines(pdf), "the logo's text is outlines, not text or fonts");
        assertConforms("summary with an SVG logo", pdf, true);
        assertConforms("handout with an SVG logo", handouts.withLogo(ReportFixtures.svgLogo())
                .write(ReportFixtures.handout(ReportSamples.JAMES, Language.EN, false)), false);
    }

    @Test
    void shouldPrintTheNameAloneWhenTheSvgLogoCannotBeDrawn() {
        ClinicLogo broken = ClinicLogo.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"oops\"/>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] plain = summaries.write(ReportFixtures.summary(ReportSamples.JAMES));
        byte[] pdf = summaries.withLogo(broken).write(ReportFixtures.summary(ReportSamples.JAMES));
        assertEquals(formsOnFirstPage(plain), formsOnFirstPage(pdf));
        assertEquals(lines(plain), lines(pdf));
    }

    @Test
    void shouldLeaveTheReportsAsTheyWereWhenThereIsNoLogoOrSignature() {
        ClinicianSummary summary = ReportFixtures.summary(ReportSamples.MARIA);
        byte[] plain = summaries.write(summary);
        assertArrayEquals(plain, summaries.withLogo(null).write(summary.withSignature(null)));
        assertEquals(0, PdfReading.imagesOnFirstPage(plain));
        Handout handout = ReportFixtures.handout(ReportSamples.MARIA, Language.ES, false);
        assertArrayEquals(handouts.write(handout), handouts.withLogo(null).write(handout));
    }

    @Test
    void shouldDrawTheSignatureAsAFigureBesideTheTypedNameWhenThePatientDrewOne() {
        ClinicianSummary summary = ReportFixtures.summary(ReportSamples.MARIA);
        byte[] plain = summaries.write(summary);
        byte[] signed = summaries.withLogo(ReportFixtures.pngLogo()).write(summary.withSignature(ReportFixtures.signature()));
        assertEquals(lines(plain), lines(signed), "the drawing adds no text");
        assertEquals(figures(plain) + 1, figures(signed), "one more figure, with its alternate text");
        assertTrue(altTexts(signed).contains("Signature drawn by " + summary.consent().signedName() + " beside the typed name"),
                altTexts(signed));
        assertConforms("summary with a drawn signature and a logo", signed, true);
    }

    private static void assertConforms(String what, byte[] pdf, boolean archival) {
        VeraPdf.Verdict ua = VeraPdf.validate(pdf, VeraPdf.UA1);
        assertTrue(ua.compliant(), what + " " + ua);
        if (archival) {
            VeraPdf.Verdict a = VeraPdf.validate(pdf, VeraPdf.A2B);
            assertTrue(a.compliant(), what + " " + a);
        }
    }

    /** The text's lines in sorted order: a taller header moves where a line is read, not what it says. */
    private static java.util.List<String> lines(byte[] pdf) {
        return PdfReading.text(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
    }

    private static int formsOnFirstPage(byte[] pdf) {
        return count(pdf, PDFormXObject.class);
    }

    private static int count(byte[] pdf, Class<? extends PDXObject> kind) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            int n = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (kind.isInstance(resources.getXObject(name))) {
                    n++;
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int figures(byte[] pdf) {
        return altTexts(pdf).split("\n", -1).length;
    }

    /** The alternate text of every figure in the structure tree, one a line. */
    private static String altTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder alts = new StringBuilder();
            collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            return alts.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(java.util.List<Object> kids, StringBuilder alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alts.append(alts.isEmpty() ? "" : "\n").append(element.getAlternateDescription());
                }
                collect(element.getKids(), alts);
            }
        }
    }
}
