/**
 * The intake form as data, generated from the intake records and enums themselves, so the web form, the
 * FHIR Questionnaire and the CSV export ask and name the same questions.
 */
package clinic.stride.intake.questions;
