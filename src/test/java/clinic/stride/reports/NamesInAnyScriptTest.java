package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.reports.pdf.ReportFonts;
import clinic.stride.reports.pdf.VeraPdf;
import clinic.stride.vocabulary.Language;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A patient's name in Chinese, Arabic or Hindi prints in both reports (Liberation Sans has none of those letters;
 * the Noto faces fill in) and reads back as the same text, and the reports stay PDF/UA-1 and PDF/A-2b.
 */
class NamesInAnyScriptTest {

    private final HandoutPdf handouts = new HandoutPdf(ReportFixtures.knowledge());
    private final SummaryPdf summaries = new SummaryPdf(ReportFixtures.knowledge());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "CJK, 王, 秀英",
        "Arabic, محمد, عبد الله",
        "Devanagari, अनीता, शर्मा",
        "mixed, José 李, Núñez-حداد"})
    void shouldPrintAndReadBackTheNameWhenItIsInAnotherScript(String script, String given, String family) {
        assertEquals(List.of("Arabic", "Devanagari", "CJK"), ReportFonts.embedded().fallbackScripts(),
                "install fonts-noto-core and fonts-noto-cjk (.ci/run does)");
        ClinicianSummary summary = ReportFixtures.summary(ReportSamples.JAMES, "عيادة المشي 步行诊所", given, family);
        Handout handout = ReportFixtures.handout(ReportSamples.JAMES, Language.EN, summary.clinicName(),
                given + " " + family);

        byte[] summaryPdf = summaries.write(summary);
        byte[] handoutPdf = handouts.write(handout);

        String summaryText = readable(PdfReading.text(summaryPdf));
        String handoutText = readable(PdfReading.text(handoutPdf));
        assertAll(
                () -> assertTrue(summaryText.contains(given) && summaryText.contains(family), summaryText),
                () -> assertTrue(summaryText.contains("عيادة المشي") && summaryText.contains("步行诊所"), summaryText),
                () -> assertTrue(handoutText.contains(given) && handoutText.contains(family), handoutText),
                () -> assertTrue(handoutText.contains("步行诊所"), handoutText),
                () -> assertTrue(VeraPdf.validate(summaryPdf, VeraPdf.UA1).compliant(),
                        () -> "summary " + VeraPdf.validate(summaryPdf, VeraPdf.UA1)),
                () -> assertTrue(VeraPdf.validate(summaryPdf, VeraPdf.A2B).compliant(),
                        () -> "summary " + VeraPdf.validate(summaryPdf, VeraPdf.A2B)),
                () -> assertTrue(VeraPdf.validate(handoutPdf, VeraPdf.UA1).compliant(),
                        () -> "handout " + VeraPdf.validate(handoutPdf, VeraPdf.UA1)));
    }

    /**
     * Joined Arabic is printed in its presentation forms (U+FE70-U+FEFF), which compatibility normalisation turns
     * back into the letters typed.
     */
    private static String readable(String extracted) {
        return Normalizer.normalize(extracted, Normalizer.Form.NFKC);
    }
}
