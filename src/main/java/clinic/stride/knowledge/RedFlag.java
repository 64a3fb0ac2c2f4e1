package clinic.stride.knowledge;

import clinic.stride.vocabulary.Language;

/**
 * A warning sign that needs a clinician, with how urgently.
 *
 * @param id                 stable id
 * @param urgency            emergency, urgent or soon
 * @param when               Jakarta EL condition over the answer vocabulary
 * @param clinicianMessage   what the clinician sees
 * @param patientMessage     plain words for the patient, English
 * @param patientMessageEs   the same in Spanish
 * @param citation           the seed passage that names the warning sign, or the guideline the clinic's safety
 *                           policy adopts for it ({@link SafetyPolicy})
 * @param clinicPolicy       what in the condition is the clinic's own choice rather than the cited source's (an
 *                           age threshold, an urgency level) and why; null when the source gives it all
 */
public record RedFlag(String id, Urgency urgency, String when, String clinicianMessage,
                      String patientMessage, String patientMessageEs, Citation citation, String clinicPolicy) {

    public String patientMessage(Language language) {
        return language == Language.ES ? patientMessageEs : patientMessage;
    }
}
