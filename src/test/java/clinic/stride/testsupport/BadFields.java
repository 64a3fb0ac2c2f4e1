package clinic.stride.testsupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields Bean Validation refuses in a request record, by path: the names the API's problem+json lists. */
public final class BadFields {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private BadFields() {
    }

    public static Set<String> of(Object bean) {
        return paths(VALIDATOR.validate(bean));
    }

    public static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    /** For a test that reads the violations' messages too. */
    public static Validator validator() {
        return VALIDATOR;
    }
}
