package clinic.stride.platform;

/**
 * Request and response bodies shown in the OpenAPI description (/openapi). Compile-time constants, because
 * annotations can only take those; {@code ApiExamplesTest} checks that each one is accepted as it stands.
 */
public final class ApiExamples {

    private ApiExamples() {
    }

    /** The README's example intake. */
    public static final String INTAKE = """
            {
              "patient": {"clinicId": "C-1001", "givenName": "Maria", "familyName": "Ortega",
                          "birthDate": "1961-03-14", "sex": "female", "phone": "+1 555 0100", "email": "m@example.org"},
              "visitDate": "2026-11-20",
              "language": "en",
              "pain": {"regions": ["outer_hip", "outer_thigh"], "side": "right", "intensity": 6, "onset": "gradual",
                       "durationWeeks": 8, "when": ["during_walking", "lying_on_side", "stairs"], "relievedBy": ["rest"],
                       "character": ["ache"]},
              "factors": {"heightCm": 164, "weightKg": 82,
                          "footwear": {"type": "walking", "ageMonths": 30, "wornOut": true, "orthotics": false},
                          "posture": {"sittingHoursPerDay": 7, "slouched": true, "archedBack": false},
                          "legLength": {"differenceMm": 8, "longerSide": "left", "measured": false},
                          "gait": {"kneeValgus": false, "overPronation": true, "supination": false, "limp": false},
                          "activity": {"walkingKmPerWeek": 25, "runningKmPerWeek": 0, "recentIncrease": true,
                                       "unevenTerrain": true, "strengthTraining": false, "warmsUp": false,
                                       "sports": ["swimming"]},
                          "pastInjuries": {"hipFracture": false, "dislocation": false, "other": "sprained ankle 2019"},
                          "conditions": ["osteoarthritis"], "pregnant": false},
              "redFlags": {"bladderBowelLoss": false, "numbnessTinglingWeakness": false, "swellingRedness": false,
                           "recentFallOrInjury": false, "fever": false, "severeOrWorsening": false,
                           "notImprovingWithRest": true, "interferesWithDailyActivities": false,
                           "saddleNumbness": false, "urinaryRetention": false, "bothLegs": false,
                           "numbnessOrWeaknessWorsening": false, "cannotBearWeight": false, "cancerHistory": false,
                           "unexplainedWeightLoss": false, "immunosuppressed": false}
            }""";

    /** A correction of the intake above: the whole answers again, and why. */
    public static final String AMENDMENT = """
            {
              "reason": "Patient corrected the pain score at the desk",
              "visitDate": "2026-11-20",
              "language": "en",
              "pain": {"regions": ["outer_hip"], "side": "right", "intensity": 5, "onset": "gradual", "durationWeeks": 8,
                       "when": ["during_walking", "lying_on_side"], "relievedBy": ["rest"], "character": ["ache"]},
              "factors": {"heightCm": 164, "weightKg": 82},
              "redFlags": {"bladderBowelLoss": false, "numbnessTinglingWeakness": false, "swellingRedness": false,
                           "recentFallOrInjury": false, "fever": false, "severeOrWorsening": false,
                           "notImprovingWithRest": true, "interferesWithDailyActivities": false}
            }""";

    /** A clinician's handout plan: two exercises in print order, one with its own dosage. */
    public static final String HANDOUT_PLAN = """
            {
              "language": "es",
              "largePrint": true,
              "exercises": [
                {"id": "clamshells", "dosage": {"sets": 2, "reps": 12, "timesPerWeek": 4}},
                {"id": "piriformis-stretch"}
              ]
            }""";

    /** A patient registered at the desk before their first intake. */
    public static final String PATIENT = """
            {"clinicId": "C-1001", "givenName": "Maria", "familyName": "Ortega", "birthDate": "1961-03-14",
             "sex": "female", "phone": "+1 555 0100", "email": "m@example.org"}""";

    /** An intake link for a patient who reads Spanish. */
    public static final String INTAKE_LINK = """
            {"language": "es"}""";

