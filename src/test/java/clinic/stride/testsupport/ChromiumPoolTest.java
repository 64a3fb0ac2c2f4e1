package clinic.stride.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/** The pool's reset on a real headless Chromium, without a server: what a test leaves behind is gone for the next. */
class ChromiumPoolTest {

    private static final ChromiumPool.Key KEY = new ChromiumPool.Key("en-US", List.of(), ChromiumPool.Build.HEADLESS_SHELL);

    private static List<?> cookies(ChromeDriver driver) {
        return (List<?>) driver.executeCdpCommand("Storage.getCookies", Map.of()).get("cookies");
    }

    @Test
    void shouldHandBackTheSameChromiumWithOneTabNoHistoryAndNoCookiesWhenATestLeftThemBehind() {
        ChromiumPool.Chromium used = ChromiumPool.take(KEY);
        ChromeDriver driver = used.driver();
        driver.get("data:text/html,<h1>first</h1>");
        driver.get("data:text/html,<h1>second</h1>");
        driver.switchTo().newWindow(WindowType.TAB);
        driver.executeCdpCommand("Network.setCookie", Map.of("name", "JSESSIONID", "value", "signed-in",
                "url", "http://127.0.0.1:9/stride/"));
        assertEquals(1, cookies(driver).size(), "the cookie a signed-in test leaves");
        ChromiumPool.give(used);

        ChromiumPool.Chromium next = ChromiumPool.take(KEY);
        try {
            assertSame(used.driver(), next.driver(), "the same Chromium, not a new one");
            assertEquals(1, next.driver().getWindowHandles().size(), "one tab");
            assertEquals(1L, next.driver().executeScript("return history.length"), "no history to go Back to");
            assertEquals(List.of(), cookies(next.driver()), "signed out");
        } finally {
            ChromiumPool.give(next);
        }
    }

    @Test
    void shouldStartAnotherChromiumWhenTheFirstIsStillInUse() {
        ChromiumPool.Chromium first = ChromiumPool.take(KEY);
        ChromiumPool.Chromium second = ChromiumPool.take(KEY);
        try {
            assertNotSame(first.driver(), second.driver());
        } finally {
            ChromiumPool.give(first);
            ChromiumPool.give(second);
        }
    }
}
