package clinic.stride.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PseudonymsTest {

    static final String KEY = "a-test-key-that-is-long-enough-0123456789";

    @Test
    void shouldGiveTheSamePseudonymForTheSameClinicIdAndKey() {
        assertEquals(new Pseudonyms(KEY).of("C-1001"), new Pseudonyms(KEY).of("C-1001"));
        assertTrue(new Pseudonyms(KEY).of("C-1001").matches("P-[0-9a-f]{20}"));
    }

    @Test
    void shouldGiveDifferentPseudonymsForOtherPatientsOrAnotherKey() {
        assertNotEquals(new Pseudonyms(KEY).of("C-1001"), new Pseudonyms(KEY).of("C-1002"));
        assertNotEquals(new Pseudonyms(KEY).of("C-1001"), new Pseudonyms(KEY + "x").of("C-1001"));
    }

    @Test
    void shouldRefuseAShortKey() {
        assertThrows(IllegalArgumentException.class, () -> new Pseudonyms("short"));
        assertThrows(IllegalArgumentException.class, () -> new Pseudonyms(null));
    }
}
