package clinic.stride.dashboard;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static clinic.stride.testsupport.SampleIntakes.uniqueLetters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.security.DemoUsers;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What a clinic day needs from the staff pages: a triage queue, search that finds people, sign-out everywhere. */
class ClinicDayIT extends StrideIT {




    private static String uniqueFamily() {
        return "Zz" + uniqueLetters(6);
    }

    private String submit(String clinicId, Consumer<ObjectNode> change) {
        ObjectNode body = complete(clinicId, b -> {
            b.put("visitDate", LocalDate.now().toString());
            at(b, "redFlags").put("notImprovingWithRest", false);
            change.accept(b);
        });
        Api.Reply reply = TestUsers.clinician(new Api(base)).postJson("api/intakes", json(body));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().get("id").asText();
    }

    private static List<String> rows(Browser browser) {
        return browser.all("#worklist tbody tr").stream().map(r -> r.getAttribute("data-intake")).toList();
    }

    /** Whether the worklist at this address has the intake's row (only the list's rows carry data-intake). */
    private static boolean listed(FormClient client, String address, String intakeId) {
        Api.Reply page = client.get(address);
        assertEquals(200, page.status(), address);
        return page.body().contains("data-intake=\"" + intakeId + "\"");
    }

    @Test
    void shouldMoveReviewedEmergencyOffTheTopAndMarkEmergenciesForTheDesk() {
        String family = uniqueFamily();
        String firstEmergency = submit(uniqueClinicId(), b -> {
            at(b, "patient").put("familyName", family);
            at(b, "redFlags").put("bladderBowelLoss", true);
        });
        String plain = submit(uniqueClinicId(), b -> at(b, "patient").put("familyName", family));
        String secondEmergency = submit(uniqueClinicId(), b -> {
            at(b, "patient").put("familyName", family);
            at(b, "redFlags").put("bladderBowelLoss", true);
        });
        try (Browser browser = signedInBrowser(DemoUsers.CLINICIAN)) {
            browser.open("/dashboard?filtered=1&name=" + family);
            assertEquals(List.of(firstEmergency, secondEmergency, plain), rows(browser),
                    "emergencies first, first come first served within the day");
            browser.open("/dashboard/patient?intake=" + firstEmergency);
            browser.check("dashboard-patient-triage");
            browser.press("mark-reviewed");
            assertTrue(browser.url().contains("/dashboard/patient?intake=" + firstEmergency));
            assertTrue(browser.text("#reviewed").contains(DemoUsers.CLINICIAN.username()), browser.text("#triage"));
            browser.open("/dashboard?filtered=1&name=" + family);
            assertEquals(List.of(secondEmergency, firstEmergency, plain), rows(browser), "the handled emergency leaves the top");
            assertTrue(browser.text("tr[data-intake='" + firstEmergency + "']").contains("reviewed"));
            browser.check("dashboard-worklist-reviewed");
        }
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'page.intake.reviewed' and intake_id = ?::uuid "
                + "and status = 303 and username = ?", firstEmergency, DemoUsers.CLINICIAN.username()));
        assertEquals(DemoUsers.CLINICIAN.username(), Db.text("select reviewed_by from intake where id = ?::uuid", firstEmergency));

        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/front-desk/worklist");
            assertTrue(browser.present("tr[data-intake='" + secondEmergency + "'] .badge-emergency"), "the desk sees the emergency");
            assertFalse(browser.present("tr[data-intake='" + plain + "'] .badge-emergency"));
            browser.check("front-desk-worklist-emergency");
        }
    }

    @Test
    void shouldFindPeopleByAnyNameOrderAccentsClinicNumberPrefixAndBirthDate() {
        String tag = uniqueFamily();
        String clinicId = "Qa-" + tag.toUpperCase();
        String id = submit(clinicId, b -> at(b, "patient").put("givenName", "María").put("familyName", "Ortega Núñez " + tag)
                .put("birthDate", "1939-02-11"));
        try (Browser browser = signedInBrowser(DemoUsers.CLINICIAN)) {
            // Each search is typed into the filter form of the page on screen: the list's own form after the first.
            browser.open("/dashboard");
            for (String search : List.of("maria nunez " + tag, tag + " NÚÑEZ maría", "Núñez, María " + tag,
                    clinicId.toLowerCase(), clinicId.substring(0, clinicId.length() - 2).toLowerCase())) {
                browser.type("name", search);
                browser.type("from", "");
                browser.press("search");
                assertTrue(rows(browser).contains(id), "'" + search + "' finds María Ortega Núñez");
                assertTrue(URI.create(browser.url()).getRawQuery().contains("name="), "the filters are in the address: " + browser.url());
            }
            // Addresses typed by hand: what the server lists is the subject, so an HTTP client reads the rows.
            FormClient clinician = new FormClient(base).signIn(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password());
            assertTrue(listed(clinician, "dashboard?filtered=1&name=1939-02-11", id), "a birth date finds her");
            assertTrue(listed(clinician, "dashboard?filtered=1&name=11/02/1939", id), "a birth date as written in Spain finds her");
            assertFalse(listed(clinician, "dashboard?filtered=1&name=maria+nunez+zzzzzzzz", id));

            browser.open("/dashboard?filtered=1&from=2026-12-31&to=2026-01-01");
            assertTrue(browser.text("[role=alert]").contains("after"), "a reversed range is an error, not an empty list");
            browser.check("dashboard-range-error");
        }
    }

    @Test
    void shouldOfferSignOutOnEveryStaffPage() {
        Map<DemoUsers.DemoUser, List<String>> pages = Map.of(
                DemoUsers.CLINICIAN, List.of("/dashboard", "/knowledge", "/front-desk/worklist", "/front-desk/intake-link"),
                DemoUsers.ADMIN, List.of("/admin/audit"));
        pages.forEach((user, addresses) -> {
            // That each page has the button is in its HTML; pressing it is the browser's part.
            FormClient client = new FormClient(base).signIn(user.username(), user.password());
            for (String page : addresses) {
                Api.Reply shown = client.get(page.substring(1));
                assertEquals(200, shown.status(), page);
                assertTrue(shown.body().contains("id=\"header-sign-out\""), page + " offers sign-out");
            }
            try (Browser browser = signedInBrowser(user)) {
                browser.open(addresses.get(0) + "?lang=es");
                assertEquals("Cerrar sesión", browser.text("#header-sign-out"));
                browser.press("header-sign-out");
                assertEquals("/login", URI.create(browser.url()).getPath());
                browser.open(addresses.get(0));
                assertEquals("/login", URI.create(browser.url()).getPath(), "signed out");
            }
        });
    }

    @Test
    void shouldGiveTheDeskACopyButtonAScannableQrCodeAndAnExpiryWithItsTimeZone() throws Exception {
        String clinicId = uniqueClinicId();
        assertEquals(201, TestUsers.frontDesk(new Api(base)).postJson("api/patients", json(complete(clinicId).get("patient"))).status());
        try (Browser browser = signedInBrowser(DemoUsers.FRONT_DESK)) {
            browser.open("/front-desk/intake-link");
            browser.type("clinicId", clinicId);
            browser.press("create");
            String url = browser.find("#link-url").getAttribute("value");
            assertTrue(url.contains("/intake-links/"), url);
            assertTrue(browser.text("#link-expires").contains("UTC"), "the expiry names its time zone: " + browser.text("#link-expires"));

            // Scanned from the screen as a phone would: the code's pixels decode to the link.
            byte[] png = browser.find("#link-qr").getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            com.google.zxing.LuminanceSource source = new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            assertEquals(url, new com.google.zxing.qrcode.QRCodeReader().decode(
                    new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(source))).getText());

            assertTrue(browser.find("#copy-link").isDisplayed());
            browser.find("#copy-link").click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> "Link copied.".equals(browser.text("#copy-status")));
            browser.check("front-desk-intake-link-qr");
        }
    }
}
