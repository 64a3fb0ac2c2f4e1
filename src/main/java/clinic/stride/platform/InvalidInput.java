package clinic.stride.platform;

import java.util.List;

/**
 * Input the domain refuses field by field (a male patient's pregnancy answer, an unknown search parameter). No
 * HTTP here: {@link ProblemMappers.Invalid} answers it as a 400 problem+json, pages show each message beside its field.
 */
public class InvalidInput extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidInput(List<Problem.FieldError> errors) {
        super(errors.size() + " invalid field(s)", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
