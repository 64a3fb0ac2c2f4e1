package clinic.stride.clinic;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.reports.PdfReading;
import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.RunsAlone;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The admin's clinic settings page in a real headless Chromium: a save is a new version (the old ones stay), is
 * audited, and shows on both PDFs and in the pages' header; bad fields are shown beside themselves in English and
 * Spanish. Each test ends by saving the name and phone it found, as a further version, for the tests after it.
 */
@RunsAlone("changes the clinic name, address and logo every page shows, and counts every settings version")
class ClinicSettingsIT extends StrideIT {

    private Browser admin(String language) {
        Browser browser = new Browser(base, language);
        browser.signInOverHttp(DemoUsers.ADMIN.username(), DemoUsers.ADMIN.password());
        return browser;
    }

    private static String value(Browser browser, String id) {
        return browser.find("#" + id).getAttribute("value");
    }

    @Test
    void shouldStoreANewVersionAndPrintItOnBothPdfsWhenAnAdminSavesTheSettings() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Clínica Ñandú “Andar” 步行 " + tag;
        try (Browser browser = admin("en")) {
            browser.open("/admin/clinic");
            assertEquals("Clinic settings", browser.h1());
            browser.check("admin-clinic");
            String oldName = value(browser, "name");
            String oldPhone = value(browser, "phone");
            String oldAddress = browser.find("#address").getAttribute("value");
            String oldFooter = value(browser, "handoutFooter");
            long versionsBefore = Db.count("select count(*) from clinic_settings");
            long auditBefore = Db.count("select count(*) from audit_event where action = 'page.clinic-settings.save'");

            browser.type("address", "Calle Mayor 1\n28013 Madrid");
            browser.type("handoutFooter", "Abierto de lunes a viernes");
            browser.type("name", name);
            browser.type("phone", "+34 ６００ １２３ ４５６"); // a Japanese or Chinese keyboard left in full-width digits
            browser.press("save");

            assertTrue(browser.present("#saved"), browser.driver().getPageSource());
            browser.check("admin-clinic-saved");
            assertEquals(name, value(browser, "name"));
            assertEquals("+34 600 123 456", value(browser, "phone"), "kept in the digits a handout prints");
            assertEquals(name, browser.text("#clinic-name"), "the pages' header names the clinic");
            assertEquals(versionsBefore + 1, Db.count("select count(*) from clinic_settings"), "one more version");
            assertEquals(auditBefore + 1,
                    Db.count("select count(*) from audit_event where action = 'page.clinic-settings.save'"));
            assertEquals("admin", Db.text("select changed_by from clinic_settings order by version desc limit 1"));

            Api clinician = TestUsers.clinician(new Api(base));
            String id = clinician.postJson("api/intakes", json(complete(uniqueClinicId()))).json().get("id").asText();
            String summary = PdfReading.flat(PdfReading.text(clinician.get("api/intakes/" + id + "/summary.pdf").bytes()));
            String handout = PdfReading.flat(PdfReading.text(clinician.get("api/intakes/" + id + "/handout.pdf").bytes()));
            assertAll(
                    () -> assertTrue(summary.contains(name) && summary.contains("+34 600 123 456"), summary),
                    () -> assertTrue(handout.contains(name) && handout.contains("+34 600 123 456"), handout),
                    () -> assertTrue(handout.contains("Abierto de lunes a viernes"), "the clinic's footer: " + handout));

            // Back as it was, through the form the saved page shows.
            browser.type("address", oldAddress == null ? "" : oldAddress);
            browser.type("handoutFooter", oldFooter == null ? "" : oldFooter);
            browser.type("name", oldName);
            browser.type("phone", oldPhone == null ? "" : oldPhone);
            browser.press("save");
            assertEquals(versionsBefore + 2, Db.count("select count(*) from clinic_settings"), "amended, not replaced");
            assertTrue(Db.count("select count(*) from clinic_settings where name = ?", name) == 1,
                    "the earlier version stays");
        }
    }

    @Test
    void shouldShowEveryBadFieldBesideItselfWhenTheSettingsAreWrong() {
        try (Browser browser = admin("es")) {
            browser.open("/admin/clinic?lang=es");
            long versionsBefore = Db.count("select count(*) from clinic_settings");
            browser.type("name", " ");
            browser.type("phone", "llame al 600");
            browser.press("save");

            assertTrue(browser.present("#error-summary"), browser.driver().getPageSource());
            assertTrue(browser.text("#name-error").contains("Escriba el nombre de la clínica"), browser.text("#name-error"));
            assertTrue(browser.text("#phone-error").contains("Use cifras"), browser.text("#phone-error"));
            assertEquals("llame al 600", value(browser, "phone"), "what was typed stays in the field");
            assertEquals("true", browser.find("#phone").getAttribute("aria-invalid"));
            browser.check("admin-clinic-errors");
            assertEquals(versionsBefore, Db.count("select count(*) from clinic_settings"), "nothing stored");
        }
    }

    @Test
    void shouldKeepAPngLogoAndRefuseAScriptedSvgWhenTheyAreUploaded() throws IOException {
        Path png = Files.createTempFile("logo", ".png");
        Path svg = Files.createTempFile("logo", ".svg");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", StandardCharsets.UTF_8);
        try (Browser browser = admin("en")) {
            browser.open("/admin/clinic");
            long versionsBefore = Db.count("select count(*) from clinic_settings");
            browser.find("#logo").sendKeys(svg.toString());
            browser.press("save");
            assertTrue(browser.text("#logo-error").contains("must not contain scripts"), browser.text("#logo-error"));
            assertEquals(versionsBefore, Db.count("select count(*) from clinic_settings"));

            browser.find("#logo").sendKeys(png.toString());
            browser.press("save");
            assertTrue(browser.present("#saved"), browser.driver().getPageSource());
            assertEquals("image/png", Db.text("select logo_type from clinic_settings order by version desc limit 1"));
            assertTrue(browser.text("#logo-current").contains("image/png"));

            browser.choose("removeLogo");
            browser.press("save");
            assertFalse(browser.present("#logo-current"), "the logo is gone from the version in force");
            assertEquals(1, Db.count("select count(*) from clinic_settings where version = ? and logo is not null",
                    versionsBefore + 1), "the version with the logo stays");
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(svg);
        }
    }
}
