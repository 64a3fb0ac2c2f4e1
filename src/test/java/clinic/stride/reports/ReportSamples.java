package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import clinic.stride.vocabulary.Language;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample PDFs of reports/samples and a PNG preview of every page (poppler's pdftoppm at 80 dpi), so a
 * reviewer sees the output without running anything. Runs only when asked:
 *
 * <pre>JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -q -Psamples test</pre>
 *
 * The profile sets {@code stride.samples.dir} to reports/samples; any other folder works the same way.
 */
class ReportSamples {

    /** Two demo patients: María Ortega (Spanish, hip osteoarthritis), James Carter (English, IT band, runner). */
    static final String MARIA = "DEMO-1001";
    static final String JAMES = "DEMO-1002";
    /** Carlos Mendoza: loss of bladder control, an emergency. */
    static final String CARLOS = "DEMO-1009";

    @Test
    void shouldWriteSamplePdfsAndPreviewsWhenAskedTo() throws IOException, InterruptedException {
        String dir = System.getProperty("stride.samples.dir");
        assumeTrue(dir != null && !dir.isBlank(), "set stride.samples.dir (./mvnw -Psamples test) to write samples");
        Path out = Path.of(dir);
        Files.createDirectories(out);
        clearOldSamples(out);
        HandoutPdf handouts = new HandoutPdf(ReportFixtures.knowledge());
        SummaryPdf summaries = new SummaryPdf(ReportFixtures.knowledge());
        write(out, "maria-ortega-summary", summaries.write(ReportFixtures.summary(MARIA)));
        write(out, "maria-ortega-handout-es", handouts.write(ReportFixtures.handout(MARIA, Language.ES, false)));
        write(out, "james-carter-summary", summaries.write(ReportFixtures.summary(JAMES)));
        write(out, "james-carter-handout-en", handouts.write(ReportFixtures.handout(JAMES, Language.EN, false)));
        write(out, "james-carter-handout-en-large-print",
                handouts.write(ReportFixtures.handout(JAMES, Language.EN, true)));
        write(out, "carlos-mendoza-handout-es-emergency",
                handouts.write(ReportFixtures.handout(CARLOS, Language.ES, false)));
        write(out, "carlos-mendoza-summary-emergency", summaries.write(ReportFixtures.summary(CARLOS)));
        // The clinic's logo (a PNG, an SVG drawn as vectors) and a signature drawn with the consent.
        write(out, "maria-ortega-summary-with-logo-and-signature", summaries.withLogo(ReportFixtures.pngLogo())
                .write(ReportFixtures.summary(MARIA).withSignature(ReportFixtures.signature())));
        write(out, "james-carter-handout-en-with-svg-logo", handouts.withLogo(ReportFixtures.svgLogo())
                .write(ReportFixtures.handout(JAMES, Language.EN, false)));
        // Names in other scripts: Liberation Sans has none of these letters, the Noto faces fill in.
        write(out, "names-arabic-summary", summaries.write(ReportFixtures.summary(JAMES, "عيادة المشي · Stride Clinic",
                "محمد", "عبد الله")));
        write(out, "names-cjk-summary", summaries.write(ReportFixtures.summary(MARIA, "步行诊所 · Stride Clinic", "秀英",
                "王")));
        write(out, "names-devanagari-handout-en", handouts.write(ReportFixtures.handout(JAMES, Language.EN,
                "Stride Clinic", "अनीता शर्मा")));
    }

    /** Only the files this generator makes: PDFs and previews named after a demo patient. */
    private static void clearOldSamples(Path out) throws IOException {
        for (String prefix : List.of("maria-ortega-", "james-carter-", "carlos-mendoza-", "names-")) {
            try (DirectoryStream<Path> old = Files.newDirectoryStream(out, prefix + "*.{pdf,png}")) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void write(Path out, String name, byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.write(out.resolve(name + ".pdf"), pdf);
        Process pdftoppm = new ProcessBuilder("pdftoppm", "-png", "-r", "80", file.toString(),
                out.resolve(name).toString()).inheritIO().start();
        assertEquals(true, pdftoppm.waitFor(60, TimeUnit.SECONDS), "pdftoppm finished");
        assertEquals(0, pdftoppm.exitValue(), "pdftoppm succeeded for " + file);
    }
}
