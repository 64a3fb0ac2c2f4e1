package clinic.stride.platform;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.RunsAlone;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fuzz tests run the parsing in-process; this sends the same kind of bodies through the real HTTP stack
 * (Jersey's readers, the exception mappers, the transaction) to POST /api/intakes and to the FHIR import:
 * every malformed body is a 4xx problem+json without a stack trace or class name, and stores nothing.
 */
@RunsAlone("sums whole-table row counts before and after each refused body")
class MalformedBodiesIT extends StrideIT {

    private static final String INTAKES = "api/intakes";
    private static final String FHIR = "api/fhir/QuestionnaireResponse";

    Api api() {
        return TestUsers.clinician(new Api(base));
    }

    /** A malformed body for one endpoint, named for the failure report. */
    record Body(String name, String path, String contentType, byte[] bytes) {

        static Body of(String name, String path, String text) {
            return new Body(name, path, path.equals(FHIR) ? "application/fhir+json" : "application/json",
                    text.getBytes(StandardCharsets.UTF_8));
        }

        Body withBytes(byte[] replaced) {
            return new Body(name, path, contentType, replaced);
        }
    }

    /** Bodies both endpoints must refuse: not JSON, not UTF-8, too deep, numbers too big, wrong types. */
    static List<Body> malformed() {
        List<Body> bodies = new ArrayList<>();
        for (String path : List.of(INTAKES, FHIR)) {
            String valid = path.equals(INTAKES) ? json(complete(uniqueClinicId())) : fhirSeed("valid-runner");
            bodies.add(Body.of("empty", path, ""));
            bodies.add(Body.of("truncated", path, valid.substring(0, valid.length() / 2)));
            bodies.add(Body.of("JSON null", path, "null"));
            bodies.add(Body.of("array", path, "[]"));
            bodies.add(Body.of("string", path, "\"intake\""));
            bodies.add(Body.of("number", path, "1"));
            bodies.add(Body.of("deeply nested arrays", path, "{\"item\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}"));
            bodies.add(Body.of("deeply nested objects", path, "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)));
            bodies.add(Body.of("a number with 5000 digits", path, valid.replaceFirst("(\"(intensity|valueInteger)\"\\s*:\\s*)\\d+",
                    "$1" + "9".repeat(5000))));
            bodies.add(Body.of("a number past int", path, valid.replaceFirst("(\"(intensity|valueInteger)\"\\s*:\\s*)\\d+",
                    "$199999999999999999999")));
            bodies.add(Body.of("a number past double", path, valid.replaceFirst("(\"(heightCm|valueDecimal)\"\\s*:\\s*)[\\d.]+", "$11e999")));
            bodies.add(Body.of("an object where a list belongs", path, changed(valid, path.equals(INTAKES) ? "/pain" : "",
                    path.equals(INTAKES) ? "regions" : "item", "{\"linkId\": \"pain\"}")));
            bodies.add(Body.of("a string where an object belongs", path, changed(valid, "",
                    path.equals(INTAKES) ? "patient" : "subject", "\"x\"")));
            bodies.add(Body.of("a list where text belongs", path, changed(valid, path.equals(INTAKES) ? "/patient" : "",
                    path.equals(INTAKES) ? "givenName" : "status", "[\"Maria\"]")));
            bodies.add(new Body("bytes that are not text", path, "application/json",
                    new byte[] {(byte) 0xff, (byte) 0xfe, 0, '{', (byte) 0xc3, (byte) 0x28, '}'}));
            byte[] badName = valid.replace("Maria", "Mar\u00ffa").getBytes(StandardCharsets.ISO_8859_1);
            bodies.add(Body.of("a name that is not UTF-8", path, "").withBytes(badName));
        }
        // Every input the fuzz tests ever saved (seeds and crash regressions), through the real stack.
        fuzzInputs("clinic/stride/intake/IntakeJsonFuzzTestInputs").forEach(p -> bodies.add(
                new Body("IntakeJsonFuzzTest " + p.getFileName(), INTAKES, "application/json", read(p))));
        fuzzInputs("clinic/stride/fhir/FhirImportFuzzTestInputs").forEach(p -> bodies.add(
                new Body("FhirImportFuzzTest " + p.getFileName(), FHIR, "application/fhir+json", read(p))));
        return bodies;
    }

    @Test
    void shouldAnswerEveryMalformedBodyWithAProblemWithoutInternalsAndStoreNothing() {
        List<String> failures = new ArrayList<>();
        for (Body body : malformed()) {
            long before = storedRows();
            Api.Reply reply = post(body);
            long after = storedRows();
            String what = body.path() + " " + body.name() + ": ";
            if (reply.status() == 201) {
                // Only a seed that is a valid intake may be created; it then stores its rows.
                if (!body.name().contains("complete") && !body.name().contains("valid")) {
                    failures.add(what + "created from a malformed body");
                }
                continue;
            }
            if (reply.status() < 400 || reply.status() >= 500) {
                failures.add(what + "status " + reply.status() + " " + reply.body());
            }
            // FHIR paths answer errors as OperationOutcomes, the rest as problem+json; a charset parameter is fine.
            String expectedType = what.startsWith("api/fhir/") ? "application/fhir+json" : "application/problem+json";
            String mediaType = reply.contentType() == null ? null : reply.contentType().split(";")[0].trim();
            if (!expectedType.equals(mediaType)) {
                failures.add(what + "content type " + reply.contentType());
            }
            if (hasInternals(reply.body())) {
                failures.add(what + "internals in the body " + reply.body());
            }
            if (after != before) {
                failures.add(what + "stored " + (after - before) + " rows");
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void shouldNameTheFieldOfANumberTooBigForIt() {
        // A concrete per-field answer for one of the bodies above: the field, not just "(body)".
        Api.Reply reply = api().postJson(INTAKES, json(complete(uniqueClinicId(), b -> at(b, "pain").put("intensity",
                new java.math.BigInteger("9".repeat(30))))));
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("pain.intensity", reply.json().at("/errors/0/field").asText(), reply.body());
        assertFalse(hasInternals(reply.body()), reply.body());
    }

    /** The JSON text with one field of the object at {@code pointer} replaced by {@code replacementJson}. */
    private static String changed(String json, String pointer, String field, String replacementJson) {
        try {
            var tree = Json.mapper().readTree(json);
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at(pointer)).set(field, Json.mapper().readTree(replacementJson));
            return Json.mapper().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api.Reply post(Body body) {
        Api api = api();
        HttpRequest request = api.request(body.path()).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
        return api.send(request);
    }

    /** Rows a submission writes: the patient, the intake, its version and assessment, an idempotency key. */
    private static long storedRows() {
        return Db.count("select (select count(*) from patient) + (select count(*) from intake)"
                + " + (select count(*) from intake_version) + (select count(*) from assessment)"
                + " + (select count(*) from idempotency_key)");
    }

    /** A stack frame, an exception class or a Java package in a body shown to a caller. */
    static boolean hasInternals(String body) {
        return body.contains("at clinic.") || body.contains("Exception") || body.contains("java.")
                || body.contains("com.fasterxml") || body.contains("ca.uhn") || body.contains("org.hl7")
                || body.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\(.*");
    }

    private static String fhirSeed(String name) {
        return new String(read(fuzzInputs("clinic/stride/fhir/FhirImportFuzzTestInputs")
                .filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow()), StandardCharsets.UTF_8);
    }

    private static Stream<Path> fuzzInputs(String resourceDir) {
        try {
            URL url = MalformedBodiesIT.class.getClassLoader().getResource(resourceDir);
            if (url == null) {
                throw new IllegalStateException("no test resource " + resourceDir);
            }
            try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
                return files.filter(Files::isRegularFile).sorted().toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
