package clinic.stride.intake;

import clinic.stride.patient.PatientDetails;
import java.util.List;

/** A patient and their intakes, newest visit first. */
public record PatientHistory(PatientDetails patient, List<IntakeSummary> intakes) {
}
