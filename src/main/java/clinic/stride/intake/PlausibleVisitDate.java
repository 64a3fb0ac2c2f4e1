package clinic.stride.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A visit date from {@link #EARLIEST} to today. A Bean Validation constraint rather than a check in the
 * service, so a wrong visit date is reported in the same answer as every other bad field. Tomorrow (UTC) is
 * still accepted: a clinic east of UTC is a day ahead in the evening.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleVisitDate.Check.class)
public @interface PlausibleVisitDate {

    /** A visit date this far back is a typo, not a visit. */
    LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    String message() default "the visit date must be between 2000-01-01 and today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to {@code @NotNull}. */
    class Check implements ConstraintValidator<PlausibleVisitDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || !(date.isBefore(EARLIEST) || date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)));
        }
    }
}
