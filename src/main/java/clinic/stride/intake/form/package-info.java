/**
 * The intake's answer form, shared by the patient's wizard, the intake-link pages and the clinician's amendment
 * page: the answers as typed, their steps and review, the errors beside each field, and the server-side drafts.
 */
package clinic.stride.intake.form;
