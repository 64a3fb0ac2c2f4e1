package clinic.stride.vocabulary;

import java.util.Locale;

/**
 * An answer code as it travels in JSON, YAML rules and FHIR: the enum constant in lower case
 * ({@code OUTER_HIP} is {@code "outer_hip"}). Enums implement this and override nothing else.
 */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
