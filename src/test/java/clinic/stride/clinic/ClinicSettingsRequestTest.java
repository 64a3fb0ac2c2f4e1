package clinic.stride.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.stride.testsupport.BadFields;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clinic's phone, like a patient's, is the same number whichever keyboard typed its digits. */
class ClinicSettingsRequestTest {

    private static ClinicSettingsRequest withPhone(String phone) {
        return new ClinicSettingsRequest("Clínica Ñandú", "Calle Mayor 1", phone, "es", null, null, null);
    }

    @Test
    void shouldKeepAPhoneTypedWithFullWidthOrArabicDigitsInAsciiDigits() {
        assertEquals("+34 600 123 456", withPhone("＋３４ ６００ １２３ ４５６").phone());
        assertEquals("+966 11 234 5678", withPhone("+٩٦٦ ١١ ٢٣٤ ٥٦٧٨").phone());
        assertEquals(Set.of(), BadFields.of(withPhone("＋３４ ６００ １２３ ４５６")));
        assertEquals(Set.of(), BadFields.of(withPhone("+٩٦٦ ١١ ٢٣٤ ٥٦٧٨")));
    }

    @Test
    void shouldStillRefuseWordsInTheClinicsPhone() {
        assertEquals(Set.of("phone"), BadFields.of(withPhone("llame al 600")));
        assertEquals("+34 600 123 456", withPhone("+34 600 123 456").phone());
        assertEquals(null, withPhone(null).phone());
    }
}
