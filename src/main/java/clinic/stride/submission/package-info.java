/**
 * Submitting an intake, top-down: register the patient, store the version, assess it, store the assessment,
 * set the worklist columns, in one transaction above the intake and assessment features.
 */
package clinic.stride.submission;
