package clinic.stride.reports;

import clinic.stride.homeprogramme.Adherence;
import clinic.stride.assessment.Assessment;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.patient.PatientDetails;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the clinician summary of one intake shows: the patient, the visit's answers, the assessment stored with them,
 * and the patient's pain across visits.
 *
 * @param clinicName    printed in the header and as the author
 * @param patient       who the intake is about
 * @param ageAtVisit    whole years on the visit date
 * @param answers       the answers of the version summarised
 * @param intakeVersion which stored version the answers are
 * @param assessment    the assessment stored with that version
 * @param painTrend     pain intensity at each of the patient's visits, at least this one
 * @param issuedAt      when this version was stored; stamped as the PDF's date so a reprint is the same file
 * @param homeProgramme sessions and pain after exercise logged through the patient's home programme links, or null
 *                      when no link was issued
 * @param lefsTrend     the complete LEFS scores of the follow-ups of this visit, oldest first (none: no LEFS section)
 */
public record ClinicianSummary(String clinicName, PatientDetails patient, int ageAtVisit, IntakeAnswers answers,
                               int intakeVersion, Assessment assessment, List<PainOnVisit> painTrend,
                               Instant issuedAt, Adherence homeProgramme, List<LefsOnDay> lefsTrend) {

    /** A summary without a home programme or follow-up scores. */
    public ClinicianSummary(String clinicName, PatientDetails patient, int ageAtVisit, IntakeAnswers answers,
                            int intakeVersion, Assessment assessment, List<PainOnVisit> painTrend, Instant issuedAt) {
        this(clinicName, patient, ageAtVisit, answers, intakeVersion, assessment, painTrend, issuedAt, null, List.of());
    }

    public ClinicianSummary {
        Objects.requireNonNull(clinicName, "clinicName");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(issuedAt, "issuedAt");
        painTrend = List.copyOf(painTrend);
        lefsTrend = lefsTrend == null ? List.of() : List.copyOf(lefsTrend);
        if (painTrend.isEmpty()) {
            throw new IllegalArgumentException("the pain trend needs at least the visit summarised");
        }
    }

    public String patientName() {
        return patient.givenName() + " " + patient.familyName();
    }
}
