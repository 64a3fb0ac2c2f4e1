package clinic.stride.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

/** Writes small PDFs for the drawing tests and reads them back with PDFBox, an independent PDF implementation. */
final class SamplePdf {

    /** Where tests leave the PDFs they wrote, for a person to open or turn into previews with pdftoppm. */
    static final Path SAMPLES = Path.of("target", "report-samples");

    private SamplePdf() {
    }

    /** One A4 page; {@code content} draws on it through the document and its direct content. */
    static byte[] onePage(BiConsumer<Document, PdfWriter> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        content.accept(document, writer);
        document.close();
        return out.toByteArray();
    }

    static Path keep(String fileName, byte[] pdf) {
        try {
            Files.createDirectories(SAMPLES);
            return Files.write(SAMPLES.resolve(fileName), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PDDocument read(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the content-stream operators of a page, in order ("m", "l", "c", "f", "Tj", "Do"...). */
    /**
     * Every operator the page paints with, including those inside the form XObjects it draws ({@code Do}): the
     * reports copy their fixed drawings in as forms, and a test asking "is this drawn as vectors" means the whole
     * page, not just its top-level stream.
     */
    static List<String> operators(PDPage page) {
        List<String> names = new ArrayList<>();
        collectOperators(page, page.getResources(), names);
        return names;
    }

    private static void collectOperators(PDContentStream stream, PDResources resources, List<String> names) {
        try {
            COSName lastName = null;
            for (Object token : new PDFStreamParser(stream).parse()) {
                if (token instanceof COSName name) {
                    lastName = name;
                } else if (token instanceof Operator operator) {
                    names.add(operator.getName());
                    if ("Do".equals(operator.getName()) && lastName != null && resources != null
                            && resources.getXObject(lastName) instanceof PDFormXObject form) {
                        collectOperators(form, form.getResources() != null ? form.getResources() : resources, names);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<PDFont> fonts(PDPage page) {
        try {
            PDResources resources = page.getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int imageCount(PDPage page) {
        try {
            PDResources resources = page.getResources();
            int images = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
