package clinic.stride.reports.pdf;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.w3c.dom.svg.SVGDocument;

/**
 * One SVG file from the class path, parsed once into Batik's graphics tree (GVT) and painted as vectors onto any
 * {@link Graphics2D}, scaled to fit a rectangle.
 *
 * <p>Parsing and building the tree costs milliseconds; painting a built tree costs microseconds. Handouts are printed
 * many times a day, so each file is parsed once per class loader and kept. Batik does not promise that painting one
 * tree from several threads at once is safe (nodes compute bounds and caches lazily), so {@link #paint} takes the
 * tree's lock; a paint is short enough that handouts printed in parallel hardly wait.
 *
 * <p>Painting through OpenPDF's {@code PdfGraphics2D} is where a report's time goes, though: every path point
 * becomes a formatted number, and the body map's operators then cost a deflate of 20 KB per report (together about
 * a third of what a whole text-only summary costs). A drawing never changes, so {@link #place} paints it once into a
 * one-page PDF of its own and copies that page into each report as a form XObject: OpenPDF copies the page's
 * already-compressed stream and its resources as they are.
 */
public final class SvgArtwork {

    private static final Map<String, SvgArtwork> LOADED = new ConcurrentHashMap<>();
    private static final java.util.regex.Pattern DOCTYPE = java.util.regex.Pattern.compile("<!DOCTYPE[^>\\[]*",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final String resource;
    private final GraphicsNode tree;
    private final SVGDocument document;
    private final BridgeContext bridge;
    private final double width;
    private final double height;
    /** The drawing alone as a one-page PDF, made on the first {@link #place}. */
    private volatile byte[] asPdf;

    private SvgArtwork(String resource, SVGDocument document, BridgeContext bridge, GraphicsNode tree) {
        this.resource = resource;
        this.document = document;
        this.bridge = bridge;
        this.tree = tree;
        Dimension2D size = bridge.getDocumentSize();
        this.width = size.getWidth();
        this.height = size.getHeight();
    }

    /**
     * The artwork at {@code resource} (an absolute class-path name such as {@code /reports/body-map.svg}), parsed on
     * first use.
     *
     * @throws ArtworkNotFoundException when no such resource exists
     */
    public static SvgArtwork load(String resource) {
        Objects.requireNonNull(resource, "resource");
        SvgArtwork known = LOADED.get(resource);
        if (known != null) {
            return known;
        }
        // Parse outside computeIfAbsent: a failure must not poison the map, and parsing may take a while.
        SvgArtwork parsed = parse(resource);
        SvgArtwork raced = LOADED.putIfAbsent(resource, parsed);
        return raced != null ? raced : parsed;
    }

    private static SvgArtwork parse(String resource) {
        URL url = SvgArtwork.class.getResource(resource);
        if (url == null) {
            throw ArtworkNotFoundException.forResource(resource);
        }
        try (InputStream in = url.openStream()) {
            return parse(resource, url.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * A drawing that is not one of Stride's own files (the clinic's logo), parsed now and not kept: scripts and
     * external files are refused as for Stride's own.
     *
     * @throws IllegalStateException when Batik cannot build a drawing from it
     */
    public static SvgArtwork parse(String name, byte[] svg) {
        // Batik reads the W3C SVG document types from its own copies; any other would be fetched from wherever it
        // points, at print time. A logo needs none.
        String text = new String(svg, java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher doctype = DOCTYPE.matcher(text);
        while (doctype.find()) {
            boolean internalSubset = doctype.end() < text.length() && text.charAt(doctype.end()) == '[';
            if (!doctype.group().contains("-//W3C//DTD SVG") || internalSubset) {
                throw new IllegalStateException(name + " declares a document type other than SVG's");
            }
        }
        try (InputStream in = new java.io.ByteArrayInputStream(svg)) {
            return parse(name, "file:///stride/" + name, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static SvgArtwork parse(String resource, String uri, InputStream in) throws IOException {
        try {
            SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            SVGDocument document = factory.createSVGDocument(uri, in);
            SealedUserAgent agent = new SealedUserAgent();
            BridgeContext bridge = new BridgeContext(agent, new DocumentLoader(agent));
            // INTERACTIVE, not STATIC: only then does Batik record which node each element built, which the body map
            // needs to find its region shapes. Scripts and animation would need DYNAMIC and stay off.
            bridge.setDynamicState(BridgeContext.INTERACTIVE);
            GraphicsNode tree = new GVTBuilder().build(bridge, document);
            return new SvgArtwork(resource, document, bridge, tree);
        } catch (BridgeException e) {
            throw new IllegalStateException("invalid SVG in " + resource + ": " + e.getMessage(), e);
        }
    }

    public String resource() {
        return resource;
    }

    /** Width of the drawing in SVG user units (its viewBox). */
    public double width() {
        return width;
    }

    /** Height of the drawing in SVG user units (its viewBox). */
    public double height() {
        return height;
    }

    public SVGDocument document() {
        return document;
    }

    /** The node built for one element, or {@code null} if it draws nothing; for callers that look up shapes. */
    public GraphicsNode nodeOf(org.w3c.dom.Element element) {
        return bridge.getGraphicsNode(element);
    }

    /**
     * Maps SVG user units onto {@code box}, keeping the proportions and centring the drawing (SVG's default
     * {@code preserveAspectRatio="xMidYMid meet"}), so a figure is never stretched.
     */
    public AffineTransform fitInto(Rectangle2D box) {
        double scale = Math.min(box.getWidth() / width, box.getHeight() / height);
        double x = box.getX() + (box.getWidth() - width * scale) / 2;
        double y = box.getY() + (box.getHeight() - height * scale) / 2;
        AffineTransform fit = AffineTransform.getTranslateInstance(x, y);
        fit.scale(scale, scale);
        return fit;
    }

    /** Paints the whole drawing with {@code userToDevice} applied (see {@link #fitInto}). */
    public void paint(Graphics2D g2, AffineTransform userToDevice) {
        AffineTransform saved = g2.getTransform();
        try {
            g2.transform(userToDevice);
            synchronized (tree) {
                tree.paint(g2);
            }
        } finally {
            g2.setTransform(saved);
        }
    }

    /**
     * Draws the whole drawing into {@code area} of a PDF page, fitted into {@code box} (coordinates inside the area,
     * origin top-left and y down, as on {@link AreaGraphics}), keeping proportions and centred. The same vectors as
     * {@link #paint}, at a fraction of the cost (see the class comment).
     */
    public void place(PdfContentByte canvas, Rectangle area, Rectangle2D box) {
        AffineTransform fit = fitInto(box);
        // fit maps SVG units (y down) into the area (y down); the copied page has its origin bottom-left (y up).
        float scale = (float) fit.getScaleX();
        float left = (float) (area.getLeft() + fit.getTranslateX());
        float bottom = (float) (area.getTop() - fit.getTranslateY() - height * fit.getScaleY());
        PdfWriter writer = canvas.getPdfWriter();
        try {
            PdfReader reader = new PdfReader(pdf());
            canvas.addTemplate(writer.getImportedPage(reader, 1), scale, 0, 0, scale, left, bottom);
            // Writes the copied page now, in drawing order. Left to the end, OpenPDF writes the pages of all
            // readers in hash order, and the same report would not come out byte for byte the same twice.
            writer.freeReader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the drawing " + resource + " into the report", e);
        }
    }

    private byte[] pdf() {
        byte[] made = asPdf;
        if (made == null) {
            synchronized (this) {
                made = asPdf;
                if (made == null) {
                    made = paintAlone();
                    asPdf = made;
                }
            }
        }
        return made;
    }

    private byte[] paintAlone() {
        Rectangle size = new Rectangle((float) width, (float) height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document alone = new Document(size, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(alone, out);
        alone.open();
        AreaGraphics.paint(writer.getDirectContent(), size, g2 -> paint(g2, new AffineTransform()));
        alone.close();
        return out.toByteArray();
    }

    /**
     * Refuses every script and every external file: Stride's SVGs are self-contained by design, and a drawing that
     * tried to fetch something would otherwise make report printing depend on the network.
     */
    private static final class SealedUserAgent extends UserAgentAdapter {
        @Override
        public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptURL, ParsedURL docURL) {
            return new NoLoadScriptSecurity(scriptType);
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceURL, ParsedURL docURL) {
            return new NoLoadExternalResourceSecurity();
        }

        @Override
        public void displayError(Exception e) {
            // UserAgentAdapter only prints to stderr; a broken drawing must fail the report instead.
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }
}
