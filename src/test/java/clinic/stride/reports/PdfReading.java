package clinic.stride.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What the report tests read back from a PDF with PDFBox: text per page, fonts anywhere, type sizes. */
public final class PdfReading {

    private PdfReading() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = SamplePdf.read(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = SamplePdf.read(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font of every page, including those of form XObjects such as the footer's page total. */
    static List<PDFont> fonts(byte[] pdf) {
        try (PDDocument document = SamplePdf.read(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    /** Characters printed at each type size (rounded to a tenth of a point), over the whole document. */
    static Map<Float, Integer> charactersBySize(byte[] pdf) {
        Map<Float, Integer> sizes = new HashMap<>();
        try (PDDocument document = SamplePdf.read(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        if (!position.getUnicode().isBlank()) {
                            float size = Math.round(position.getFontSizeInPt() * 10) / 10f;
                            sizes.merge(size, 1, Integer::sum);
                        }
                    }
                }
            };
            stripper.getText(document);
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = SamplePdf.read(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracted text on one line: PDF text breaks lines where the layout wrapped them, not where sentences end. */
    public static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Images on the first page, not counting the soft masks (transparency) of other images. */
    public static int imagesOnFirstPage(byte[] pdf) {
        try (PDDocument document = SamplePdf.read(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            java.util.Set<org.apache.pdfbox.cos.COSBase> masks = new java.util.HashSet<>();
            java.util.List<org.apache.pdfbox.cos.COSBase> images = new java.util.ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    images.add(image.getCOSObject());
                    org.apache.pdfbox.cos.COSBase mask = image.getCOSObject().getDictionaryObject(COSName.SMASK);
                    if (mask != null) {
                        masks.add(mask);
                    }
                }
            }
            return (int) images.stream().filter(i -> !masks.contains(i)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
