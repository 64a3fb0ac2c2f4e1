package clinic.stride.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.UncheckedIOException;

/**
 * The one JSON configuration, shared by the REST API and the stored answers, so what is stored reads back
 * exactly as it was submitted.
 */
public final class Json {

    private static final ObjectMapper MAPPER = configured()
            // Reads and writes properties through generated accessors rather than reflection: the same JSON,
            // less CPU per submission (JsonBenchmark).
            .addModule(new BlackbirdModule())
            .build();

    /** Stride's JSON rules, without how properties are reached: the benchmark's baseline, the one place they live. */
    static JsonMapper.Builder configured() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // Answer codes are the enums' lower-case toString ("outer_hip").
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // A misspelt field must not be silently dropped from a patient's answers.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // "5" is not a pain score; "abc" for a number must be an error, not 0.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A value as stored JSON; a value Jackson cannot write is a programming error, so unchecked. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stored JSON read back as the type it was written from. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
