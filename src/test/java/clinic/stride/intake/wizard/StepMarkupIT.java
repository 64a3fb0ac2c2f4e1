package clinic.stride.intake.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import clinic.stride.intake.form.IntakeStep;
import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.PatientFills;
import clinic.stride.testsupport.StrideIT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The form of every wizard page, in English and Spanish, for one fixed draft, as the server sends it, compared with
 * the markup recorded in {@code src/test/resources/clinic/stride/intake/wizard/step-markup/}: the pages ask the
 * catalogue's questions through shared tags and a generic renderer, and a change to either must not change what a
 * patient gets without someone looking. Tokens that differ per session (CSRF, view state, nonces) and whitespace
 * between tags are left out of the comparison. Each run writes what it saw to {@code target/step-markup/}: after
 * an intended change to a page, read the difference and copy the file over the recorded one.
 */
class StepMarkupIT extends StrideIT {

    private static final Path SEEN = Path.of("target", "step-markup");

    @Test
    void shouldRenderEveryWizardStepAsRecordedForAFixedDraftInBothLanguages() throws IOException {
        Files.createDirectories(SEEN);
        List<String> differences = new ArrayList<>();
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/intake/you?lang=en");
            new PatientFills(browser, false).you("MARKUP-1", "Zoë", "Nuñez-O’Brien").where().when().activity().body()
                    .history("esguince de tobillo “leve” 2019").skipsLefs().warningSigns(false);
            for (String lang : List.of("en", "es")) {
                browser.open("/intake/review?lang=" + lang);
                for (IntakeStep step : IntakeStep.values()) {
                    String name = lang + "-" + step.slug() + ".html";
                    String seen = formOf(new String(browser.fetch(step.path()).body(), StandardCharsets.UTF_8));
                    Files.writeString(SEEN.resolve(name), seen);
                    String recorded = recorded(name);
                    if (recorded == null) {
                        differences.add(name + ": nothing recorded yet");
                    } else if (!recorded.equals(seen)) {
                        differences.add(name + ": differs from the recording");
                    }
                }
            }
        }
        if (!differences.isEmpty()) {
            fail("wizard pages not as recorded (see " + SEEN.toAbsolutePath() + "):\n" + String.join("\n", differences));
        }
        assertEquals(List.of(), differences);
    }

    /** The page's form, with per-session tokens blanked and one tag per line, so a difference reads as a diff. */
    static String formOf(String page) {
        int start = page.indexOf("<form id=\"intake\"");
        int end = page.indexOf("</form>", start);
        if (start < 0 || end < 0) {
            fail("no intake form on the page: " + page);
        }
        return page.substring(start, end + "</form>".length())
                .replaceAll("(name=\"_csrf\" value=\")[^\"]*", "$1")
                .replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]*", "$1")
                .replaceAll("(id=\"j_id1:jakarta.faces.ViewState:0\"[^>]*value=\")[^\"]*", "$1")
                .replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"")
                .replaceAll(";jsessionid=[^\"?#]*", "")
                // The consent box shows the clinic's notice and its version, which other tests of the run change
                // through /admin/clinic; ConsentIT and DrawnSignatureIT cover it.
                .replaceAll("(?s)<section class=\"consent-box\".*?</section>", "<section class=\"consent-box\"></section>")
                .replaceAll(">\\s+<", "><")
                .replaceAll("\\s+", " ")
                .replace("><", ">\n<") + "\n";
    }

    private static String recorded(String name) {
        try (InputStream in = StepMarkupIT.class.getResourceAsStream("step-markup/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
