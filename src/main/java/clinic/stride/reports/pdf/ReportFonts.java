package clinic.stride.reports.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.List;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.FontSelector;

/**
 * The typefaces every Stride PDF uses: Liberation Sans regular, bold and italic from {@code /reports/fonts}, embedded
 * (as subsets) so that Spanish text such as "¿Le duele la cadera?" prints the same on any reader and printer, with
 * none of the standard-14 fonts whose Latin-1 encodings depend on the viewer.
 *
 * <p>The font files are read once per class loader. {@link BaseFont}s are safe to share between documents: which
 * glyphs a document used is recorded by that document's writer, not in the font. {@link Font}s are mutable, so every
 * call returns a new one.
 */
public final class ReportFonts {

    /** Type sizes of one reading size. */
    public enum Scale {
        /** Clinician summaries and ordinary handouts. */
        NORMAL(10.5f, 15f, 8.5f),
        /**
         * Large print for patients with poor sight: body text of 16 pt or more, as large-print guidance (for
         * example the UK Royal National Institute of Blind People's Clear Print guide) recommends.
         */
        LARGE_PRINT(16f, 22f, 13f);

        private final float body;
        private final float heading;
        private final float small;

        Scale(float body, float heading, float small) {
            this.body = body;
            this.heading = heading;
            this.small = small;
        }

        public float bodySize() {
            return body;
        }

        public float headingSize() {
            return heading;
        }

        public float smallSize() {
            return small;
        }
    }

    private static final String FOLDER = "/reports/fonts/";

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final java.awt.Font awtRegular;
    private final java.awt.Font awtBold;
    private final java.awt.Font awtItalic;
    private final FontMapper mapper;
    private final List<FallbackFaces.Face> fallbacks;

    private ReportFonts() {
        byte[] regularBytes = read("LiberationSans-Regular.ttf");
        byte[] boldBytes = read("LiberationSans-Bold.ttf");
        byte[] italicBytes = read("LiberationSans-Italic.ttf");
        regular = pdfFont("LiberationSans-Regular.ttf", regularBytes);
        bold = pdfFont("LiberationSans-Bold.ttf", boldBytes);
        italic = pdfFont("LiberationSans-Italic.ttf", italicBytes);
        awtRegular = awtFont(regularBytes);
        awtBold = awtFont(boldBytes);
        awtItalic = awtFont(italicBytes);
        mapper = new EmbeddedFontMapper();
        fallbacks = FallbackFaces.load();
    }

    /** The embedded report fonts, loaded on first use. */
    public static ReportFonts embedded() {
        return Holder.INSTANCE;
    }

    /** Lazy, thread-safe loading without locks: the JVM initialises the holder class exactly once. */
    private static final class Holder {
        private static final ReportFonts INSTANCE = new ReportFonts();
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    public BaseFont italic() {
        return italic;
    }

    /** The scripts a letter missing from Liberation Sans is looked for in ("Arabic", "Devanagari", "CJK"). */
    public List<String> fallbackScripts() {
        return fallbacks.stream().map(FallbackFaces.Face::script).toList();
    }

    /**
     * {@code text} in {@code font}, with every letter the face lacks set in the first fallback face that has it, at
     * the same size, colour and weight (OpenPDF's {@link FontSelector}). Arabic is joined and set right to left only
     * where the text is laid out with a run direction (table cells from {@link PdfBlocks}, the page footer).
     */
    public Phrase phrase(String text, Font font) {
        text = PdfText.withoutBidiControls(text);
        if (covers(text, font)) {
            return new Phrase(text, font);
        }
        FontSelector selector = new FontSelector();
        selector.addFont(font);
        boolean heavy = font.getBaseFont() == bold;
        for (FallbackFaces.Face face : fallbacks) {
            Font fallback = new Font(heavy ? face.bold() : face.regular(), font.getSize());
            fallback.setColor(font.getColor());
            selector.addFont(fallback);
        }
        return selector.process(text);
    }

    /** Whether {@code font} alone has every letter of {@code text} (or no fallback face is installed). */
    public boolean covers(String text, Font font) {
        BaseFont face = font.getBaseFont();
        if (fallbacks.isEmpty() || text == null || face == null) {
            return true;
        }
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || face.charExists(c));
    }

