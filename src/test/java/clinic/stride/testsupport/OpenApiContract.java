package clinic.stride.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Checks each exchange an integration test has with the API against the OpenAPI document the same Stride serves
 * at /openapi, with Atlassian's swagger-request-validator. {@link Api} calls it for every request it sends, so
 * every API integration test is also a contract test:
 * <ul>
 *   <li>every response to a documented operation must match the document (status listed, media type, body
 *       schema), whatever its status;</li>
 *   <li>every request the API accepted (2xx) must match the document too: a document stricter than the API
 *       would turn clients away. Requests the API refused are the tests' bad input on purpose and are not held
 *       to the document; their error responses are.</li>
 * </ul>
 * Paths outside /api/ (pages, health, the document itself) are not part of the document.
 */
public final class OpenApiContract {

    private static final Map<URI, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final AtomicInteger CHECKED = new AtomicInteger();

    private OpenApiContract() {
    }

    /** How many exchanges were checked in this JVM (a test can prove the check ran). */
    public static int checked() {
        return CHECKED.get();
    }

    /** Throws AssertionError naming every mismatch. */
    public static void check(URI base, HttpRequest request, HttpResponse<byte[]> response) {
        String path = request.uri().getRawPath();
        String basePath = base.getRawPath().endsWith("/") ? base.getRawPath() : base.getRawPath() + "/";
        if (!path.startsWith(basePath + "api/")) {
            return;
        }
        String apiPath = path.substring(basePath.length() - 1);
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(base, OpenApiContract::load);
        Request.Method method = Request.Method.valueOf(request.method());

        SimpleRequest.Builder sent = new SimpleRequest.Builder(method, apiPath);
        request.headers().map().forEach(sent::withHeader);
        query(request.uri()).forEach(sent::withQueryParam);
        bodyOf(request).ifPresent(sent::withBody);
        SimpleResponse.Builder received = SimpleResponse.Builder.status(response.statusCode());
        headersOf(response.headers()).forEach(received::withHeader);
        if (response.body() != null && response.body().length > 0 && !"HEAD".equals(request.method())) {
            received.withBody(response.body());
        }

        ValidationReport report = validator.validateResponse(apiPath, method, received.build());
        if (response.statusCode() >= 200 && response.statusCode() < 300) {
            report = report.merge(validator.validateRequest(sent.build()));
        }
        // Undocumented paths (a probe of /api/nonexistent) have nothing to be checked against.
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(response.statusCode() == 404 || response.statusCode() == 405)
                        || !m.getKey().equals("validation.request.path.missing")
                        && !m.getKey().equals("validation.request.operation.notAllowed")
                        && !m.getKey().equals("validation.response.path.missing")
                        && !m.getKey().equals("validation.response.operation.notAllowed"))
                .toList();
        CHECKED.incrementAndGet();
        if (!errors.isEmpty()) {
            throw new AssertionError("/openapi does not describe " + request.method() + " " + apiPath + " → "
                    + response.statusCode() + ":\n" + errors.stream().map(m -> "  " + m.getKey() + ": " + m.getMessage())
                    .collect(Collectors.joining("\n")));
        }
    }

    private static OpenApiInteractionValidator load(URI base) {
        try {
            HttpResponse<String> document = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(base.resolve("openapi")).header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new AssertionError("GET /openapi answered " + document.statusCode());
            }
            return OpenApiInteractionValidator.createForInlineApiSpecification(document.body())
                    // The document says what every status looks like; a test may well send no body to a GET.
                    .withLevelResolver(LevelResolver.create().build())
                    .build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> query(URI uri) {
        if (uri.getRawQuery() == null) {
            return Map.of();
        }
        return java.util.Arrays.stream(uri.getRawQuery().split("&")).filter(p -> !p.isEmpty())
                .map(p -> p.split("=", 2))
                .collect(Collectors.groupingBy(p -> decode(p[0]),
                        Collectors.mapping(p -> p.length > 1 ? decode(p[1]) : "", Collectors.toList())));
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> headersOf(HttpHeaders headers) {
        return headers.map().entrySet().stream().filter(e -> !e.getKey().startsWith(":"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The bytes a request's body publisher sends (ofString and ofByteArray publish them again on each subscription). */
    private static Optional<byte[]> bodyOf(HttpRequest request) {
        if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CountDownLatch done = new CountDownLatch(1);
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.countDown();
            }

            @Override
            public void onComplete() {
                done.countDown();
            }
        });
        try {
            done.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.of(bytes.toByteArray());
    }
}
