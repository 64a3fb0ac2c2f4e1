package clinic.stride.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Query parameters as the list and search endpoints read them: blank means absent, and a bad value adds a
 * field error (named after the parameter) instead of failing, so one 400 reports every bad parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO date such as 2026-01-31, or null when absent or bad (then an error is added). */
    public static LocalDate date(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "must be a date like 2026-01-31"));
            return null;
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
