package clinic.stride.testsupport;

import clinic.stride.platform.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A small HTTP client for the REST API as an outside caller sees it. Every exchange is checked against the
 * served /openapi ({@link OpenApiContract}): a response the document does not describe fails the test.
 */
public final class Api {

    private final URI base;
    // HTTP/1.1 as browsers speak to a plain-http server: the JDK client's default h2c upgrade made Payara answer a
    // large body with bytes the client read as an oversized HTTP/2 frame (FhirServerIT, shared Payara).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String authorization;
    private String forwardedFor;

    public Api(URL deploymentUrl) {
        String url = deploymentUrl.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** HTTP Basic credentials for every following request. */
    public Api as(String user, String password) {
        Api api = new Api(base);
        api.forwardedFor = forwardedFor;
        api.authorization = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return api;
    }

    private Api(URI base) {
        this.base = base;
    }

    /**
     * Every following request names this client address in X-Forwarded-For. Stride believes it only from a trusted
     * proxy (the tests trust the loopback interface): call it through a 127.0.0.1 deployment URL.
     */
    public Api from(String clientAddress) {
        Api api = new Api(base);
        api.authorization = authorization;
        api.forwardedFor = clientAddress;
        return api;
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    public Reply postJson(String path, String json) {
        return postJson(path, json, Map.of());
    }

    public Reply postJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** POST of a FHIR resource to {@code api/fhir/QuestionnaireResponse}, as a FHIR client sends it. */
    public Reply postFhir(String body, Map<String, String> headers) {
        HttpRequest.Builder request = request("api/fhir/QuestionnaireResponse")
                .header("Content-Type", "application/fhir+json")
                .header("Accept", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            OpenApiContract.check(base, request, response);
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    /** A response with its body as text, JSON or bytes. */
    public record Reply(HttpResponse<byte[]> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            return response.body();
        }

        public JsonNode json() {
            try {
                return Json.mapper().readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body(), e);
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /**
         * The media type without parameters: Payara adds "charset=UTF-8" to every response since requests are read as
         * UTF-8 (web.xml), binary ones included; the tests compare the type itself.
         */
        public String contentType() {
            String type = header("Content-Type");
            return type == null ? null : type.split(";")[0].trim();
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
