package clinic.stride.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Turns the file OpenPDF laid out into a tagged PDF/UA-1 file, and for archival reports a PDF/A-2b file as well:
 * the structure tree (headings, paragraphs and figures with their alternate text, in reading order), the XMP
 * metadata both standards ask for, the display of the title rather than the file name, and for PDF/A an sRGB output
 * intent. Done with Apache PDFBox because OpenPDF 3.0 writes no structure for what it lays out (docs/standards.md).
 *
 * <p>Nothing here depends on the clock or on chance: the same input gives the same bytes.
 */
final class PdfStandards {

    /** The sRGB profile (littleCMS, zlib licence; reports/color/README.md) for the PDF/A output intent. */
    static final String SRGB = "/reports/color/sRGB.icc";
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private PdfStandards() {
    }

    /** Reading order of a page's tagged runs. */
    enum ReadingOrder {
        /** As written: the layout writes every block into one stream, top to bottom and left column first. */
        CONTENT,
        /**
         * By the height of each run's first line, top first, ties in content order: for layouts whose free
         * paragraphs and tables OpenPDF writes into separate streams of the page.
         */
        TOP_TO_BOTTOM
    }

    static byte[] finish(byte[] laidOut, TextRoles roles, ReadingOrder order, boolean archival) {
        try (PDDocument document = Loader.loadPDF(laidOut)) {
            document.setVersion(1.7f);
            dropIncompleteCidSets(document);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            catalog.setStructureTreeRoot(root);
            PDStructureElement body = new PDStructureElement("Document", root);
            root.appendKid(body);
            COSArray parentTree = new COSArray();
            int pageIndex = 0;
            for (PDPage page : document.getPages()) {
                List<PdfTagger.Tagged> tagged = PdfTagger.tag(document, page, roles,
                        order == ReadingOrder.TOP_TO_BOTTOM);
                if (order == ReadingOrder.TOP_TO_BOTTOM) {
                    tagged = topToBottom(tagged);
                }
                COSArray byMcid = new COSArray();
                tagged.forEach(t -> byMcid.add(COSNull.NULL));
                PDStructureElement element = null;
                PdfTagger.Tagged previous = null;
                for (PdfTagger.Tagged run : tagged) {
                    if (element != null && continues(previous, run)) {
                        // The next line of the same paragraph: one element, its marked-content pieces in order.
                        COSBase kids = element.getCOSObject().getDictionaryObject(COSName.K);
                        COSArray array = kids instanceof COSArray a ? a : new COSArray(List.of(kids));
                        array.add(COSInteger.get(run.mcid()));
                        element.getCOSObject().setItem(COSName.K, array);
                    } else {
                        element = new PDStructureElement(run.role(), body);
                        element.setPage(page);
                        element.getCOSObject().setInt(COSName.K, run.mcid());
                        if (run.alt() != null) {
                            element.setAlternateDescription(run.alt());
                        }
                        body.appendKid(element);
                    }
                    byMcid.set(run.mcid(), element);
                    previous = run;
                }
                page.getCOSObject().setInt(COSName.STRUCT_PARENTS, pageIndex);
                page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
                parentTree.add(COSInteger.get(pageIndex));
                parentTree.add(byMcid);
                pageIndex++;
            }
            COSDictionary parentTreeRoot = new COSDictionary();
            parentTreeRoot.setItem(COSName.NUMS, parentTree);
            root.getCOSObject().setItem(COSName.PARENT_TREE, parentTreeRoot);
            root.getCOSObject().setInt(COSName.PARENT_TREE_NEXT_KEY, pageIndex);
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            COSDictionary viewer = new COSDictionary();
            viewer.setItem(COSName.getPDFName("DisplayDocTitle"), COSBoolean.TRUE);
            catalog.getCOSObject().setItem(COSName.VIEWER_PREFERENCES, viewer);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(document.getDocumentInformation(), catalog.getLanguage(), archival)
                    .getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
            if (archival) {
                catalog.addOutputIntent(srgbIntent(document));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(laidOut.length + 16 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tag the report", e);
        }
    }

    /**
     * OpenPDF writes a CIDSet for each font subset that lists only the glyphs the text uses, while the subset also
     * carries others (.notdef, composite parts): veraPDF fails it (PDF/UA-1 7.21.4.2-2, PDF/A-2 6.2.11.4.2-2). Both
     * standards make CIDSet optional, so it goes.
     */
    private static void dropIncompleteCidSets(PDDocument document) {
        for (COSObject descriptor : document.getDocument().getObjectsByType(COSName.FONT_DESC)) {
            if (descriptor.getObject() instanceof COSDictionary dictionary) {
                dictionary.removeItem(COSName.CID_SET);
            }
        }
    }

    /**
     * Runs sorted by height, top first; runs within 4 pt of the first run of a band read as one line, in content
     * order (a label and its value set in different sizes do not quite share a baseline).
     */
    static List<PdfTagger.Tagged> topToBottom(List<PdfTagger.Tagged> runs) {
        List<PdfTagger.Tagged> byHeight = new ArrayList<>(runs);
        byHeight.sort(Comparator.comparingDouble((PdfTagger.Tagged t) -> Float.isNaN(t.y()) ? 0 : -t.y()));
        List<PdfTagger.Tagged> ordered = new ArrayList<>(runs.size());
        List<PdfTagger.Tagged> band = new ArrayList<>();
        for (PdfTagger.Tagged run : byHeight) {
            if (!band.isEmpty() && Math.abs(band.getFirst().y() - run.y()) > 4) {
                band.sort(Comparator.comparingInt(PdfTagger.Tagged::mcid));
                ordered.addAll(band);
                band.clear();
            }
            band.add(run);
        }
        band.sort(Comparator.comparingInt(PdfTagger.Tagged::mcid));
        ordered.addAll(band);
        return ordered;
    }

    /**
     * The next line of one paragraph: same text object, same role, next in content order, and it starts in the face
     * the line before ended in (a new paragraph of the page's free text starts with its own face or bullet).
     */
    private static boolean continues(PdfTagger.Tagged previous, PdfTagger.Tagged run) {
        return previous != null && run.textObject() >= 0 && run.textObject() == previous.textObject()
                && run.role().equals(previous.role()) && run.mcid() == previous.mcid() + 1
                && run.firstFace().equals(previous.lastFace())
                && !run.role().startsWith("H");
    }

    private static PDOutputIntent srgbIntent(PDDocument document) throws IOException {
        try (InputStream icc = PdfStandards.class.getResourceAsStream(SRGB)) {
            if (icc == null) {
                throw new IllegalStateException(SRGB + " is not on the class path (reports/color in the sources)");
            }
            PDOutputIntent intent = new PDOutputIntent(document, icc);
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            return intent;
        }
    }

    /**
     * XMP equal to the document information dictionary (PDF/A-2, ISO 19005-2, 6.6.3), with the PDF/UA-1 identifier
     * and, for archival reports, the PDF/A-2b one; PDF/A asks for an extension schema describing pdfuaid.
     */
    static String xmp(PDDocumentInformation info, String language, boolean archival) {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
        if (archival) {
            x.append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                    .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                    .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                    .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
        }
        x.append(">\n");
        x.append("<dc:format>application/pdf</dc:format>\n");
        x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.getTitle()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (info.getAuthor() != null) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(info.getAuthor()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (info.getSubject() != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.getSubject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (language != null) {
            x.append("<dc:language><rdf:Bag><rdf:li>").append(escape(language)).append("</rdf:li></rdf:Bag></dc:language>\n");
        }
        element(x, "xmp:CreatorTool", info.getCreator());
        element(x, "xmp:CreateDate", date(info.getCreationDate()));
        element(x, "xmp:ModifyDate", date(info.getModificationDate()));
        element(x, "pdf:Producer", info.getProducer());
        x.append("<pdfuaid:part>1</pdfuaid:part>\n");
        if (archival) {
            x.append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n");
            x.append("""
                    <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                    <pdfaProperty:name>part</pdfaProperty:name>
                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                    <pdfaProperty:category>internal</pdfaProperty:category>
                    <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                    </rdf:li></rdf:Seq></pdfaSchema:property>
                    </rdf:li></rdf:Bag></pdfaExtension:schemas>
                    """);
        }
        x.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return x.toString();
    }

    private static void element(StringBuilder x, String name, String value) {
        if (value != null) {
            x.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
        }
    }

    private static String date(Calendar calendar) {
        return calendar == null ? null
                : XMP_DATE.format(calendar.toInstant().atOffset(ZoneOffset.UTC));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
