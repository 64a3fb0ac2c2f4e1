package clinic.stride.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * The headless Chromium processes of one test JVM. Starting Chromium and its chromedriver costs more CPU than most
 * browser tests' own pages, so a {@link Browser} that is closed goes back here and the next {@link Browser} with the
 * same language and switches gets it, in the state a new one has: one new tab with no history, no cookies (so
 * signed out), no cache, no site storage, downloads back to Chromium's default. A browser whose reset fails is quit,
 * never handed out again. {@code -Dstride.it.reuseBrowsers=false} starts one Chromium per {@link Browser} again.
 */
final class ChromiumPool {

    /**
     * Chromium's headless shell (Debian's chromium-headless-shell: the same Blink, V8 and network stack without the
     * browser's user-interface layer): a page load costs it about half the CPU of {@code chromium --headless}
     * (docs/benchmarks.md), and page loads are most of the suite's CPU. The real binary, not Debian's wrapper
     * script: chromedriver must own the browser process it quits.
     */
    static final Path HEADLESS_SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");
    /** The full browser, for tests whose subject is the browser's own behaviour (Back on a shared device). */
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Idle browsers kept for later tests; a few languages and switch sets are in use, each rarely after its class. */
    private static final int MAX_IDLE = 3;

    /** Which Chromium: the full browser only where a test needs what a person's browser does beyond the page. */
    enum Build {
        HEADLESS_SHELL, FULL
    }

    record Key(String acceptLanguage, List<String> arguments, Build build) {
        Key {
            arguments = List.copyOf(arguments);
        }
    }

    /** One Chromium process, its driver and its temporary profile. */
    record Chromium(Key key, ChromeDriver driver, Path profile) {
    }

    private static final Deque<Chromium> IDLE = new ArrayDeque<>();
    private static final Set<Chromium> STARTED = new HashSet<>();
    private static int handedOut;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChromiumPool::quitAll, "quit-chromium"));
    }

    private ChromiumPool() {
    }

    private static boolean reusing() {
        return !"false".equals(System.getProperty("stride.it.reuseBrowsers"));
    }

    /** A browser in a fresh state: an idle one with the same language and switches, or a new one. */
    static Chromium take(Key key) {
        Chromium idle = null;
        synchronized (ChromiumPool.class) {
            handedOut++;
            for (Iterator<Chromium> it = IDLE.iterator(); it.hasNext(); ) {
                Chromium candidate = it.next();
                if (candidate.key().equals(key)) {
                    it.remove();
                    idle = candidate;
                    break;
                }
            }
        }
        if (idle != null) {
            try {
                prepareTab(idle.driver());
                System.out.println("Chromium reused");
                return idle;
            } catch (RuntimeException e) {
                quit(idle); // gone while idle: a new one instead
            }
        }
        Chromium chromium = start(key);
        prepareTab(chromium.driver());
        return chromium;
    }

    /** Back from a test: reset and kept for the next, or quit if it cannot be reset or is not wanted. */
    static void give(Chromium chromium) {
        long started = System.nanoTime();
        if (!reusing() || !reset(chromium)) {
            quit(chromium);
            return;
        }
        System.out.printf("Chromium reset in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        List<Chromium> surplus = new ArrayList<>();
        synchronized (ChromiumPool.class) {
            IDLE.addFirst(chromium);
            while (IDLE.size() > MAX_IDLE) {
                surplus.add(IDLE.removeLast());
            }
        }
        surplus.forEach(ChromiumPool::quit);
    }

    private static Chromium start(Key key) {
        Path browser = key.build() == Build.FULL ? CHROMIUM : HEADLESS_SHELL;
        for (Path binary : List.of(browser, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                fail(binary + " is missing: browser tests need Debian's chromium, chromium-headless-shell and "
                        + "chromium-driver (apt-get install chromium chromium-headless-shell chromium-driver; "
                        + ".ci/run installs them)");
            }
        }
        // Belt and braces: even if a binary were not found, Selenium Manager must not go and fetch one.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        long started = System.nanoTime();
        Path profile;
        try {
            profile = Files.createTempDirectory("stride-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // The console, where Chromium reports what Stride's Content-Security-Policy refused (Browser.takeCspRefusals).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (key.build() == Build.HEADLESS_SHELL) {
            // chromedriver drives the shell only when told: it has no first tab for chromedriver to find otherwise.
            options.setCapability("browserName", "chrome-headless-shell");
            // The shell reads neither --lang nor the accept_languages preference for the header it sends.
            options.addArguments("--accept-lang=" + key.acceptLanguage());
        }
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--window-size=1366,900",
                "--lang=" + key.acceptLanguage(), "--user-data-dir=" + profile);
        options.addArguments(key.arguments());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", key.acceptLanguage()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        Chromium chromium = new Chromium(key, new ChromeDriver(service, options), profile);
        synchronized (ChromiumPool.class) {
            STARTED.add(chromium);
            // Read by docs/benchmarks.md's figures: how many starts the pool saved in a run.
            System.out.printf("Chromium %d started in %d ms (browser %d of this JVM) for %s%n", STARTED.size(),
                    (System.nanoTime() - started) / 1_000_000, handedOut, key);
        }
        return chromium;
    }

    /**
     * What every handed-out tab starts with: the page load limit, and an empty console. Stride's
     * Content-Security-Policy is enforced as in a patient's browser; axe-core runs through WebDriver's script
     * calls, which the page's policy does not govern.
     */
    private static void prepareTab(ChromeDriver driver) {
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().logs().get(LogType.BROWSER);
    }

    /**
     * The state of a newly started browser: a new tab (no history, so Back has nowhere to go, and nothing in the
     * back/forward cache) with every other tab closed, no cookie of any site, an empty HTTP cache, no site storage
     * of the sites the tests use, downloads back to the default. False when any step fails or a cookie is left.
     */
    private static boolean reset(Chromium chromium) {
        ChromeDriver driver = chromium.driver();
        try {
            Set<String> old = driver.getWindowHandles();
            driver.switchTo().newWindow(WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String handle : old) {
                driver.switchTo().window(handle).close();
            }
            driver.switchTo().window(fresh);
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            for (String origin : Origins.used()) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
            Object cookies = driver.executeCdpCommand("Storage.getCookies", Map.of()).get("cookies");
            return driver.getWindowHandles().size() == 1 && cookies instanceof List<?> left && left.isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void quit(Chromium chromium) {
        synchronized (ChromiumPool.class) {
            STARTED.remove(chromium);
        }
        try {
            chromium.driver().quit();
        } catch (RuntimeException e) {
            // already gone
        } finally {
            try (var files = Files.walk(chromium.profile())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }

    private static void quitAll() {
        List<Chromium> all;
        synchronized (ChromiumPool.class) {
            all = new ArrayList<>(STARTED);
            IDLE.clear();
        }
        all.forEach(ChromiumPool::quit);
    }

    /** The origins whose site storage a reset clears: every deployment a {@link Browser} was opened on. */
    static final class Origins {
        private static final Set<String> USED = new HashSet<>();

        private Origins() {
        }

        static synchronized void add(String url) {
            java.net.URI uri = java.net.URI.create(url);
            USED.add(uri.getScheme() + "://" + uri.getAuthority());
        }

        static synchronized List<String> used() {
            return List.copyOf(USED);
        }
    }
}