    /** The intake a patient sends through an intake link: the README's intake without the patient, who is known. */
    public static final String LINK_INTAKE = """
            {
              "visitDate": "2026-11-20",
              "language": "en",
              "pain": {"regions": ["outer_hip"], "side": "right", "intensity": 6, "onset": "gradual", "durationWeeks": 8,
                       "when": ["during_walking", "lying_on_side"], "relievedBy": ["rest"], "character": ["ache"]},
              "factors": {"heightCm": 164, "weightKg": 82},
              "redFlags": {"bladderBowelLoss": false, "numbnessTinglingWeakness": false, "swellingRedness": false,
                           "recentFallOrInjury": false, "fever": false, "severeOrWorsening": false,
                           "notImprovingWithRest": true, "interferesWithDailyActivities": false}
            }""";

    /** A new user. */
    public static final String USER = """
            {"username": "a.reyes", "password": "correct-horse-battery", "roles": ["front-desk"]}""";

    /** A password reset. */
    public static final String PASSWORD = """
            {"password": "another-long-passphrase"}""";

    /** What POST /api/intakes answers. */
    public static final String CREATED = """
            {"id": "0b5c3f3e-8a51-4c57-9d0b-3c4f6f0a1b2c", "replayed": false,
             "likelyDuplicates": [{"clinicId": "C-0917", "givenName": "María", "familyName": "Ortega", "birthDate": "1961-03-14",
                                   "intakes": 2, "matchedOn": ["name_and_birth_date", "phone"]}],
             "sameVisitDay": []}""";

    /** A decision about two registrations raised as likely duplicates: the other one's clinic id. */
    public static final String OTHER_PATIENT = """
            {"otherClinicId": "C-0917"}""";

    /** A refused request. */
    public static final String PROBLEM = """
            {"type": "https://stride.clinic/problems/invalid-request", "title": "The request has invalid fields",
             "status": 400, "detail": "1 field needs attention",
             "errors": [{"field": "pain.intensity", "message": "pain must be between 0 and 10"}]}""";

    /**
     * A QuestionnaireResponse as a form tool such as LHC-Forms sends it: items nested as in the Questionnaire,
     * link ids equal to the intake's JSON paths, coded answers from the Stride code systems.
     */
    public static final String QUESTIONNAIRE_RESPONSE = """
            {
              "resourceType": "QuestionnaireResponse",
              "questionnaire": "https://stride.clinic/fhir/Questionnaire/stride-intake|1.1.0",
              "status": "completed",
              "authored": "2026-11-20T09:30:00Z",
              "item": [
                {"linkId": "patient", "item": [
                  {"linkId": "patient.clinicId", "answer": [{"valueString": "C-1001"}]},
                  {"linkId": "patient.givenName", "answer": [{"valueString": "Maria"}]},
                  {"linkId": "patient.familyName", "answer": [{"valueString": "Ortega"}]},
                  {"linkId": "patient.birthDate", "answer": [{"valueDate": "1961-03-14"}]},
                  {"linkId": "patient.sex", "answer": [{"valueCoding": {"system": "https://stride.clinic/fhir/CodeSystem/sex", "code": "female"}}]}
                ]},
                {"linkId": "visitDate", "answer": [{"valueDate": "2026-11-20"}]},
                {"linkId": "language", "answer": [{"valueCoding": {"system": "https://stride.clinic/fhir/CodeSystem/language", "code": "en"}}]},
                {"linkId": "pain", "item": [
                  {"linkId": "pain.regions", "answer": [
                    {"valueCoding": {"system": "https://stride.clinic/fhir/CodeSystem/pain-region", "code": "outer_hip"}},
                    {"valueCoding": {"system": "https://stride.clinic/fhir/CodeSystem/pain-region", "code": "outer_thigh"}}]},
                  {"linkId": "pain.side", "answer": [{"valueCoding": {"system": "https://stride.clinic/fhir/CodeSystem/side", "code": "right"}}]},
                  {"linkId": "pain.intensity", "answer": [{"valueInteger": 6}]}
                ]},
                {"linkId": "factors", "item": [
                  {"linkId": "factors.heightCm", "answer": [{"valueDecimal": 164}]},
                  {"linkId": "factors.weightKg", "answer": [{"valueDecimal": 82}]}
                ]},
                {"linkId": "redFlags", "item": [
                  {"linkId": "redFlags.notImprovingWithRest", "answer": [{"valueBoolean": true}]}
                ]}
              ]
            }""";
}
