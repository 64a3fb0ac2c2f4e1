package clinic.stride.intake;

import clinic.stride.patient.PatientDetails;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Earlier injuries. 000_3ebeba4466c1ddca.txt: "Past injuries, such as a hip fracture or dislocation, can
 * cause residual hip pain".
 *
 * @param hipFracture  has had a hip fracture
 * @param dislocation  has had a hip dislocation
 * @param other        other injuries in the patient's words
 */
public record PastInjuries(
        Boolean hipFracture,
        Boolean dislocation,
        @Size(max = 500, message = "keep other injuries under 500 characters")
        @Pattern(regexp = PatientDetails.LINES_OF_TEXT, message = "other injuries must be plain text, without control characters")
        String other) {
}
