package clinic.stride.clinic;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.reports.PdfReading;
import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.RunsAlone;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The clinic's logo, uploaded on /admin/clinic, in a real headless Chromium: shown in the header of the patients'
 * form, the staff pages and the sign-in page with the clinic's name as its text, served at an address of its own version, and printed
 * at the head of both PDFs; after it is removed the header is as it was. Each test removes the logo again.
 */
@RunsAlone("changes the clinic logo every page and PDF shows")
class ClinicLogoIT extends StrideIT {

    private Browser admin() {
        Browser browser = new Browser(base);
        browser.signInOverHttp(DemoUsers.ADMIN.username(), DemoUsers.ADMIN.password());
        return browser;
    }

    private static void upload(Browser admin, Path logo) {
        admin.open("/admin/clinic");
        admin.find("#logo").sendKeys(logo.toString());
        admin.press("save");
        assertTrue(admin.present("#saved"), admin.driver().getPageSource());
    }

    private static void removeLogo(Browser admin) {
        admin.open("/admin/clinic");
        if (admin.present("#removeLogo")) {
            admin.choose("removeLogo");
            admin.press("save");
        }
    }

    private static long version() {
        return Db.count("select max(version) from clinic_settings");
    }

    @Test
    void shouldShowThePngLogoInEveryHeaderAndPrintItOnBothPdfsWhenTheClinicUploadsOne() throws IOException {
        Path png = Files.createTempFile("logo", ".png");
        BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b, 0x5d, 0x7a));
        g.fillOval(2, 2, 56, 56);
        g.fillRect(70, 20, 120, 20);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
        try (Browser admin = admin()) {
            upload(admin, png);
            long version = version();
            String name = admin.text("#clinic-name");
            assertEquals(name, admin.find("#clinic-logo").getAttribute("alt"), "the logo's text is the clinic's name");
            assertEquals("/clinic-logo/" + version, java.net.URI.create(admin.find("#clinic-logo").getAttribute("src")).getPath());
            Browser.Fetched served = admin.fetch("/clinic-logo/" + version);
            assertEquals(200, served.status());
            assertTrue(served.header("Content-Type").startsWith("image/png"), served.header("Content-Type"));
            assertTrue(served.header("Cache-Control").contains("immutable"), served.header("Cache-Control"));
            try (Browser desk = signedInBrowser(DemoUsers.FRONT_DESK); Browser clinician = signedInBrowser(DemoUsers.CLINICIAN)) {
                desk.open("/intake");
                assertLogoShown(desk, name);
                desk.check("intake-with-clinic-logo");
                clinician.open("/dashboard");
                assertLogoShown(clinician, name);
                clinician.check("dashboard-with-clinic-logo");
            }
            try (Browser visitor = new Browser(base)) {
                visitor.open("/login");
                assertLogoShown(visitor, name);
                visitor.check("sign-in-with-clinic-logo");
                visitor.screenshot("sign-in-with-clinic-logo");
            }
            Api api = TestUsers.clinician(new Api(base));
            String id = api.postJson("api/intakes", json(complete(uniqueClinicId()))).json().get("id").asText();
            assertEquals(1, PdfReading.imagesOnFirstPage(api.get("api/intakes/" + id + "/summary.pdf").bytes()));
            assertEquals(1, PdfReading.imagesOnFirstPage(api.get("api/intakes/" + id + "/handout.pdf").bytes()));

            removeLogo(admin);
            assertFalse(admin.present("#clinic-logo"), "no logo, no image in the header");
            assertNull(admin.find("#clinic-name").getAttribute("aria-hidden"), "the name is read again");
            assertEquals(0, PdfReading.imagesOnFirstPage(api.get("api/intakes/" + id + "/summary.pdf").bytes()));
            assertEquals(200, admin.fetch("/clinic-logo/" + version).status(), "an earlier version's logo stays");
            try (Browser visitor = new Browser(base)) {
                visitor.open("/login");
                assertFalse(visitor.present("#clinic-logo"), "no logo on the sign-in page either");
                assertEquals(name, visitor.text("#clinic-name"), "the sign-in page names the clinic");
                assertNull(visitor.find("#clinic-name").getAttribute("aria-hidden"));
            }
        } finally {
            Files.deleteIfExists(png);
        }
    }

    @Test
    void shouldServeTheSvgLogoSandboxedWhenTheClinicUploadsAnSvg() throws IOException {
        Path svg = Files.createTempFile("logo", ".svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\" viewBox=\"0 0 120 40\">"
                + "<circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"#0b5d7a\"/><text x=\"45\" y=\"27\" font-size=\"18\">Ñu</text></svg>",
                StandardCharsets.UTF_8);
        try (Browser admin = admin()) {
            upload(admin, svg);
            long version = version();
            Browser.Fetched served = admin.fetch("/clinic-logo/" + version);
            assertTrue(served.header("Content-Type").startsWith("image/svg+xml"), served.header("Content-Type"));
            assertTrue(served.header("Content-Security-Policy").contains("sandbox"), served.header("Content-Security-Policy"));
            assertLogoShown(admin, admin.text("#clinic-name"));
            Api api = TestUsers.clinician(new Api(base));
            String id = api.postJson("api/intakes", json(complete(uniqueClinicId()))).json().get("id").asText();
            Api.Reply summary = api.get("api/intakes/" + id + "/summary.pdf");
            assertEquals(200, summary.status());
            assertEquals(0, PdfReading.imagesOnFirstPage(summary.bytes()), "an SVG is drawn as vectors, not a bitmap");
        } finally {
            try (Browser admin = admin()) {
                removeLogo(admin);
            }
            Files.deleteIfExists(svg);
        }
    }

    @Test
    void shouldAnswerNotFoundWhenAVersionHasNoLogo() {
        FormClient visitor = new FormClient(base);
        assertEquals(404, visitor.get("clinic-logo/999999999").status());
        assertEquals(404, visitor.get("clinic-logo/abc").status());
    }

    private static void assertLogoShown(Browser browser, String name) {
        assertEquals(name, browser.find("#clinic-logo").getAttribute("alt"));
        assertEquals("true", browser.find("#clinic-name").getAttribute("aria-hidden"));
        Object loaded = browser.script("var i = document.getElementById('clinic-logo'); return i.complete && i.naturalWidth > 0");
        assertEquals(Boolean.TRUE, loaded, "the logo loads in " + browser.url());
        Number height = (Number) browser.script("return document.getElementById('clinic-logo').getBoundingClientRect().height");
        // rem is the page's root font size (stride.css sets it above the browser's 16 px), not a fixed 16 px.
        Number rem = (Number) browser.script("return parseFloat(getComputedStyle(document.documentElement).fontSize)");
        assertTrue(height.doubleValue() > 0 && height.doubleValue() <= 2.75 * rem.doubleValue() + 0.5,
                "at most 2.75rem (" + 2.75 * rem.doubleValue() + " px) high: " + height);
    }
}
