package clinic.stride.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * {@link Browser#check} runs axe-core itself rather than through Deque's AxeBuilder: on a page broken on purpose
 * it fails naming each rule, its impact and the nodes, and it finds what AxeBuilder finds, rule for rule and node for
 * node, so every page check in the browser tests proves what it proved through AxeBuilder.
 */
class AxeCheckIT extends StrideIT {

    /** The sign-in page with its user-name field's label gone and an image without a text alternative. */
    private static final String BREAK_THE_PAGE = """
            document.querySelector("label[for='username']").remove();
            document.querySelector('main').appendChild(document.createElement('img'));
            """;

    @Test
    void shouldFailNamingTheRulesAndNodesWhenAPageHasCriticalViolations() {
        try (Browser browser = new Browser(base)) {
            browser.open("/login").check("login");
            browser.script(BREAK_THE_PAGE);

            AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> browser.check("login-broken"));
            String message = failed.getMessage();
            assertTrue(message.contains("on login-broken (" + browser.url() + ")"), message);
            assertTrue(message.contains("- label (critical): Form elements must have labels at [#username]"), message);
            assertTrue(message.contains("- image-alt (critical): Images must have alternative text at [img]"),
                    message);
        }
    }

    @Test
    void shouldFindWhatDequesAxeBuilderFindsWhenAPageHasViolations() {
        try (Browser browser = new Browser(base)) {
            browser.open("/login");
            browser.script(BREAK_THE_PAGE);

            List<String> byBrowser = browser.axeViolations().stream()
                    .map(v -> v.id() + " " + v.impact() + " " + v.help() + " " + v.targets())
                    .sorted().toList();
            List<String> byAxeBuilder = new AxeBuilder().withTags(Browser.WCAG_TAGS).analyze(browser.driver())
                    .getViolations().stream()
                    .map(v -> v.getId() + " " + v.getImpact() + " " + v.getHelp() + " "
                            + v.getNodes().stream().map(n -> n.getTarget()).toList())
                    .sorted().toList();
            assertTrue(byBrowser.size() >= 2, byBrowser::toString);
            assertEquals(byAxeBuilder, byBrowser);
        }
    }
}
