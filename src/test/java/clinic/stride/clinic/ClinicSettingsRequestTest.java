package clinic.stride.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The clinic's phone, like a patient's, is the same number whichever keyboard typed its digits. */
class ClinicSettingsRequestTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static ClinicSettingsRequest withPhone(String phone) {
        return new ClinicSettingsRequest("Clínica Ñandú", "Calle Mayor 1", phone, "es", null, null, null);
    }

    private static Set<String> badFields(ClinicSettingsRequest request) {
        return VALIDATOR.validate(request).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void shouldKeepAPhoneTypedWithFullWidthOrArabicDigitsInAsciiDigits() {
        assertEquals("+34 600 123 456", withPhone("＋３４ ６００ １２３ ４５６").phone());
        assertEquals("+966 11 234 5678", withPhone("+٩٦٦ ١١ ٢٣٤ ٥٦٧٨").phone());
        assertEquals(Set.of(), badFields(withPhone("＋３４ ６００ １２３ ４５６")));
        assertEquals(Set.of(), badFields(withPhone("+٩٦٦ ١١ ٢٣٤ ٥٦٧٨")));
    }

    @Test
    void shouldStillRefuseWordsInTheClinicsPhone() {
        assertEquals(Set.of("phone"), badFields(withPhone("llame al 600")));
        assertEquals("+34 600 123 456", withPhone("+34 600 123 456").phone());
        assertEquals(null, withPhone(null).phone());
    }
}
