package clinic.stride.reports;

import clinic.stride.reports.pdf.ReportFonts;
import clinic.stride.vocabulary.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Time to write one patient handout and one clinician summary (issue 4 targets: at most 1.5 times the floor, and 50
 * handouts a second on one core), next to the floor: plain OpenPDF writing the same text, line for line, each line in
 * the face (regular, bold, italic) the real document sets it in, with no drawings, tables or page events.
 *
 * <p>The handout is James Carter's (demo patient DEMO-1002, English): two exercises with drawings, advice and the
 * warning signs, three pages. The summary is María Ortega's (DEMO-1001): body map, trend chart, nine causes with
 * cited reasons, three pages. Single-threaded, so one operation a second is one PDF a second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportPdfBenchmark {

    private HandoutPdf handouts;
    private SummaryPdf summaries;
    private Handout handout;
    private ClinicianSummary summary;
    private List<Line> handoutLines;
    private List<Line> summaryLines;

    @Setup
    public void setUp() {
        handouts = new HandoutPdf(ReportFixtures.knowledge());
        summaries = new SummaryPdf(ReportFixtures.knowledge());
        handout = ReportFixtures.handout("DEMO-1002", Language.EN, false);
        summary = ReportFixtures.summary("DEMO-1001");
        // The floor prints exactly the words the real documents print.
        handoutLines = lines(handouts.write(handout));
        summaryLines = lines(summaries.write(summary));
    }

    @Benchmark
    public byte[] handout() {
        return handouts.write(handout);
    }

    @Benchmark
    public byte[] summary() {
        return summaries.write(summary);
    }

    @Benchmark
    public byte[] handoutFloorTextOnly() {
        return textOnly(handoutLines, 11.5f);
    }

    @Benchmark
    public byte[] summaryFloorTextOnly() {
        return textOnly(summaryLines, 9.5f);
    }

    private static byte[] textOnly(List<Line> lines, float size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 50, 50, 44, 80);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.open();
        Map<Face, Font> fonts = new EnumMap<>(Face.class);
        fonts.put(Face.REGULAR, new Font(ReportFonts.embedded().regular(), size));
        fonts.put(Face.BOLD, new Font(ReportFonts.embedded().bold(), size));
        fonts.put(Face.ITALIC, new Font(ReportFonts.embedded().italic(), size));
        for (Line line : lines) {
            document.add(new Paragraph(line.text(), fonts.get(line.face())));
        }
        document.close();
        return out.toByteArray();
    }

    enum Face { REGULAR, BOLD, ITALIC }

    /** One line of the real document's text and the face its first letter is set in. */
    record Line(String text, Face face) {
    }

    /**
     * The real document's text line by line, each with its face: the floor embeds the same font subsets (an italic
     * face costs its own subset; a floor without it would not be the same text in the same fonts).
     */
    private static List<Line> lines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (!text.isBlank() && !positions.isEmpty()) {
                        String font = positions.getFirst().getFont().getName();
                        Face face = font.contains("Bold") ? Face.BOLD : font.contains("Italic") ? Face.ITALIC : Face.REGULAR;
                        lines.add(new Line(text, face));
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
