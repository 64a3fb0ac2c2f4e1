package clinic.stride.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF read the way a screen reader walks it: the structure elements under the document in tree order, each
 * with its type, its alternate text and the text of its marked content (found through its page and MCID).
 */
public final class TaggedText {

    /** One structure element: "H1", "P", "Figure"...; {@code alt} only for figures. */
    public record Element(String role, String text, String alt) {
    }

    private TaggedText() {
    }

    public static List<Element> read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<COSDictionary, Map<Integer, String>> textByPage = new HashMap<>();
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byMcid = new HashMap<>();
                collect(extractor.getMarkedContents(), byMcid);
                textByPage.put(page.getCOSObject(), byMcid);
            }
            List<Element> elements = new ArrayList<>();
            PDStructureElement body = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().getFirst();
            for (Object kid : body.getKids()) {
                PDStructureElement element = (PDStructureElement) kid;
                Map<Integer, String> page = textByPage.get(element.getPage().getCOSObject());
                StringBuilder text = new StringBuilder();
                COSBase kids = element.getCOSObject().getDictionaryObject(COSName.K);
                for (COSBase kid2 : kids instanceof COSArray array ? array : List.of(kids)) {
                    text.append(page.getOrDefault(((COSInteger) kid2).intValue(), "")).append(' ');
                }
                elements.add(new Element(element.getStructureType(), text.toString().strip(),
                        element.getAlternateDescription()));
            }
            return elements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(List<PDMarkedContent> contents, Map<Integer, String> byMcid) {
        for (PDMarkedContent content : contents) {
            StringBuilder text = new StringBuilder();
            for (Object item : content.getContents()) {
                if (item instanceof TextPosition position) {
                    text.append(position.getUnicode());
                } else if (item instanceof PDMarkedContent nested) {
                    collect(List.of(nested), byMcid);
                }
            }
            if (content.getMCID() >= 0) {
                byMcid.merge(content.getMCID(), text.toString(), String::concat);
            }
        }
    }
}
