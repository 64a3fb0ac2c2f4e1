package clinic.stride.knowledge;

import clinic.stride.vocabulary.Coded;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Looks up answer enums by their lower-case code, once per enum type. */
final class AnswerCodes {

    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byCode = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.put(((Coded) constant).code(), (Enum<?>) constant);
            }
            return Collections.unmodifiableMap(byCode);
        }
    };

    private AnswerCodes() {
    }

    /** The constant with that code, or an {@link UnknownAnswerCodeException} naming the answer and its codes. */
    static Enum<?> constant(String path, Class<?> domain, Object code) {
        Enum<?> constant = code instanceof String s ? BY_CODE.get(domain).get(s) : null;
        if (constant == null) {
            throw new UnknownAnswerCodeException("'" + code + "' is not an answer code of " + path
                    + " (the codes are: " + String.join(", ", BY_CODE.get(domain).keySet()) + ")");
        }
        return constant;
    }

    static java.util.Set<String> codes(Class<?> domain) {
        return BY_CODE.get(domain).keySet();
    }

    /** A misspelt or unknown code in a condition: a knowledge error, so the loader reports it. */
    static final class UnknownAnswerCodeException extends IllegalArgumentException {
        UnknownAnswerCodeException(String message) {
            super(message);
        }
    }
}
