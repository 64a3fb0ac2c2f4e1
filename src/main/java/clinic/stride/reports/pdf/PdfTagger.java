package clinic.stride.reports.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Marks the content of one page for a tagged PDF (ISO 32000-1, 14.7-14.8; PDF/UA-1, 7.1): every run of text becomes
 * a marked-content sequence with an MCID (a heading or a paragraph, told apart by its type face and size, see
 * {@link TextRoles}), every drawing the layout marked as a figure keeps its place and gets an MCID, and every other
 * line, rule and background becomes an artifact.
 *
 * <p>Why after the fact: OpenPDF 3.0 lays paragraphs and tables out without writing any structure (its
 * {@code PdfWriter.setTagged()} only adds an empty structure tree; see docs/standards.md), so the layout's own
 * marks (figures with their alternate text, the page footer as an artifact) are the only structure it can carry.
 */
final class PdfTagger {

    /** A text run or a figure found on a page, in content order, with its MCID and where its first line sits. */
    record Tagged(int mcid, String role, float y, String alt, int textObject, String firstFace, String lastFace) {
    }

    static final COSName FIGURE = COSName.getPDFName("Figure");
    static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    /** The layout's hint of where a figure's top edge is, for pages read top to bottom; removed here. */
    static final COSName TOP = COSName.getPDFName("StrideTop");

