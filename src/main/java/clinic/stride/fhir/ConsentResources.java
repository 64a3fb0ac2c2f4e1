package clinic.stride.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import clinic.stride.consent.ConsentRecord;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * An intake's consent as a FHIR R4 Consent (privacy consent, http://hl7.org/fhir/R4/consent.html): active, scope
 * patient-privacy, category LOINC 59284-0 "Patient consent", about {@code Patient/{clinic id}}, given at the time
 * the intake was sent, under the notice named by {@code policy.uri} (version and language), signed by the name the
 * patient typed (the performer's display), its source the intake's QuestionnaireResponse. Its id is the intake's
 * id: an intake has at most one consent, and an intake without one has no Consent at all.
 */
public final class ConsentResources {

    /** The notice a consent was given to: {@code .../consent-notice/{version}/{language}}, 0 being Stride's wording. */
    public static final String NOTICE_BASE = Fhir.BASE + "/consent-notice/";

    /** Where the patient consented: kiosk, link, clinic-form, api (a tag: it describes how the record came in). */
    public static final String DEVICE_PATH_SYSTEM = Fhir.CODE_SYSTEM_BASE + "consent-device-path";

    static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    static final String LOINC = "http://loinc.org";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    private ConsentResources() {
    }

    public static String noticeUri(ConsentRecord consent) {
        return NOTICE_BASE + consent.noticeVersion() + "/" + consent.language().code();
    }

    public static Consent toConsent(UUID intakeId, String clinicId, ConsentRecord consent) {
        Consent resource = new Consent();
        resource.setId(intakeId.toString());
        resource.getMeta().setVersionId("1").setLastUpdated(Date.from(consent.consentedAt()))
                .addTag(DEVICE_PATH_SYSTEM, consent.devicePath(), consent.devicePath());
        resource.setText(Fhir.narrative("Consent to the clinic's consent and privacy notice, version "
                + consent.noticeVersion() + " (" + consent.language().code() + "), signed \u201c" + consent.signedName()
                + "\u201d on " + consent.consentedAt() + " through " + consent.devicePath() + "."));
        resource.addIdentifier(new Identifier().setSystem(Fhir.INTAKE_ID_SYSTEM).setValue(intakeId.toString()));
        resource.setStatus(Consent.ConsentState.ACTIVE);
        resource.setScope(new CodeableConcept(new Coding(CONSENT_SCOPE, "patient-privacy", "Privacy Consent")));
        resource.addCategory(new CodeableConcept(new Coding(LOINC, "59284-0", "Patient Consent")));
        resource.addCategory(new CodeableConcept(new Coding(ACT_CODE, "INFA", "information access")));
        Reference patient = new Reference("Patient/" + PatientIds.of(clinicId))
                .setIdentifier(new Identifier().setSystem(Fhir.CLINIC_ID_SYSTEM).setValue(clinicId));
        resource.setPatient(patient);
        resource.setDateTimeElement(new DateTimeType(Date.from(consent.consentedAt()), TemporalPrecisionEnum.SECOND,
                TimeZone.getTimeZone("UTC")));
        resource.addPerformer(new Reference("Patient/" + PatientIds.of(clinicId)).setDisplay(consent.signedName()));
        resource.addPolicy().setUri(noticeUri(consent));
        resource.setSource(new Reference("QuestionnaireResponse/" + intakeId));
        resource.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        return resource;
    }
}
