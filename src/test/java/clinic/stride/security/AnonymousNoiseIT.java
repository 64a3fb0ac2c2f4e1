package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import java.io.IOException;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Anonymous callers cannot fill the audit trail: requests without a sign-in are limited per client address
 * (the failsafe configuration allows 300 a minute), and a failed sign-in with a name that does not exist keeps
 * a keyed hash of it, never what was typed.
 */
class AnonymousNoiseIT extends StrideIT {



    /** Over the loopback interface, which the tests trust as a proxy: X-Forwarded-For then gives an address of our own. */
    private Api viaProxy() throws MalformedURLException {
        return new Api(new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile()));
    }

    @Test
    void shouldStopWritingAuditRowsWhenOneAddressFloodsUnknownIntakeLinks() throws MalformedURLException {
        Api api = viaProxy();
        String address = "198.51.100." + (1 + (int) (Math.random() * 200));
        String flood = "flood-" + UUID.randomUUID().toString().substring(0, 8);
        int sent = 0;
        int limited = 0;
        // The failsafe configuration allows 300 a minute: the burst is spent after a few hundred quick requests.
        while (sent < 3000 && limited < 50) {
            Api.Reply reply = api.send(api.request("api/intake-links/" + "A".repeat(43))
                    .header("X-Forwarded-For", address).header("X-Request-Id", flood + "-" + sent).GET().build());
            sent++;
            if (reply.status() == 429) {
                limited++;
            } else {
                assertEquals(404, reply.status(), reply::toString);
            }
        }

        assertEquals(50, limited, "refused once the address's allowance was spent (" + sent + " sent)");
        assertEquals(sent - limited, Db.count("select count(*) from audit_event where request_id like ?", flood + "-%"),
                "a row for each request let through, none for a refused one");
        Api.Reply other = api.send(api.request("api/intake-links/" + "B".repeat(43)).header("X-Forwarded-For", "198.51.100.250").GET().build());
        assertEquals(404, other.status(), "another address is not affected");
    }

    @Test
    void shouldKeepAKeyedHashNotTheTypedNameWhenASignInNamesNobody() {
        String typed = "correct.horse.battery-" + UUID.randomUUID().toString().substring(0, 8);
        FormClient browser = new FormClient(base);

        String requestId = "nobody-" + UUID.randomUUID();
        Api.Reply reply = browser.postForm("login",
                Map.of("username", typed, "password", "whatever-was-typed", "_csrf", browser.csrfToken()),
                Map.of("X-Request-Id", requestId));

        assertEquals(401, reply.status(), reply::toString);
        assertEquals(0, Db.count("select count(*) from audit_event where username like ?", "%" + typed + "%"));
        String recorded = Db.text("select username from audit_event where action = 'sign-in' and status = 401 "
                + "and request_id = ?", requestId);
        assertTrue(recorded != null && recorded.matches("unknown:[0-9a-f]{16}"), recorded);
        browser.submitLogin(typed, "another-try");
        assertEquals(2, Db.count("select count(*) from audit_event where action = 'sign-in' and username = ?", recorded),
                "the same mistyped name gives the same value, so repeated tries still show");
    }

    @Test
    void shouldRefuseAMegabytePasswordWithoutHashingIt() {
        FormClient browser = new FormClient(base);
        String requestId = "megabyte-" + UUID.randomUUID();
        Api.Reply reply = browser.postForm("login",
                Map.of("username", "frontdesk", "password", "x".repeat(1_000_000), "_csrf", browser.csrfToken()),
                Map.of("X-Request-Id", requestId));

        assertEquals(401, reply.status());
        // A real user's name with a password that could be checked is recorded under that name after PBKDF2; a
        // password longer than any stored one is refused before the name is looked at, so the row has no name.
        assertEquals(1, Db.count("select count(*) from audit_event where request_id = ? and action = 'sign-in' "
                + "and status = 401 and username is null", requestId));
    }

    @Test
    void shouldAnswer413WhenAFormIsLargerThanTheLimit() throws IOException {
        int length = 3 * 1024 * 1024;
        String response;
        // Raw HTTP: the server answers before the body is sent, which Java's HttpClient reports as a broken stream.
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /login HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(("filler=" + "x".repeat(64 * 1024)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            response = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
        }

        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(!response.contains("Exception"), response);
    }

    @Test
    void shouldRefuseASignedInSessionIdWhenItComesWithoutItsBindingCookie() {
        FormClient browser = new FormClient(base).signIn(DemoUsers.FRONT_DESK.username(), DemoUsers.FRONT_DESK.password());
        String session = browser.cookie("JSESSIONID");
        String binding = browser.cookie("STRIDE_SESSION");
        assertTrue(binding != null && binding.length() >= 22, "128 random bits: " + binding);
        Api api = new Api(base);

        Api.Reply alone = api.send(api.request("account").header("Cookie", "JSESSIONID=" + session).GET().build());

        assertEquals(302, alone.status(), "a session id alone (guessed or stolen) is not enough");
        assertEquals(200, browser.get("account").status(), "with its binding cookie the session works");
    }
}