    /** Regular or bold at {@code size} points in {@code colour}. */
    public Font face(boolean bold, float size, java.awt.Color colour) {
        Font font = new Font(bold ? bold() : regular(), size);
        font.setColor(colour);
        return font;
    }

    public Font italicFace(float size, java.awt.Color colour) {
        Font font = new Font(italic(), size);
        font.setColor(colour);
        return font;
    }

    public Font body(Scale scale) {
        return new Font(regular, scale.bodySize());
    }

    /** Running text, bold, for emphasis inside body text. */
    public Font bodyBold(Scale scale) {
        return new Font(bold, scale.bodySize());
    }

    /** Section and page headings. */
    public Font heading(Scale scale) {
        return new Font(bold, scale.headingSize());
    }

    /** Captions, footers, chart labels. */
    public Font small(Scale scale) {
        return new Font(regular, scale.smallSize());
    }

    /** Italic small text, for notes such as "Stop if the pain gets worse". */
    public Font smallItalic(Scale scale) {
        return new Font(italic, scale.smallSize());
    }

    /**
     * The same typeface as a Java2D font, for drawing code such as JFreeChart that measures and lays out text with
     * AWT: the metrics then match the embedded PDF font exactly.
     *
     * @param style {@link java.awt.Font#PLAIN}, {@link java.awt.Font#BOLD} or {@link java.awt.Font#ITALIC}
     */
    public java.awt.Font awt(int style, float size) {
        java.awt.Font base = (style & java.awt.Font.BOLD) != 0 ? awtBold
                : (style & java.awt.Font.ITALIC) != 0 ? awtItalic : awtRegular;
        return base.deriveFont(size);
    }

    /** The face a Java2D font stands for: by the loaded face itself, or by its style for any other font. */
    private BaseFont pdfFontFor(java.awt.Font font) {
        String face = font.getFontName(java.util.Locale.ROOT);
        if (face.equals(awtBold.getFontName(java.util.Locale.ROOT)) || (font.isBold() && !font.isItalic())) {
            return bold;
        }
        if (face.equals(awtItalic.getFontName(java.util.Locale.ROOT)) || font.isItalic()) {
            return italic;
        }
        return regular;
    }

    /**
     * Maps every AWT font drawn on a {@code PdfGraphics2D} to one of the embedded fonts. OpenPDF's default mapper
     * falls back to non-embedded Helvetica, which cannot show "ñ" reliably and fails PDF/A.
     */
    public FontMapper fontMapper() {
        return mapper;
    }

    private final class EmbeddedFontMapper implements FontMapper {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            // Font.createFont gives the bold face a PLAIN style, so the face name decides, not isBold().
            return pdfFontFor(font);
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            java.awt.Font base = font == bold ? awtBold : font == italic ? awtItalic : awtRegular;
            return base.deriveFont((float) size);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FOLDER + file + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + FOLDER + file, e);
        }
    }

    private static BaseFont pdfFont(String name, byte[] ttf) {
        try {
            // IDENTITY_H: glyphs addressed by id, so any Unicode text works; EMBEDDED: OpenPDF writes a subset.
            // Not cached in OpenPDF's static cache: this class already keeps the one instance.
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            font.setSecureRandom(new FixedSubsetTag(name));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + name, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load font " + name, e);
        }
    }

    /**
     * Makes the subset tag (the six letters before "+LiberationSans" in the PDF) the same on every run. OpenPDF draws
     * the tag from a {@link SecureRandom}; a random tag would make two prints of the same handout differ byte for
     * byte. The tag only has to tell subsets of one document apart (ISO 32000-1, 9.6.4), and each face has its own
     * letter, so a fixed letter per face is enough. Stateless, so documents written in parallel stay identical.
     */
    static final class FixedSubsetTag extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private final double letter;

        public FixedSubsetTag(String fontName) {
            // OpenPDF turns nextDouble() into 'A' + (int) (value * 26).
            this.letter = (Math.floorMod(fontName.hashCode(), 26) + 0.5) / 26;
        }

        @Override
        public double nextDouble() {
            return letter;
        }
    }

    private static java.awt.Font awtFont(byte[] ttf) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load font for Java2D", e);
        }
    }

    @Override
    public String toString() {
        return "ReportFonts[" + regular.getPostscriptFontName() + "]";
    }
}
