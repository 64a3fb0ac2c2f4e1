package clinic.stride.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import clinic.stride.platform.Json;
import clinic.stride.platform.Problem;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * A request body read as a QuestionnaireResponse, before {@link IntakeResponses#toRequest} reads it as an intake:
 * UTF-8 only, no number too long to read cheaply, every unknown element and malformed value named. Untrusted
 * bytes, read by a third-party parser: whatever goes wrong is an {@link UnreadableResponse}, never a 500.
 */
public final class ResponseParser {

    private ResponseParser() {
    }

    /**
     * Reads the bytes of a request body as a QuestionnaireResponse. FHIR's JSON is UTF-8 only ("UTF-8 encoding
     * SHALL be used", R4 json.html): bytes that are not UTF-8 are refused here rather than decoded with
     * replacement characters, which would store a patient's name with U+FFFD in it (MalformedBodiesIT).
     *
     * @throws UnreadableResponse naming {@code (body)} or the elements at fault
     */
    public static QuestionnaireResponse parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body == null ? new byte[0] : body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableResponse(List.of(new Problem.FieldError("(body)", "the body is not UTF-8 encoded JSON")));
        }
        return parse(text);
    }

    /**
     * Reads a request body as a QuestionnaireResponse, collecting every unknown element and malformed value.
     * Throws the same {@link UnreadableResponse} as {@link IntakeResponses#toRequest}, so this package needs no JAX-RS and the
     * whole import path runs in a plain JVM (the fuzz test).
     *
     * @throws UnreadableResponse naming {@code (body)} or the elements at fault
     */
    public static QuestionnaireResponse parse(String body) {
        if (body == null || body.isBlank()) {
            throw new UnreadableResponse(List.of(new Problem.FieldError("(body)", "send a FHIR R4 QuestionnaireResponse as JSON")));
        }
        refuseOverlongNumbers(body);
        ParseErrors errors = new ParseErrors();
        QuestionnaireResponse response;
        try {
            response = Fhir.context().newJsonParser().setParserErrorHandler(errors)
                    .parseResource(QuestionnaireResponse.class, body);
        } catch (DataFormatException e) {
            // HAPI's message can quote the body; say only what kind of problem it is.
            String message = e.getMessage() != null && e.getMessage().contains("Incorrect resource type")
                    ? "must be a QuestionnaireResponse (resourceType)"
                    : "is not a FHIR R4 QuestionnaireResponse in JSON";
            throw new UnreadableResponse(List.of(new Problem.FieldError("(body)", message)));
        } catch (RuntimeException e) {
            // HAPI 8.8's JSON parser throws plain runtime exceptions on some malformed input (an element named "":
            // StringIndexOutOfBoundsException in JsonParser.parseChildren; FhirImportFuzzTest). It is a
            // third-party parser reading untrusted bytes: whatever it throws means the body is not readable.
            throw new UnreadableResponse(List.of(new Problem.FieldError("(body)",
                    "is not a FHIR R4 QuestionnaireResponse in JSON")));
        }
        if (!errors.errors().isEmpty()) {
            throw new UnreadableResponse(errors.errors());
        }
        return response;
    }

    /** Jackson's own limit on the length of a number literal (StreamReadConstraints' default), written out in full here. */
    static final int MAX_NUMBER_DIGITS = 1000;

    /**
     * Refuses a number that takes more than {@link #MAX_NUMBER_DIGITS} digits written out, before HAPI sees it.
     * HAPI's JSON layer writes every number out in full and then builds a BigDecimal from that text: nine bytes
     * such as {@code 1e1000000} become a million-digit string that takes tens of seconds of CPU to read
     * (FhirImportFuzzTest; docs/benchmarks.md). Reading the literal's digits and exponent
     * costs nothing. Malformed JSON is left to HAPI's parser, which names what is wrong.
     */
    private static void refuseOverlongNumbers(String body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try (JsonParser parser = Json.mapper().getFactory().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NUMBER_FLOAT && writtenOutDigits(parser.getDecimalValue()) > MAX_NUMBER_DIGITS) {
                    errors.add(new Problem.FieldError(dotted(parser.getParsingContext().pathAsPointer()),
                            "is a number with more than " + MAX_NUMBER_DIGITS + " digits"));
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (!errors.isEmpty()) {
            throw new UnreadableResponse(errors);
        }
    }

    /** How many digits {@code toPlainString} would write: 1e6 is 7, 1e-6 is 7 (0.000001). */
    private static long writtenOutDigits(BigDecimal value) {
        long integerDigits = (long) value.precision() - value.scale();
        return Math.max(Math.max(integerDigits, 1) + Math.max(value.scale(), 0), value.precision());
    }

    /** {@code /item/5/answer/0/valueDecimal} → {@code item[5].answer[0].valueDecimal}, the way a reader finds it. */
    private static String dotted(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0 && path.length() > 0) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append(path.length() > 0 ? "." : "").append(p.getMatchingProperty());
            }
        }
        return path.length() == 0 ? "(body)" : path.toString();
    }
}
