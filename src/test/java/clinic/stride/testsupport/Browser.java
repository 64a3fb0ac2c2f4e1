package clinic.stride.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, for browser tests. Nothing is ever downloaded:
 * both binaries are named explicitly, so Selenium Manager is never asked; a missing binary fails the test
 * loudly (the CI script installs both). A closed browser goes back to {@link ChromiumPool}, and the next one is
 * that Chromium again in a new browser's state: a single new tab, no cookies, cache or site storage.
 *
 * <p>{@link #check(String)} runs axe-core on the page (WCAG 2.0/2.1 A and AA rules; serious or critical
 * violations fail the test) and, when the system property {@code screenshots=true} is set, saves the page at
 * phone (390 x 844) and desktop (1366 x 900) width into {@code docs/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    /** Long pages (the knowledge base) are cut here: the top shows the layout, the rest only weighs. */
    static final int MAX_SHOT_HEIGHT = 5000;
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * axe-core (the axe.min.js in Deque's jar, the axe its AxeBuilder injects) put into the page unless it is there
     * already, then run on the whole page for the tags given, answering with the violations alone.
     */
    private static final String AXE_RUN = "if (!window.axe) {\n" + axeSource() + "\n}\n" + """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                  targets: v.nodes.map(n => n.target)}))}))
              .catch(e => done({error: String(e && e.stack || e)}));
            """;

    private final ChromiumPool.Chromium chromium;
    private final ChromeDriver driver;
    private final String base;
    private final Path profile;
    private final String testClass = PageLoads.caller();
    private final long loadsAtStart;
    private boolean closed;
    private final List<String> cspRefusals = new ArrayList<>();

    public Browser(URL deploymentUrl) {
        this(deploymentUrl, "en-US");
    }

    public Browser(URL deploymentUrl, String acceptLanguage) {
        this(deploymentUrl, acceptLanguage, List.of());
    }

    /** With more Chromium switches, such as a feature a test needs switched on. */
    public Browser(URL deploymentUrl, String acceptLanguage, List<String> moreArguments) {
        this(deploymentUrl, new ChromiumPool.Key(acceptLanguage, moreArguments, ChromiumPool.Build.HEADLESS_SHELL));
    }

    /**
     * The full Chromium, not the headless shell the other tests use: the shell has no back/forward cache, so what
     * Back shows on a shared device is tried here, with pages served no-store admitted to that cache, as Chrome
     * does on phones and tablets in the field (Back may then show the old document without asking the server).
     */
    public static Browser withBackForwardCache(URL deploymentUrl) {
        return new Browser(deploymentUrl, new ChromiumPool.Key("en-US",
                List.of("--enable-features=CacheControlNoStoreEnterBackForwardCache,BackForwardCache"),
                ChromiumPool.Build.FULL));
    }

    private Browser(URL deploymentUrl, ChromiumPool.Key key) {
        String url = deploymentUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        ChromiumPool.Origins.add(base);
        this.chromium = ChromiumPool.take(key);
        this.driver = chromium.driver();
        this.profile = chromium.profile();
        this.loadsAtStart = PageLoads.committed(driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean present(String css) {
        return !all(css).isEmpty();
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Types into a field as a person would, over what it held. */
    public Browser type(String id, String text) {
        // One command finds the field and says whether it holds anything: clearing an empty field changes nothing
        // and costs a command, and most fields a test types into are empty.
        List<?> found = (List<?>) driver.executeScript(
                "const f = document.getElementById(arguments[0]); return f ? [f, f.value !== ''] : null", id);
        if (found == null) {
            throw new NoSuchElementException("no element with id " + id + " on " + url());
        }
        WebElement input = (WebElement) found.get(0);
        if (Boolean.TRUE.equals(found.get(1))) {
            input.clear();
        }
        input.sendKeys(text);
        return this;
    }

    /** Clicks the label of a radio button or check box, as a person would. */
    public Browser choose(String inputId) {
        find("label[for='" + inputId + "']").click();
        return this;
    }

    /** Signs in through the /login form as one of the demo users ({@link TestUsers}), then stays on the page it lands on. */
    public Browser signIn(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        clickAndWait(find("form button[type=submit]"));
        if (driver.getCurrentUrl().contains("/login")) {
            throw new AssertionError("sign-in as " + username + " failed: " + driver.getPageSource());
        }
        return this;
    }

    /**
     * Signs in as a demo user without drawing a page: the sign-in form is posted over HTTP ({@link FormClient}) and
     * the signed-in session's cookies, with the flags Stride gave them, are handed to Chromium. The browser stays
     * where it was (a new one: on no page), so the test opens its page next. For tests whose subject comes after
     * the sign-in; a test of signing in, or of what a browser's history holds, uses {@link #signIn}.
     */
    public Browser signInOverHttp(String username, String password) {
        FormClient client = new FormClient(baseUrl()).signIn(username, password);
        String origin = java.net.URI.create(base + "/").resolve("/").toString().replaceFirst("/$", "");
        Map<String, String> sent = client.setCookieHeaders();
        sent.forEach((name, header) -> driver.executeCdpCommand("Network.setCookie",
                SetCookie.parse(header).cdpParameters(origin)));
        List<?> held = (List<?>) driver.executeCdpCommand("Network.getCookies", Map.of("urls", List.of(base + "/"))).get("cookies");
        java.util.Set<Object> names = held.stream().map(c -> ((Map<?, ?>) c).get("name")).collect(Collectors.toSet());
        if (!names.containsAll(sent.keySet())) {
            throw new AssertionError("Chromium refused the sign-in's cookies " + sent + "; it holds " + names);
        }
        return this;
    }

    private URL baseUrl() {
        try {
            return java.net.URI.create(base + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One Set-Cookie header, read for Chromium's Network.setCookie. */
    record SetCookie(String name, String value, String path, boolean httpOnly, boolean secure, String sameSite) {

        static SetCookie parse(String header) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            String path = "/";
            boolean httpOnly = false;
            boolean secure = false;
            String sameSite = null;
            for (int i = 1; i < parts.length; i++) {
                String part = parts[i].strip();
                String key = part.contains("=") ? part.substring(0, part.indexOf('=')).strip() : part;
                String value = part.contains("=") ? part.substring(part.indexOf('=') + 1).strip() : "";
                switch (key.toLowerCase(java.util.Locale.ROOT)) {
                    case "path" -> path = value;
                    case "httponly" -> httpOnly = true;
                    case "secure" -> secure = true;
                    case "samesite" -> sameSite = value;
                    default -> { }
                }
            }
            return new SetCookie(parts[0].substring(0, eq).strip(), parts[0].substring(eq + 1).strip(), path, httpOnly, secure, sameSite);
        }

        Map<String, Object> cdpParameters(String origin) {
            Map<String, Object> cookie = new java.util.HashMap<>(Map.of("name", name, "value", value, "url", origin + path,
                    "path", path, "httpOnly", httpOnly, "secure", secure));
            if (sameSite != null) {
                cookie.put("sameSite", sameSite.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                        + sameSite.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
            return cookie;
        }
    }

    /** Clicks a button and waits until the next page has loaded. */
    public Browser press(String id) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(id)).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> isStale(old));
        return this;
    }

    public Browser clickAndWait(WebElement element) {
        WebElement old = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> isStale(old));
        return this;
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium 156 sometimes reports a node of the unloaded page as "does not belong to the document"
            // (an unknown error) instead of a stale reference: it means the same thing.
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** What a fetch() from the open page got, with the browser's own cookies: status, headers (lower-case names), body. */
    public record Fetched(int status, String url, boolean redirected, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * Fetches an address from the open page, as a script of the page would: the browser's session cookie goes
     * along, and nothing else (no Authorization header; the browser has no password to send). {@code href} is a
     * link's address, or a path from the deployment's root ("/dashboard/...").
     */
    @SuppressWarnings("unchecked")
    public Fetched fetch(String href) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Map<String, Object> got = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let binary = '';
                  for (let i = 0; i < bytes.length; i += 0x8000) {
                    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
                  }
                  const headers = {};
                  r.headers.forEach((value, name) => headers[name] = value);
                  done({status: r.status, url: r.url, redirected: r.redirected, headers: headers, body: btoa(binary)});
                }).catch(e => done({error: String(e)}));
                """, href.startsWith("/") ? base + href : href);
        if (got.containsKey("error")) {
            throw new AssertionError("fetch " + href + " failed in the browser: " + got.get("error"));
        }
        return new Fetched(((Number) got.get("status")).intValue(), (String) got.get("url"),
                Boolean.TRUE.equals(got.get("redirected")), (Map<String, String>) got.get("headers"),
                Base64.getDecoder().decode((String) got.get("body")));
    }

    /**
     * Clicks a link the way a person would and waits for the file Chromium saves: the name it chose (from the
     * response's Content-Disposition) and the bytes. Each call saves into a folder of its own.
     */
    public Path download(String css) {
        try {
            Path folder = Files.createTempDirectory(profile, "downloads-");
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", folder.toAbsolutePath().toString()));
            find(css).click();
            return new WebDriverWait(driver, Duration.ofSeconds(60))
                    .withMessage("Chromium saved no file after a click on " + css
                            + " (a password prompt or a page instead of a download?)")
                    .until(d -> {
                        try (var files = Files.list(folder)) {
                            // Chromium reserves the file's name with an empty file, writes into a .crdownload beside
                            // it and renames that over the empty one once the download is complete: a file is done
                            // when no .crdownload is left and it has bytes (every file Stride sends has some).
                            List<Path> all = files.toList();
                            if (all.size() != 1 || all.get(0).getFileName().toString().endsWith(".crdownload")
                                    || Files.size(all.get(0)) == 0) {
                                return null;
                            }
                            return all.get(0);
                        } catch (NoSuchFileException renamedWhileListed) {
                            return null;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows pages at phone size (390 x 844, touch) until {@link #desktop()}: what a patient's phone lays out. */
    public Browser phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    public Browser desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        return this;
    }

    /** A script's answer on the open page. */
    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public String h1() {
        return text("h1");
    }

    /**
     * What Stride's Content-Security-Policy refused in the pages this browser showed since the last call (Chromium's
     * console lines), taken so that {@link #check} and {@link #close} no longer fail on them: for a test that
     * provokes a refusal on purpose.
     */
    public List<String> takeCspRefusals() {
        readConsole();
        List<String> taken = List.copyOf(cspRefusals);
        cspRefusals.clear();
        return taken;
    }

    /**
     * A page whose script, style or image the policy refuses works in no patient's browser although it passed here
     * before the policy was enforced in tests: every page a test opens is held to it.
     */
    private static void failOnCspRefusals(List<String> refused, String where) {
        if (!refused.isEmpty()) {
            fail("Stride's Content-Security-Policy refused part of " + where + ":\n- " + String.join("\n- ", refused));
        }
    }

    private void readConsole() {
        for (LogEntry line : driver.manage().logs().get(LogType.BROWSER)) {
            if (line.getMessage().contains("Content Security Policy")) {
                cspRefusals.add(line.getMessage());
            }
        }
    }

    /** axe-core on the page as it is now: no serious or critical WCAG 2.1 AA violation; screenshots when asked. */
    public Browser check(String pageName) {
        failOnCspRefusals(takeCspRefusals(), pageName + " (" + url() + ")");
        List<Violation> bad = axeViolations().stream()
                .filter(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
                .toList();
        if (!bad.isEmpty()) {
            fail("axe-core found serious or critical WCAG 2.1 AA violations on " + pageName + " (" + url() + "):\n"
                    + bad.stream().map(v -> "- " + v.id() + " (" + v.impact() + "): " + v.help() + " at "
                            + v.targets().stream().map(String::valueOf).limit(5).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
        if (Boolean.getBoolean("screenshots")) {
            screenshot(pageName);
        }
        return this;
    }

    /** One axe-core violation: the rule, its impact, what it asks for, and the nodes (axe's selectors) that break it. */
    record Violation(String id, String impact, String help, List<Object> targets) {
    }

    /**
     * axe-core's violations of {@link #WCAG_TAGS} on the open page, in one script. Deque's AxeBuilder runs the same
     * axe and rules at several times the cost: it injects axe a second time into an about:blank tab of its own to
     * assemble the results of frames, and ships every passed and inapplicable rule back. Stride's pages have no
     * frames (a page with one would need axe in the frame too); {@code AxeCheckIT} keeps the two in step.
     */
    @SuppressWarnings("unchecked")
    List<Violation> axeViolations() {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Map<String, Object> got = (Map<String, Object>) driver.executeAsyncScript(AXE_RUN, WCAG_TAGS);
        if (got.containsKey("error")) {
            throw new AssertionError("axe-core failed on " + url() + ": " + got.get("error"));
        }
        return ((List<Map<String, Object>>) got.get("violations")).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (List<Object>) v.get("targets")))
                .toList();
    }

    private static String axeSource() {
        try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the axe-core selenium jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whole-page screenshots at phone and desktop width: docs/screenshots/{name}-phone.png and -desktop.png. */
    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
        try {
            Files.createDirectories(dir);
            shoot(dir.resolve(name + "-phone.png"), 390, 844, true);
            shoot(dir.resolve(name + "-desktop.png"), 1366, 900, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void shoot(Path file, int width, int height, boolean mobile) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        Number full = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(MAX_SHOT_HEIGHT, Math.max(height, full.intValue())), "scale", 1)));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Hands the Chromium back: reset to a new browser's state for the next test, or quit if that fails. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            PageLoads.add(testClass, PageLoads.committed(driver) - loadsAtStart);
            String last;
            List<String> refused;
            try {
                last = url();
                refused = takeCspRefusals();
            } finally {
                ChromiumPool.give(chromium);
            }
            failOnCspRefusals(refused, "the pages up to " + last);
        }
    }
}
