package clinic.stride.intake;

import clinic.stride.vocabulary.Coded;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * A coded answer that takes only some of its list's codes: the longer leg is left or right, never both, though
 * it shares its codes with the side that hurts. The intake form (web, FHIR) and the API's document offer only
 * these; an answer stored before the limit still reads back.
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AnswerCodes.Check.class)
public @interface AnswerCodes {

    /** The codes allowed, as they travel in JSON. */
    String[] value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null (not answered) is allowed; a code outside the list is not. */
    class Check implements ConstraintValidator<AnswerCodes, Coded> {
        private Set<String> allowed;

        @Override
        public void initialize(AnswerCodes annotation) {
            allowed = Set.of(annotation.value());
        }

        @Override
        public boolean isValid(Coded value, ConstraintValidatorContext context) {
            return value == null || allowed.contains(value.code());
        }
    }
}
