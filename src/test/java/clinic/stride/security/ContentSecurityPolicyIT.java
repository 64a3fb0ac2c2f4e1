package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.StrideIT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Stride's Content-Security-Policy as a patient's Chromium enforces it. Every browser test holds its pages to the
 * policy ({@code Browser.check} and {@code close} fail on a refusal in Chromium's console); this one proves that
 * the policy is in force there and that such a refusal is seen: markup that slipped past escaping would not run.
 */
class ContentSecurityPolicyIT extends StrideIT {

    @Test
    void shouldRefuseInlineScriptInlineStyleAndForeignImagesThatReachAPage() {
        try (Browser browser = new Browser(base)) {
            browser.open("/login");
            assertTrue(browser.takeCspRefusals().isEmpty(), "the sign-in page itself keeps to the policy");

            browser.script("""
                    const s = document.createElement('script');
                    s.textContent = 'window.inlineScriptRan = true';
                    document.head.appendChild(s);
                    document.body.insertAdjacentHTML('beforeend',
                        '<p id="styled" style="color: rgb(1, 2, 3)">x</p><img id="foreign" src="http://198.51.100.7/x.png" alt="">');
                    """);

            List<String> refused = new ArrayList<>();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .withMessage(() -> "Chromium's console did not report three refusals: " + refused)
                    .until(d -> {
                        refused.addAll(browser.takeCspRefusals());
                        return refused.size() >= 3;
                    });
            assertNull(browser.script("return window.inlineScriptRan"), "the inline script did not run");
            assertNotEquals("rgb(1, 2, 3)", browser.script(
                    "return getComputedStyle(document.getElementById('styled')).color"), "the style attribute was not applied");
            assertTrue(refused.stream().anyMatch(r -> r.contains("script-src")), refused::toString);
            assertTrue(refused.stream().anyMatch(r -> r.contains("style-src")), refused::toString);
            assertTrue(refused.stream().anyMatch(r -> r.contains("img-src")), refused::toString);
        }
    }
}
