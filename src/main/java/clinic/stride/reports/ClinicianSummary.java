package clinic.stride.reports;

import clinic.stride.consent.ConsentRecord;
import clinic.stride.consent.DrawnSignature;
import clinic.stride.homeprogramme.Adherence;
import clinic.stride.assessment.Assessment;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.patient.PatientDetails;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the clinician summary of one intake shows: the patient, the visit's answers, the assessment stored with them,
 * and the patient's pain across visits.
 *
 * @param clinicName    printed in the header and as the author
 * @param clinicPhone   printed in the header beside the name; null when the clinic has not set one
 * @param patient       who the intake is about
 * @param ageAtVisit    whole years on the visit date
 * @param answers       the answers of the version summarised
 * @param intakeVersion which stored version the answers are
 * @param assessment    the assessment stored with that version
 * @param painTrend     pain intensity at each of the patient's visits, at least this one
 * @param issuedAt      when this version was stored; stamped as the PDF's date so a reprint is the same file
 * @param consent       the patient's consent to this intake, or null when it was stored without one (the API)
 * @param homeProgramme sessions and pain after exercise logged through the patient's home programme links, or null
 *                      when no link was issued
 * @param lefsTrend     the complete LEFS scores of the follow-ups of this visit, oldest first (none: no LEFS section)
 * @param signature     the signature the patient drew beside the typed name with the consent, or null (none drawn,
 *                      or no consent): the typed name alone is printed
 */
public record ClinicianSummary(String clinicName, String clinicPhone, PatientDetails patient, int ageAtVisit, IntakeAnswers answers,
                               int intakeVersion, Assessment assessment, List<PainOnVisit> painTrend,
                               Instant issuedAt, ConsentRecord consent, Adherence homeProgramme,
                               List<LefsOnDay> lefsTrend, DrawnSignature signature) {

    /** A summary whose consent, if any, was given with a typed name alone. */
    public ClinicianSummary(String clinicName, String clinicPhone, PatientDetails patient, int ageAtVisit,
                            IntakeAnswers answers, int intakeVersion, Assessment assessment, List<PainOnVisit> painTrend,
                            Instant issuedAt, ConsentRecord consent, Adherence homeProgramme, List<LefsOnDay> lefsTrend) {
        this(clinicName, clinicPhone, patient, ageAtVisit, answers, intakeVersion, assessment, painTrend, issuedAt,
                consent, homeProgramme, lefsTrend, null);
    }

    /** A summary without a home programme or follow-up scores. */
    public ClinicianSummary(String clinicName, String clinicPhone, PatientDetails patient, int ageAtVisit,
                            IntakeAnswers answers, int intakeVersion, Assessment assessment, List<PainOnVisit> painTrend,
                            Instant issuedAt, ConsentRecord consent) {
        this(clinicName, clinicPhone, patient, ageAtVisit, answers, intakeVersion, assessment, painTrend, issuedAt,
                consent, null, List.of(), null);
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

    /** This summary with the signature drawn beside the consent's typed name. */
    public ClinicianSummary withSignature(DrawnSignature drawn) {
        return new ClinicianSummary(clinicName, clinicPhone, patient, ageAtVisit, answers, intakeVersion, assessment,
                painTrend, issuedAt, consent, homeProgramme, lefsTrend, drawn);
    }

    /** The header's consent line: who signed, when, which notice, where; or that the intake has no consent. */
    public String consentLine() {
        if (consent == null) {
            return "No consent recorded: stored without the patient's consent (e.g. through the API)";
        }
        return "Consent signed \u201c" + consent.signedName() + "\u201d "
                + CONSENT_TIME.format(consent.consentedAt()) + " UTC  \u00b7  notice v" + consent.noticeVersion() + " ("
                + consent.language().code() + ")  \u00b7  " + consent.devicePath();
    }

    private static final DateTimeFormatter CONSENT_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneOffset.UTC);

    public String patientName() {
        return patient.givenName() + " " + patient.familyName();
    }
}
