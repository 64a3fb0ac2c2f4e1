package clinic.stride.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.stride.testsupport.BadFields;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A phone number is the same number whichever phone keyboard typed its digits. */
class PatientDetailsTest {

    private static PatientDetails withPhone(String phone) {
        return new PatientDetails("C-1", "Yui", "佐藤", LocalDate.of(1961, 3, 14), Sex.FEMALE, phone, null);
    }

    @Test
    void shouldKeepAPhoneTypedWithFullWidthDigitsAsTheSameNumberInAsciiDigits() {
        PatientDetails details = withPhone("＋８１ ９０－１２３４－５６７８");

        assertEquals("+81 90-1234-5678", details.phone());
        assertEquals(Set.of(), BadFields.of(details));
    }

    @Test
    void shouldKeepAPhoneTypedWithArabicOrPersianDigitsAsTheSameNumberInAsciiDigits() {
        assertEquals("+966 55 123 4567", withPhone("+٩٦٦ ٥٥ ١٢٣ ٤٥٦٧").phone());
        assertEquals("0912 345 6789", withPhone("۰۹۱۲ ۳۴۵ ۶۷۸۹").phone());
        assertEquals(Set.of(), BadFields.of(withPhone("+٩٦٦ ٥٥ ١٢٣ ٤٥٦٧")));
    }

    @Test
    void shouldLeaveAnAsciiPhoneAsTypedAndStillRefuseWordsInAPhone() {
        assertEquals("+34 612 345 678", withPhone("+34 612 345 678").phone());
        assertEquals(Set.of("phone"), BadFields.of(withPhone("call my daughter")));
        assertEquals(Set.of("phone"), BadFields.of(withPhone("+34 612 345 678 ext. 12")));
        assertEquals(null, withPhone(null).phone());
    }
}
