package clinic.stride.testsupport;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client that behaves like a browser as far as Stride's pages care (for the security tests; the real
 * browser is {@link Browser}): keeps the cookies it is given, fills in forms with the page's
 * CSRF token, and does not follow redirects (so tests see them).
 */
public final class FormClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Api api;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** Each kept cookie's Set-Cookie header as the server sent it, flags and all. */
    private final Map<String, String> setCookies = new LinkedHashMap<>();

    public FormClient(URL base) {
        this.api = new Api(base);
    }

    /** Pages through this client's requests (its address, say: {@link Api#from}). */
    public FormClient(Api api) {
        this.api = api;
    }

    /** Signs in through the form; fails the test unless Stride answers 303. */
    public FormClient signIn(String username, String password) {
        Api.Reply reply = submitLogin(username, password);
        if (reply.status() != 303) {
            throw new AssertionError("sign-in as " + username + " failed: " + reply.status());
        }
        return this;
    }

    public Api.Reply submitLogin(String username, String password) {
        return postForm("login", Map.of("username", username, "password", password, "_csrf", csrfToken()));
    }

    /** The session's CSRF token, read from the sign-in form (which starts a session if there is none). */
    public String csrfToken() {
        Api.Reply page = get("login");
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on the sign-in page: " + page.body());
        }
        return m.group(1);
    }

    public Api.Reply get(String path) {
        return send(request(path).GET());
    }

    /**
     * GETs a page and follows its redirects as a browser's address bar would (at most 10), answering with the page
     * it ends on; {@link Api.Reply#response()} knows that page's address.
     */
    public Api.Reply visit(String path) {
        Api.Reply reply = get(path);
        for (int hops = 0; hops < 10 && reply.status() / 100 == 3 && reply.header("Location") != null; hops++) {
            reply = get(reply.response().uri().resolve(reply.header("Location")).toString());
        }
        return reply;
    }

    public Api.Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).GET();
        headers.forEach(builder::header);
        return send(builder);
    }

    public Api.Reply postForm(String path, Map<String, String> fields) {
        return postForm(path, fields, Map.of());
    }

    public Api.Reply postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(builder::header);
        return send(builder);
    }

    public Api.Reply postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The Set-Cookie headers of the cookies this client holds, by cookie name. */
    public Map<String, String> setCookieHeaders() {
        return Map.copyOf(setCookies);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = api.request(path);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Api.Reply send(HttpRequest.Builder builder) {
        Api.Reply reply = api.send(builder.build());
        for (String header : reply.response().headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
                setCookies.remove(name);
            } else {
                cookies.put(name, value);
                setCookies.put(name, header);
            }
        }
        return reply;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
