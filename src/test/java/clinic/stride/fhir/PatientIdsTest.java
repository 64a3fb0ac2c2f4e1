package clinic.stride.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.patient.PatientDetails;
import clinic.stride.patient.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class PatientIdsTest {

    /** R4 datatypes.html#id. */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-\\.]{1,64}");

    @Test
    void shouldKeepAClinicIdAsItsOwnIdWhenItIsAlreadyAValidFhirId() {
        for (String clinicId : List.of("C-1001", "A.12", "9", "MRN-2026.0007")) {
            assertEquals(clinicId, PatientIds.of(clinicId));
            assertEquals(clinicId, PatientIds.clinicIdOf(clinicId));
        }
    }

    @Test
    void shouldMapAClinicIdWithUnderscoresToAValidIdAndBackWhenTheIdCouldNotHoldThem() {
        for (String clinicId : List.of("C_1001", "a_b-c.d", "_".repeat(0) + "Z_" + "_".repeat(38), "x".repeat(39) + "_",
                "0_-_.__.-")) {
            String id = PatientIds.of(clinicId);
            assertTrue(FHIR_ID.matcher(id).matches(), id);
            assertEquals(clinicId, PatientIds.clinicIdOf(id), id);
        }
    }

    @Test
    void shouldStillFindThePatientWhenTheClinicIdIsSentAsItIs() {
        assertEquals("C_1001", PatientIds.clinicIdOf("C_1001"));
        assertNull(PatientIds.clinicIdOf("-@@"), "the encoded form but not readable: no patient");
    }

    @Test
    void shouldServeAPatientThatValidatesWhenItsClinicIdHasAnUnderscore() {
        Patient patient = FhirPatients.patient(new PatientDetails("HC_2026_0042", "Zoë", "Núñez-O’Brien",
                LocalDate.of(1961, 3, 14), Sex.FEMALE, null, null));
        assertTrue(FHIR_ID.matcher(patient.getIdPart()).matches(), patient.getIdPart());
        assertEquals("HC_2026_0042", patient.getIdentifierFirstRep().getValue(), "the identifier keeps the clinic id as it is");
        var errors = IntakeQuestionnaireTest.VALIDATION.errors(patient);
        assertTrue(errors.isEmpty(), () -> clinic.stride.testsupport.FhirValidation.describe(errors));
    }
}
