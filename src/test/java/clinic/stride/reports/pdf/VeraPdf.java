package clinic.stride.reports.pdf;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference validator, run in the test's own JVM over a PDF in memory: the verdict,
 * how many checks ran, and for each failed rule its clause, test number and description, for the assertion message.
 */
public final class VeraPdf {

    /** The two profiles Stride's reports claim. */
    public static final PDFAFlavour UA1 = PDFAFlavour.PDFUA_1;
    public static final PDFAFlavour A2B = PDFAFlavour.PDFA_2_B;

    /** What veraPDF said about one file under one profile. */
    public record Verdict(PDFAFlavour profile, boolean compliant, int checks, Map<String, String> failedRules) {

        @Override
        public String toString() {
            return profile.getId() + ": " + (compliant ? "compliant" : "NOT compliant") + ", " + checks
                    + " checks, failed rules " + failedRules.entrySet().stream()
                    .map(e -> "\n  " + e.getKey() + " " + e.getValue()).collect(Collectors.joining());
        }
    }

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    public static Verdict validate(byte[] pdf, PDFAFlavour profile) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.putIfAbsent(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(),
                            assertion.getMessage() + " [" + assertion.getLocation().getContext() + "]");
                }
            }
            return new Verdict(profile, result.isCompliant(), result.getTotalAssertions(), failed);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file", e);
        }
    }
}