    private static final Set<String> SHOW = Set.of("Tj", "TJ", "'", "\"");
    private static final Set<String> PAINT = Set.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*",
            "B", "B*", "b", "b*", "n", "W", "W*", "sh", "Do", "BI");

    private final PDDocument document;
    private final PDPage page;
    private final TextRoles roles;
    private final boolean lineByLine;
    private int textObjects;
    private final List<Tagged> tagged = new ArrayList<>();
    private final List<Object> out = new ArrayList<>();
    private int nextMcid;
    private boolean artifactOpen;
    /** Font resource and size in force, saved and restored with the graphics state (q/Q). */
    private COSName font;
    private float fontSize;
    private final Deque<Object[]> saved = new ArrayDeque<>();
    /** Per font and glyph code: white space or not (decoding logs a warning per unmapped code, so once). */
    private final Map<COSName, Map<Integer, Boolean>> spaces = new HashMap<>();
    private final Map<COSName, Boolean> bold = new HashMap<>();

    private PdfTagger(PDDocument document, PDPage page, TextRoles roles, boolean lineByLine) {
        this.document = document;
        this.lineByLine = lineByLine;
        this.page = page;
        this.roles = roles;
    }

    /**
     * Rewrites the page's content with marks and returns what was tagged, in content order.
     *
     * @param lineByLine mark each line of a text object on its own, for pages whose runs are then sorted by height
     *                   (OpenPDF writes all free paragraphs of a page into one text object)
     */
    static List<Tagged> tag(PDDocument document, PDPage page, TextRoles roles, boolean lineByLine) {
        PdfTagger tagger = new PdfTagger(document, page, roles, lineByLine);
        try {
            tagger.rewrite();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tag a page", e);
        }
        return tagger.tagged;
    }

    private void rewrite() throws IOException {
        List<Op> ops = ops(new PDFStreamParser(page).parse());
        int depth = 0;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            String name = op.name();
            if (depth > 0) {
                depth += name.equals("BDC") || name.equals("BMC") ? 1 : name.equals("EMC") ? -1 : 0;
                track(op);   // a figure's own font and state changes still hold after it
                emit(op);
            } else if (name.equals("BDC") || name.equals("BMC")) {
                closeArtifact();
                depth = 1;
                emit(markedByLayout(op));
            } else if (name.equals("BT")) {
                closeArtifact();
                int end = i;
                while (!ops.get(end).name().equals("ET")) {
                    end++;
                }
                text(ops.subList(i, end + 1));
                i = end;
            } else if (name.equals("q") || name.equals("Q")) {
                closeArtifact();
                track(op);
                emit(op);
            } else {
                if (PAINT.contains(name) && !artifactOpen) {
                    out.add(ARTIFACT);
                    out.add(Operator.getOperator("BMC"));
                    artifactOpen = true;
                }
                track(op);
                emit(op);
            }
        }
        closeArtifact();
        PDStream stream = new PDStream(document);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(out);
        }
        page.setContents(stream);
    }

    /** A figure the layout marked ({@code /Figure <</Alt ...>> BDC}) gets an MCID; artifacts stay as they are. */
    private Op markedByLayout(Op op) {
        if (!op.name().equals("BDC") || !FIGURE.equals(op.operands().getFirst())) {
            return op;
        }
        COSDictionary hints = (COSDictionary) op.operands().get(1);
        int mcid = nextMcid++;
        float top = hints.getFloat(TOP, Float.NaN);
        tagged.add(new Tagged(mcid, "Figure", top, hints.getString(COSName.ALT), -1, "", ""));
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        return new Op(List.of(FIGURE, properties), op.operator());
    }

    /**
     * One text object (BT ... ET): split where the role changes (a heading set in a cell above its paragraph), each
     * part marked with its own MCID. Marks begin after BT and end before ET (ISO 32000-1, 14.6: a sequence begun in
     * a text object ends in it).
     */
    private void text(List<Op> ops) {
        float lineY = 0;
        float leading = 0;
        List<List<Op>> parts = new ArrayList<>();
        List<String> partRoles = new ArrayList<>();
        List<Float> partYs = new ArrayList<>();
        List<String> firstFaces = new ArrayList<>();
        List<String> lastFaces = new ArrayList<>();
        List<Boolean> shown = new ArrayList<>();
        List<Op> current = new ArrayList<>();
        String currentRole = null;
        int afterLastShow = 0;
        int textObject = textObjects++;
        for (Op op : ops.subList(1, ops.size() - 1)) {
            switch (op.name()) {
                case "Tm" -> lineY = number(op, 5);
                case "Td" -> lineY += number(op, 1);
                case "TD" -> {
                    lineY += number(op, 1);
                    leading = -number(op, 1);
                }
                case "TL" -> leading = number(op, 0);
                case "T*", "'", "\"" -> lineY -= leading;
                default -> {
                }
            }
            track(op);
            if (SHOW.contains(op.name())) {
                String role = roles.roleOf(isBold(font), fontSize);
                boolean newLine = lineByLine && currentRole != null && lineY != partYs.getLast();
                if (currentRole != null && (!role.equals(currentRole) || newLine)) {
                    int split = role.equals(currentRole) ? afterLastShow : Math.max(afterLastShow, lastFontChange(current));
                    List<Op> next = new ArrayList<>(current.subList(split, current.size()));
                    current.subList(split, current.size()).clear();
                    parts.add(current);
                    current = next;
                    currentRole = null;
                    afterLastShow = 0;
                }
                String face = font + "@" + fontSize;
                if (currentRole == null) {
                    currentRole = role;
                    partRoles.add(role);
                    partYs.add(lineY);
                    firstFaces.add(face);
                    lastFaces.add(face);
                    shown.add(false);
                }
                lastFaces.set(lastFaces.size() - 1, face);
                if (!shown.getLast() && !blank(op)) {
                    shown.set(shown.size() - 1, true);
                }
            }
            current.add(op);
            if (SHOW.contains(op.name())) {
                afterLastShow = current.size();
            }
        }
        if (currentRole == null && !parts.isEmpty()) {
            parts.getLast().addAll(current);
        } else {
            parts.add(current);
        }
        emit(ops.getFirst());
        for (int p = 0; p < parts.size(); p++) {
            if (p >= partRoles.size()) {
                parts.get(p).forEach(this::emit);   // a text object that shows nothing
                continue;
            }
            if (!shown.get(p)) {
                // OpenPDF sets the space after a paragraph as a line holding one space: an artifact, not a paragraph.
                out.add(ARTIFACT);
                out.add(Operator.getOperator("BMC"));
                parts.get(p).forEach(this::emit);
                out.add(Operator.getOperator("EMC"));
                continue;
            }
            int mcid = nextMcid++;
            tagged.add(new Tagged(mcid, partRoles.get(p), partYs.get(p), null, textObject, firstFaces.get(p),
                    lastFaces.get(p)));
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            out.add(COSName.getPDFName(partRoles.get(p)));
            out.add(properties);
            out.add(Operator.getOperator("BDC"));
            parts.get(p).forEach(this::emit);
            out.add(Operator.getOperator("EMC"));
        }
        emit(ops.getLast());
    }

    /** Whether every glyph a show operator shows is white space, decoded through the font in force. */
    private boolean blank(Op show) {
        for (COSBase operand : show.operands()) {
            List<? extends COSBase> pieces = operand instanceof COSArray array ? array.toList() : List.of(operand);
            for (COSBase piece : pieces) {
                if (piece instanceof COSString string && !whitespace(string.getBytes(), font)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean whitespace(byte[] codes, COSName fontName) {
        try {
            PDFont pdFont = page.getResources().getFont(fontName);
            InputStream in = new ByteArrayInputStream(codes);
            while (in.available() > 0) {
                int code = pdFont.readCode(in);
                Boolean space = spaces.computeIfAbsent(fontName, f -> new HashMap<>()).computeIfAbsent(code, c -> {
                    String unicode = pdFont.toUnicode(c);
                    return unicode == null || unicode.isBlank();
                });
                if (!space) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the ops that set the new face begin: the last Tf, so the new part starts with its own font. */
    private static int lastFontChange(List<Op> ops) {
        for (int i = ops.size() - 1; i >= 0; i--) {
            if (ops.get(i).name().equals("Tf")) {
                return i;
            }
        }
        return ops.size();
    }

    private void track(Op op) {
        switch (op.name()) {
            case "Tf" -> {
                font = (COSName) op.operands().get(0);
                fontSize = ((COSNumber) op.operands().get(1)).floatValue();
            }
            case "q" -> saved.push(new Object[] {font, fontSize});
            case "Q" -> {
                if (!saved.isEmpty()) {
                    Object[] state = saved.pop();
                    font = (COSName) state[0];
                    fontSize = (Float) state[1];
                }
            }
            default -> {
            }
        }
    }

    private boolean isBold(COSName fontName) {
        return bold.computeIfAbsent(fontName == null ? COSName.getPDFName("none") : fontName, this::boldFace);
    }

    private boolean boldFace(COSName fontName) {
        try {
            PDResources resources = page.getResources();
            PDFont pdFont = fontName == null || resources == null ? null : resources.getFont(fontName);
            return pdFont != null && pdFont.getName() != null && pdFont.getName().contains("Bold");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeArtifact() {
        if (artifactOpen) {
            out.add(Operator.getOperator("EMC"));
            artifactOpen = false;
        }
    }

    private void emit(Op op) {
        out.addAll(op.operands());
        out.add(op.operator());
    }

    private static float number(Op op, int index) {
        return ((COSNumber) op.operands().get(index)).floatValue();
    }

    /** An operator with its operands, as the content stream gives them. */
    private record Op(List<COSBase> operands, Operator operator) {

        String name() {
            return operator.getName();
        }
    }

    private static List<Op> ops(List<Object> tokens) {
        List<Op> ops = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (token instanceof Operator operator) {
                ops.add(new Op(List.copyOf(operands), operator));
                operands.clear();
            } else {
                operands.add((COSBase) token);
            }
        }
        return ops;
    }
}
