package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.PainRegion;
import clinic.stride.intake.Side;
import clinic.stride.vocabulary.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PainMapDrawingTest {

    private static final Pattern REGION_ID = Pattern.compile("(front|back)-([a-z-]+)-(left|right)");

    /** Regions a patient can only point at from one side of the body. */
    private static final Set<String> FRONT_ONLY = Set.of("groin", "knee");
    private static final Set<String> BACK_ONLY = Set.of("buttock", "lower_back", "back_of_leg");

    @Test
    void shouldOfferEveryRegionOnBothSidesWhenBodyMapIsParsedWithThePlainJdkDom() throws Exception {
        List<Element> regions = regionElements();
        Set<String> seen = new HashSet<>();
        for (Element region : regions) {
            seen.add(region.getAttribute("data-region") + "/" + region.getAttribute("data-side"));
        }
        for (PainRegion region : PainRegion.values()) {
            for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
                assertTrue(seen.contains(region.code() + "/" + side.code()),
                        "body map shows " + region.code() + " on the " + side.code());
            }
        }
    }

    @Test
    void shouldNameEachRegionShapeConsistentlyWhenBodyMapIsParsed() throws Exception {
        Set<String> ids = new HashSet<>();
        for (Element region : regionElements()) {
            String id = region.getAttribute("id");
            var matcher = REGION_ID.matcher(id);
            assertTrue(matcher.matches(), "id pattern: " + id);
            String code = region.getAttribute("data-region");
            String view = matcher.group(1);
            assertAll(id,
                    () -> assertEquals(code.replace('_', '-'), matcher.group(2), "id names the region"),
                    () -> assertEquals(region.getAttribute("data-side"), matcher.group(3), "id names the side"),
                    () -> assertEquals(view, ((Element) region.getParentNode().getParentNode()).getAttribute("id"),
                            "shape sits in its view's group"),
                    () -> assertFalse(view.equals("back") && FRONT_ONLY.contains(code), "front-only region"),
                    () -> assertFalse(view.equals("front") && BACK_ONLY.contains(code), "back-only region"));
            assertTrue(ids.add(id), "unique id " + id);
        }
    }

    @Test
    void shouldKeepTheBodyMapSelfContainedWhenServedToBrowsersAndPdfs() throws IOException {
        String svg = new String(bodyMapBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertAll(
                () -> assertFalse(svg.contains("href"), "no external references"),
                () -> assertFalse(svg.contains("<image"), "no raster images"),
                () -> assertFalse(svg.contains("<text"), "no text"));
    }

    @Test
    void shouldPutThePatientsLeftOnTheReadersRightWhenViewIsFront() {
        PainMapDrawing map = PainMapDrawing.bodyMap();
        for (PainMapDrawing.RegionShape shape : map.regionShapes()) {
            double x = PainMapDrawing.centreOf(shape).getX();
            double centre = shape.view().equals("front") ? 85 : 265;   // translate() of each view in the SVG
            boolean onReadersRight = x > centre;
            boolean patientsLeft = shape.side() == Side.LEFT;
            assertEquals(shape.view().equals("front") == patientsLeft, onReadersRight,
                    shape.id() + " drawn on the wrong half");
        }
    }

    @Test
    void shouldShadeOnlyTheReportedSideWhenOneSideHurts() throws IOException {
        int none = fillCount(EnumSet.noneOf(PainRegion.class), Side.BOTH);
        int left = fillCount(EnumSet.of(PainRegion.OUTER_HIP, PainRegion.GROIN), Side.LEFT);
        int both = fillCount(EnumSet.of(PainRegion.OUTER_HIP, PainRegion.GROIN), Side.BOTH);
        // outer hip: front and back view; groin: front only -> 3 shapes per side
        assertEquals(3, left - none, "shaded shapes on the left");
        assertEquals(6, both - none, "shaded shapes on both sides");
    }

    @Test
    void shouldLeaveSampleMapsWhenEveryRegionIsReported() {
        byte[] pdf = SamplePdf.onePage((document, writer) -> {
            PainMapDrawing map = PainMapDrawing.bodyMap();
            map.draw(writer.getDirectContent(), new Rectangle(30, 430, 300, 812),
                    EnumSet.allOf(PainRegion.class), Side.BOTH, BodyMapCaptions.in(Language.EN));
            map.draw(writer.getDirectContent(), new Rectangle(300, 430, 565, 812),
                    EnumSet.of(PainRegion.LOWER_BACK, PainRegion.BUTTOCK, PainRegion.BACK_OF_LEG), Side.RIGHT,
                    BodyMapCaptions.in(Language.ES));
            map.draw(writer.getDirectContent(), new Rectangle(30, 40, 300, 420),
                    EnumSet.of(PainRegion.GROIN, PainRegion.KNEE, PainRegion.OUTER_THIGH), Side.LEFT,
                    BodyMapCaptions.in(Language.EN));
            map.draw(writer.getDirectContent(), new Rectangle(300, 40, 565, 420),
                    EnumSet.noneOf(PainRegion.class), Side.BOTH);
        });
        SamplePdf.keep("body-maps.pdf", pdf);
        assertTrue(pdf.length > 0);
    }

    /** Fill operators (fill, or fill and stroke) on a page with just the map, to count shaded shapes. */
    private static int fillCount(Set<PainRegion> reported, Side side) throws IOException {
        byte[] pdf = SamplePdf.onePage((document, writer) -> PainMapDrawing.bodyMap()
                .draw(writer.getDirectContent(), new Rectangle(40, 300, 400, 800), reported, side));
        try (PDDocument read = SamplePdf.read(pdf)) {
            return (int) SamplePdf.operators(read.getPage(0)).stream().filter(FILLS::contains).count();
        }
    }

    private static final Set<String> FILLS = Set.of("f", "f*", "F", "B", "B*", "b", "b*");

    private static List<Element> regionElements() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg;
        try (InputStream in = new java.io.ByteArrayInputStream(bodyMapBytes())) {
            svg = factory.newDocumentBuilder().parse(in);
        }
        NodeList all = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "*");
        List<Element> regions = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getAttribute("class").equals("region")) {
                regions.add(element);
            }
        }
        assertFalse(regions.isEmpty(), "body map has region shapes");
        return regions;
    }

    private static byte[] bodyMapBytes() throws IOException {
        try (InputStream in = PainMapDrawing.class.getResourceAsStream(PainMapDrawing.RESOURCE)) {
            assertTrue(in != null, "body map packaged at " + PainMapDrawing.RESOURCE);
            return in.readAllBytes();
        }
    }
}
