package clinic.stride.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.BadFields;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The longer leg is left or right, as the README, the web form and the FHIR Questionnaire say. */
class LongerLegTest {

    @Test
    void shouldRefuseBothAsTheLongerLegNamingTheField() {
        Set<ConstraintViolation<LegLength>> violations = BadFields.validator().validate(new LegLength(8, Side.BOTH, false));
        assertEquals(1, violations.size(), violations::toString);
        ConstraintViolation<LegLength> violation = violations.iterator().next();
        assertEquals("longerSide", violation.getPropertyPath().toString());
        assertEquals("the longer leg is left or right", violation.getMessage());
    }

    @Test
    void shouldTakeLeftRightOrNoAnswerAsTheLongerLeg() {
        for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
            assertTrue(BadFields.validator().validate(new LegLength(8, side, true)).isEmpty(), side::code);
        }
        assertTrue(BadFields.validator().validate(new LegLength(0, null, null)).isEmpty());
    }
}
