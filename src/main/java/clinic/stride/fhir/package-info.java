/**
 * The intake in FHIR R4: the form as a Questionnaire, each intake as a QuestionnaireResponse about a
 * contained Patient, and QuestionnaireResponses from other form tools turned into intakes.
 */
package clinic.stride.fhir;
