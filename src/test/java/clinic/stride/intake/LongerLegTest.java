package clinic.stride.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The longer leg is left or right, as the README, the web form and the FHIR Questionnaire say. */
class LongerLegTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void shouldRefuseBothAsTheLongerLegNamingTheField() {
        Set<ConstraintViolation<LegLength>> violations = VALIDATOR.validate(new LegLength(8, Side.BOTH, false));
        assertEquals(1, violations.size(), violations::toString);
        ConstraintViolation<LegLength> violation = violations.iterator().next();
        assertEquals("longerSide", violation.getPropertyPath().toString());
        assertEquals("the longer leg is left or right", violation.getMessage());
    }

    @Test
    void shouldTakeLeftRightOrNoAnswerAsTheLongerLeg() {
        for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
            assertTrue(VALIDATOR.validate(new LegLength(8, side, true)).isEmpty(), side::code);
        }
        assertTrue(VALIDATOR.validate(new LegLength(0, null, null)).isEmpty());
    }
}
