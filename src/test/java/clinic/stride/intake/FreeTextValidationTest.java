package clinic.stride.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.patient.PatientDetails;
import clinic.stride.patient.Sex;
import clinic.stride.testsupport.BadFields;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Free text is stored as sent, in any script, except what PostgreSQL cannot store (NUL), what cannot be UTF-8 (a
 * lone surrogate half) and, in names, control characters such as line breaks. Found by InjectionProbesIT: NUL
 * ended as a 500 (a 503 in the answers).
 */
class FreeTextValidationTest {

    private static PatientDetails named(String given, String family) {
        return new PatientDetails("C-1", given, family, LocalDate.of(1961, 3, 14), Sex.FEMALE, null, null);
    }

    @Test
    void shouldRefuseControlCharactersAndLoneSurrogatesInNames() {
        assertEquals(Set.of("givenName"), BadFields.of(named("Ana\u0000Bel", "Ortega")));
        assertEquals(Set.of("givenName"), BadFields.of(named("x\r\nSet-Cookie: a=b", "Ortega")));
        assertEquals(Set.of("familyName"), BadFields.of(named("Ana", "Or\tte\u001bga")));
        assertEquals(Set.of("familyName"), BadFields.of(named("Ana", "Or\uD800tega")));
        assertEquals(Set.of("familyName"), BadFields.of(named("Ana", "Or\u0085tega")));
    }

    @Test
    void shouldAcceptNamesInAnyScriptWithMarkupAndQuotesAsText() {
        for (String name : new String[] {"Zoe\u0301", "\u5F20\u4F1F", "\u0645\u0631\u064A\u0645", "Ana \uD83D\uDE42",
                "Ana \u202Eexe.fdp", "O'Brien", "O\u2019Brien\u2013Ruiz", "Luc\u00EDa G\u00F3mez", "\u0395\u03BB\u03AD\u03BD\u03B7", "<script>alert(1)</script>", "'; DROP TABLE intake;--", "%0d%0aX-Injected: 1"}) {
            assertEquals(Set.of(), BadFields.of(named(name, name)), name);
        }
    }

    @Test
    void shouldAcceptLineBreaksButNotNulInOtherInjuriesAndAmendmentReasons() {
        assertEquals(Set.of(), BadFields.of(new PastInjuries(false, false, "ankle 2019\r\nknee 2021\tright")));
        assertEquals(Set.of(), BadFields.of(new PastInjuries(false, false, "don\u2019t know \u2013 fell \uD83D\uDE42")),
                "what a phone's keyboard types (curly apostrophe, en dash, emoji) is plain text");
        assertEquals(Set.of("other"), BadFields.of(new PastInjuries(false, false, "ankle\u0000")));
        assertEquals(Set.of("other"), BadFields.of(new PastInjuries(false, false, "ankle\uDC00")));
        AmendmentRequest withNul = new AmendmentRequest("typo\u0000", null, null, null, null, null, null);
        assertTrue(BadFields.of(withNul).contains("reason"), () -> BadFields.of(withNul).toString());
        AmendmentRequest twoLines = new AmendmentRequest("typo in\nthe date", null, null, null, null, null, null);
        assertTrue(!BadFields.of(twoLines).contains("reason"), () -> BadFields.of(twoLines).toString());
    }
}
