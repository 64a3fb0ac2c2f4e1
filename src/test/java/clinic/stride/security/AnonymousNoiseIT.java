package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.Deployments;
import clinic.stride.testsupport.FormClient;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anonymous callers cannot fill the audit trail: requests without a sign-in are limited per client address
 * (the failsafe configuration allows 1000 a minute), and a failed sign-in with a name that does not exist keeps
 * a keyed hash of it, never what was typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousNoiseIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.stride();
    }

    @ArquillianResource
    URL base;

    /** Over the loopback interface, which the tests trust as a proxy: X-Forwarded-For then gives an address of our own. */
    private Api viaProxy() throws MalformedURLException {
        return new Api(new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile()));
    }

    @Test
    void shouldStopWritingAuditRowsWhenOneAddressFloodsUnknownIntakeLinks() throws MalformedURLException {
        Api api = viaProxy();
        String address = "198.51.100." + (1 + (int) (Math.random() * 200));
        String flood = "flood-" + UUID.randomUUID().toString().substring(0, 8);
        int limited = 0;
        long started = System.nanoTime();
        for (int i = 0; i < 1500; i++) {
            Api.Reply reply = api.send(api.request("api/intake-links/" + "A".repeat(43))
                    .header("X-Forwarded-For", address).header("X-Request-Id", flood + "-" + i).GET().build());
            if (reply.status() == 429) {
                limited++;
            } else {
                assertEquals(404, reply.status(), reply::toString);
            }
        }
        double minutes = (System.nanoTime() - started) / 60e9;

        long rows = Db.count("select count(*) from audit_event where request_id like ?", flood + "-%");
        assertTrue(limited > 0, "some requests were refused");
        assertTrue(rows <= 1000 + Math.ceil(minutes * 1000) + 1, rows + " rows in " + minutes + " min");
        assertEquals(1500 - limited, rows, "a row for each request let through, none for a refused one");
        Api.Reply other = api.send(api.request("api/intake-links/" + "B".repeat(43)).header("X-Forwarded-For", "198.51.100.250").GET().build());
        assertEquals(404, other.status(), "another address is not affected");
    }

    @Test
    void shouldKeepAKeyedHashNotTheTypedNameWhenASignInNamesNobody() {
        String typed = "correct.horse.battery-" + UUID.randomUUID().toString().substring(0, 8);
        FormClient browser = new FormClient(base);

        Api.Reply reply = browser.submitLogin(typed, "whatever-was-typed");

        assertEquals(401, reply.status(), reply::toString);
        assertEquals(0, Db.count("select count(*) from audit_event where username like ?", "%" + typed + "%"));
        String recorded = Db.text("select username from audit_event where action = 'sign-in' and status = 401 "
                + "and username like 'unknown:%' order by id desc limit 1");
        assertTrue(recorded != null && recorded.matches("unknown:[0-9a-f]{16}"), recorded);
        browser.submitLogin(typed, "another-try");
        assertEquals(2, Db.count("select count(*) from audit_event where action = 'sign-in' and username = ?", recorded),
                "the same mistyped name gives the same value, so repeated tries still show");
    }

    @Test
    void shouldRefuseAMegabytePasswordWithoutHashingIt() {
        String username = "frontdesk";
        long started = System.nanoTime();
        Api.Reply reply = new Api(base).as(username, "x".repeat(1_000_000)).get("api/worklist");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(401, reply.status(), reply::toString);
        assertTrue(millis < 1000, "refused in " + millis + " ms (PBKDF2 of 1 MB took about 1.5 s)");
    }

    @Test
    void shouldAnswer413WhenAFormIsLargerThanTheLimit() {
        FormClient browser = new FormClient(base);
        String token = browser.csrfToken();

        Api.Reply huge = browser.postForm("login", java.util.Map.of("_csrf", token, "username", "frontdesk",
                "password", "p", "filler", "x".repeat(3 * 1024 * 1024)));

        assertEquals(413, huge.status(), () -> huge.status() + " " + huge.body().substring(0, Math.min(300, huge.body().length())));
        assertTrue(!huge.body().contains("Exception"), huge.body());
        Api api = new Api(base);
        byte[] body = ("_csrf=" + token + "&filler=" + "y".repeat(3 * 1024 * 1024)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Api.Reply chunked = api.send(api.request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());
        assertTrue(chunked.status() == 413 || chunked.status() == 403, "chunked: " + chunked.status());
    }
}
