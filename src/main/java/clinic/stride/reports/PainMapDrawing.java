package clinic.stride.reports;

import clinic.stride.reports.pdf.PdfPaths;
import clinic.stride.reports.pdf.SvgArtwork;
import clinic.stride.reports.pdf.ReportFonts;
import clinic.stride.intake.PainRegion;
import clinic.stride.intake.Side;
import clinic.stride.vocabulary.Coded;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.batik.gvt.GraphicsNode;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The body map ({@code /reports/body-map.svg}, front and back views) with the regions a patient reported shaded,
 * as on the intake page, for the clinician summary and the handout.
 *
 * <p>Which shape is which region is read from the SVG's {@code data-region} and {@code data-side} attributes, not
 * from ids written in Java, so the web page and the PDF cannot disagree. Loading fails if any {@link PainRegion}
 * has no shape for both sides: a region the map cannot show would silently vanish from a clinician's report.
 */
public final class PainMapDrawing {

    static final String RESOURCE = "/reports/body-map.svg";

    /** Translucent, so the outline and the dashed region borders stay visible through the shading. */
    private static final Color SHADE = new Color(214, 40, 40, 120);
    private static final Color SHADE_EDGE = new Color(176, 28, 28);
    private static final Color CAPTION = new Color(61, 72, 82);
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final SvgArtwork artwork;
    private final List<RegionShape> regions;
    private final Rectangle2D frontView;
    private final Rectangle2D backView;

    /** A region outline in SVG user units of the whole drawing. */
    record RegionShape(String id, String view, PainRegion region, Side side, Shape outline) {
    }

    private PainMapDrawing(SvgArtwork artwork) {
        this.artwork = artwork;
        this.regions = List.copyOf(readRegions(artwork));
        this.frontView = viewBounds(artwork, "front");
        this.backView = viewBounds(artwork, "back");
        checkEveryRegionDrawn(regions);
    }

