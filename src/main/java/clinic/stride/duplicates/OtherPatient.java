package clinic.stride.duplicates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of a decision about a pair: the other registration's clinic id. */
public record OtherPatient(
        @NotBlank(message = "give the other patient's clinic id")
        @Size(max = 40, message = "the clinic id must be at most 40 characters")
        String otherClinicId) {

    public OtherPatient {
        otherClinicId = otherClinicId == null ? null : otherClinicId.strip();
    }
}
