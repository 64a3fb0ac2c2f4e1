package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.vocabulary.Language;
import clinic.stride.reports.pdf.VeraPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report Stride prints passes veraPDF: handouts PDF/UA-1 (tagged, headings, figures with alternate text,
 * language, title), clinician summaries PDF/UA-1 and PDF/A-2b (archival). Checked on freshly written files of
 * every kind and language, and on every sample committed in reports/samples, so a stale sample fails too.
 */
class PdfConformanceTest {

    private static final Path SAMPLES = Path.of("reports", "samples");

    static Stream<Arguments> freshReports() {
        HandoutPdf handouts = new HandoutPdf(ReportFixtures.knowledge());
        SummaryPdf summaries = new SummaryPdf(ReportFixtures.knowledge());
        return Stream.of(
                Arguments.of("handout EN", handouts.write(ReportFixtures.handout(ReportSamples.JAMES, Language.EN, false)), false),
                Arguments.of("handout EN large print", handouts.write(ReportFixtures.handout(ReportSamples.JAMES, Language.EN, true)), false),
                Arguments.of("handout ES", handouts.write(ReportFixtures.handout(ReportSamples.MARIA, Language.ES, false)), false),
                Arguments.of("handout ES large print", handouts.write(ReportFixtures.handout(ReportSamples.MARIA, Language.ES, true)), false),
                Arguments.of("handout ES emergency", handouts.write(ReportFixtures.handout(ReportSamples.CARLOS, Language.ES, false)), false),
                Arguments.of("handout EN emergency", handouts.write(ReportFixtures.handout(ReportSamples.CARLOS, Language.EN, false)), false),
                Arguments.of("summary, María Ortega", summaries.write(ReportFixtures.summary(ReportSamples.MARIA)), true),
                Arguments.of("summary, James Carter", summaries.write(ReportFixtures.summary(ReportSamples.JAMES)), true),
                Arguments.of("summary, emergency", summaries.write(ReportFixtures.summary(ReportSamples.CARLOS)), true),
                Arguments.of("handout ES with home programme QR", handouts.write(ReportFixtures.handout(ReportSamples.MARIA,
                        Language.ES, false), ReportFixtures.HOME_LINK), false),
                Arguments.of("summary with home programme", summaries.write(ReportFixtures.summaryWithHomeProgramme(ReportSamples.MARIA)), true),
                Arguments.of("summary with a LEFS trend", summaries.write(ReportFixtures.summaryWithLefs(ReportSamples.MARIA)), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freshReports")
    void shouldPassPdfUa1WhenAReportIsPrinted(String what, byte[] pdf, boolean archival) {
        VeraPdf.Verdict verdict = VeraPdf.validate(pdf, VeraPdf.UA1);
        assertTrue(verdict.compliant(), what + " " + verdict);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freshReports")
    void shouldPassPdfA2bWhenASummaryIsPrinted(String what, byte[] pdf, boolean archival) {
        if (archival) {
            VeraPdf.Verdict verdict = VeraPdf.validate(pdf, VeraPdf.A2B);
            assertTrue(verdict.compliant(), what + " " + verdict);
        }
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> pdfs = files.filter(f -> f.getFileName().toString().endsWith(".pdf"))
                    .filter(f -> f.getFileName().toString().contains("-handout-")
                            || f.getFileName().toString().contains("-summary"))
                    .sorted().toList();
            assertFalse(pdfs.isEmpty(), "no report samples in " + SAMPLES.toAbsolutePath());
            return pdfs.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldPassItsProfileWhenASampleIsCommitted(Path sample) throws IOException {
        byte[] pdf = Files.readAllBytes(sample);
        VeraPdf.Verdict ua = VeraPdf.validate(pdf, VeraPdf.UA1);
        assertTrue(ua.compliant(), sample + " " + ua);
        if (sample.getFileName().toString().contains("-summary")) {
            VeraPdf.Verdict archival = VeraPdf.validate(pdf, VeraPdf.A2B);
            assertTrue(archival.compliant(), sample + " " + archival);
        }
    }
}