    /** The body map, parsed once and shared. */
    public static PainMapDrawing bodyMap() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final PainMapDrawing INSTANCE = new PainMapDrawing(SvgArtwork.load(RESOURCE));
    }

    /** Region shapes as found in the SVG; for tests and for callers that build their own legend. */
    List<RegionShape> regionShapes() {
        return regions;
    }

    /** Draws the map without captions, e.g. where the page already explains the two views. */
    public void draw(PdfContentByte canvas, Rectangle area, Set<PainRegion> reported, Side side) {
        draw(canvas, area, reported, side, null);
    }

    /**
     * Draws both views into {@code area}, keeping the figure's proportions, with the reported regions on the given
     * side shaded on every view that shows them.
     *
     * @param reported regions that hurt; may be empty (an unshaded map)
     * @param side     which side hurts; {@link Side#BOTH} shades left and right
     * @param captions view and side captions in the reader's language, or {@code null} for none
     */
    public void draw(PdfContentByte canvas, Rectangle area, Set<PainRegion> reported, Side side,
                     BodyMapCaptions captions) {
        Objects.requireNonNull(side, "side");
        draw(canvas, area, reported, region -> side, captions);
    }

    /**
     * As {@link #draw(PdfContentByte, Rectangle, Set, Side, BodyMapCaptions)}, each region on its own side
     * ({@link clinic.stride.intake.Pain#sideOf}): a right hip and a left lower back are shaded just there.
     */
    public void draw(PdfContentByte canvas, Rectangle area, Set<PainRegion> reported,
                     java.util.function.Function<PainRegion, Side> sideOf, BodyMapCaptions captions) {
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(sideOf, "sideOf");
        Set<PainRegion> wanted = reported.isEmpty() ? EnumSet.noneOf(PainRegion.class) : EnumSet.copyOf(reported);
        float captionSize = captions == null ? 0 : captionSize(area);
        double band = captions == null ? 0 : captionSize * 1.7;
        Rectangle2D figureBox = new Rectangle2D.Double(0, band, area.getWidth(), area.getHeight() - 2 * band);
        AffineTransform fit = artwork.fitInto(figureBox);
        // The outline is the same for every patient: copied in ready-made (SvgArtwork.place). Shading and captions
        // are written as PDF operators and text straight away; going through Graphics2D for a few shapes and six
        // words cost more than the rest of the map.
        artwork.place(canvas, area, figureBox);
        AffineTransform toPage = new AffineTransform(1, 0, 0, -1, area.getLeft(), area.getTop());
        toPage.concatenate(fit);
        shade(canvas, toPage, fit.getScaleX(), wanted, sideOf);
        if (captions != null) {
            caption(canvas, toPage, captions, captionSize);
        }
    }

    private void shade(PdfContentByte canvas, AffineTransform toPage, double scale, Set<PainRegion> wanted,
                       java.util.function.Function<PainRegion, Side> sideOf) {
        List<RegionShape> shaded = regions.stream()
                .filter(shape -> wanted.contains(shape.region())
                        && (sideOf.apply(shape.region()) == Side.BOTH || shape.side() == sideOf.apply(shape.region())))
                .toList();
        if (shaded.isEmpty()) {
            return;
        }
        canvas.saveState();
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(SHADE.getAlpha() / 255f);
        canvas.setGState(translucent);
        canvas.setRGBColorFill(SHADE.getRed(), SHADE.getGreen(), SHADE.getBlue());
        canvas.setColorStroke(SHADE_EDGE);
        canvas.setLineWidth((float) (1.2 * scale));
        canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        for (RegionShape shape : shaded) {
            PdfPaths.trace(canvas, shape.outline(), toPage);
            canvas.fillStroke();
        }
        canvas.restoreState();
    }

    private void caption(PdfContentByte canvas, AffineTransform toPage, BodyMapCaptions captions, float size) {
        // Bounds of each view on the page (PDF space, y up).
        Rectangle2D front = toPage.createTransformedShape(frontView).getBounds2D();
        Rectangle2D back = toPage.createTransformedShape(backView).getBounds2D();
        float top = (float) (front.getMaxY() + size * 0.6);
        float bottom = (float) (front.getMinY() - size * 1.3);
        BaseFont bold = ReportFonts.embedded().bold();
        BaseFont regular = ReportFonts.embedded().regular();
        canvas.beginText();
        canvas.setColorFill(CAPTION);
        canvas.setFontAndSize(bold, size);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, captions.front(), (float) front.getCenterX(), top, 0);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, captions.back(), (float) back.getCenterX(), top, 0);
        // The front view faces the reader, so the patient's right is on the reader's left; the back view is not
        // mirrored. Labels sit under the feet, inside each view's width.
        canvas.setFontAndSize(regular, size * 0.9f);
        float inset = (float) (front.getWidth() * 0.22);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, captions.right(), (float) front.getMinX() + inset, bottom, 0);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, captions.left(), (float) front.getMaxX() - inset, bottom, 0);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, captions.left(), (float) back.getMinX() + inset, bottom, 0);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, captions.right(), (float) back.getMaxX() - inset, bottom, 0);
        canvas.endText();
    }

    private static float captionSize(Rectangle area) {
        // About 3.5% of the height reads well from a thumbnail up to a full page; clamped to stay legible and modest.
        return (float) Math.max(7, Math.min(12, area.getHeight() * 0.035));
    }

    private static List<RegionShape> readRegions(SvgArtwork artwork) {
        List<RegionShape> found = new ArrayList<>();
        NodeList elements = artwork.document().getElementsByTagNameNS(SVG_NS, "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (!List.of(element.getAttribute("class").split("\\s+")).contains("region")) {
                continue;
            }
            String id = element.getAttribute("id");
            PainRegion region = codeOf(PainRegion.class, element.getAttribute("data-region"), id);
            Side side = codeOf(Side.class, element.getAttribute("data-side"), id);
            GraphicsNode node = artwork.nodeOf(element);
            if (node == null) {
                throw new IllegalStateException(RESOURCE + ": region " + id + " draws nothing");
            }
            Shape outline = node.getGlobalTransform().createTransformedShape(node.getOutline());
            String view = ((Element) element.getParentNode().getParentNode()).getAttribute("id");
            found.add(new RegionShape(id, view, region, side, outline));
        }
        return found;
    }

    private static <E extends Enum<E> & Coded> E codeOf(Class<E> type, String code, String id) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalStateException(RESOURCE + ": region " + id + " has unknown "
                + type.getSimpleName().toLowerCase(Locale.ROOT) + " code '" + code + "'");
    }

    private static Rectangle2D viewBounds(SvgArtwork artwork, String viewId) {
        Element view = artwork.document().getElementById(viewId);
        GraphicsNode node = view == null ? null : artwork.nodeOf(view);
        if (node == null) {
            throw new IllegalStateException(RESOURCE + " has no view with id '" + viewId + "'");
        }
        return node.getGlobalTransform().createTransformedShape(node.getBounds()).getBounds2D();
    }

    private static void checkEveryRegionDrawn(List<RegionShape> regions) {
        for (PainRegion region : PainRegion.values()) {
            for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
                boolean drawn = regions.stream().anyMatch(r -> r.region() == region && r.side() == side);
                if (!drawn) {
                    throw new IllegalStateException(RESOURCE + " has no shape for " + region.code() + " on the "
                            + side.code() + " side");
                }
            }
        }
    }

    /** Centre of a region's outline in SVG user units, for tests that check left and right are not swapped. */
    static Point2D centreOf(RegionShape shape) {
        Rectangle2D b = shape.outline().getBounds2D();
        return new Point2D.Double(b.getCenterX(), b.getCenterY());
    }
}
