package clinic.stride.fhir;

import clinic.stride.platform.Problem;
import java.util.List;

/** A QuestionnaireResponse that cannot become an intake, with one error per item at fault (link id as field). */
public class UnreadableResponse extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public UnreadableResponse(List<Problem.FieldError> errors) {
        super(errors.size() + " items need attention");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
