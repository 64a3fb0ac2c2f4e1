package clinic.stride.reports;

import clinic.stride.intake.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * handouts a second on one core), next to the floor: plain OpenPDF writing the same text, line for line, in the same
 * embedded fonts, with no drawings, tables or page events.
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
    private List<String> handoutLines;
    private List<String> summaryLines;

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

    private static byte[] textOnly(List<String> lines, float size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 50, 50, 44, 80);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.open();
        Font regular = new Font(ReportFonts.embedded().regular(), size);
        Font bold = new Font(ReportFonts.embedded().bold(), size);
        for (int i = 0; i < lines.size(); i++) {
            document.add(new Paragraph(lines.get(i), i % 5 == 0 ? bold : regular));
        }
        document.close();
        return out.toByteArray();
    }

    private static List<String> lines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
