package clinic.stride.security;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Browser;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The sign-in and account pages look like the rest of Stride and speak the page's language; so does a used link's page. */
class SignInPagesIT extends StrideIT {



    /** The site's stylesheet is applied: its header is there and the body text is not the browser's default serif. */
    private static void assertStyled(Browser browser) {
        assertTrue(browser.present("link[rel=stylesheet][href$='/resources/css/stride.css']"), "the stylesheet is linked");
        assertTrue(browser.present("header.site-header"), "the site's header is shown");
        String font = (String) browser.script("return getComputedStyle(document.body).fontFamily");
        assertTrue(!font.toLowerCase().contains("times"), "styled text, not the browser default: " + font);
    }

    @Test
    void shouldShowSignInAndAccountPagesStyledInSpanishWhenSpanishIsAsked() {
        try (Browser browser = new Browser(base)) {
            browser.open("/login?lang=es");
            assertEquals("es", browser.find("html").getAttribute("lang"));
            assertEquals("Iniciar sesión en Stride", browser.h1());
            assertEquals("Nombre de usuario", browser.text("label[for='username']"));
            assertStyled(browser);
            browser.check("login-es");

            browser.press("sign-in");
            assertTrue(browser.text("#username-error").contains("Escriba su nombre de usuario"), browser.text("main"));
            assertTrue(browser.text("#password-error").contains("Escriba su contraseña"), browser.text("main"));
            browser.check("login-es-errors");

            browser.type("username", DemoUsers.FRONT_DESK.username()).type("password", "not the password");
            browser.press("sign-in");
            assertTrue(browser.text("#password-error").contains("El nombre de usuario o la contraseña no son correctos"));

            browser.signIn(DemoUsers.FRONT_DESK.username(), DemoUsers.FRONT_DESK.password());
            browser.open("/account");
            assertEquals("es", browser.find("html").getAttribute("lang"), "the language chosen is remembered");
            assertEquals("Su cuenta", browser.h1());
            assertTrue(browser.text("main").contains(DemoUsers.FRONT_DESK.username()));
            assertEquals("Cerrar sesión", browser.text("#sign-out"));
            assertStyled(browser);
            browser.check("account-es");

            browser.press("sign-out");
            assertEquals("Sesión cerrada.", browser.text("#notice"));
        }
    }

    @Test
    void shouldShowSignInAndAccountPagesStyledInEnglishByDefault() {
        try (Browser browser = new Browser(base)) {
            browser.open("/login");
            assertEquals("en", browser.find("html").getAttribute("lang"));
            assertEquals("Sign in to Stride", browser.h1());
            assertStyled(browser);
            browser.check("login");
            browser.signIn(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password());
            browser.open("/account");
            assertEquals("Your account", browser.h1());
            assertStyled(browser);
            browser.check("account");
            Browser.Fetched spanish = browser.fetch("/account?lang=es");
            assertEquals(200, spanish.status());
            assertTrue(new String(spanish.body(), java.nio.charset.StandardCharsets.UTF_8).contains("<h1>Su cuenta</h1>"),
                    "?lang=es is honoured on the account page");
        }
    }

    @Test
    void shouldSayNoLongerValidInSpanishWhenASpanishLinkWasUsed() {
        String clinicId = uniqueClinicId();
        Api frontDesk = TestUsers.frontDesk(new Api(base));
        assertEquals(201, frontDesk.postJson("api/patients", json(complete(clinicId).get("patient"))).status());
        Api.Reply created = frontDesk.postJson("api/patients/" + clinicId + "/intake-links", "{\"language\": \"es\"}");
        assertEquals(201, created.status(), created::toString);
        String url = created.json().get("url").asText();
        String token = url.substring(url.lastIndexOf('/') + 1);
        ObjectNode answers = complete(clinicId);
        answers.remove("patient");
        answers.put("language", "es");
        Api.Reply sent = new Api(base).postJson("api/intake-links/" + token + "/intake", json(answers));
        assertEquals(201, sent.status(), sent::toString);

        try (Browser browser = new Browser(base, "en-US")) {
            browser.open("/intake-links/" + token);
            assertEquals("Este enlace ya no es válido", browser.h1(), "a used Spanish link answers in Spanish");
            assertEquals("es", browser.find("html").getAttribute("lang"));
            browser.check("intake-link-gone-es");
            browser.open("/intake-links/" + "x".repeat(43));
            assertNotEquals("Este enlace ya no es válido", browser.h1(), "an unknown link has no language: the browser's");
        }
    }
}
