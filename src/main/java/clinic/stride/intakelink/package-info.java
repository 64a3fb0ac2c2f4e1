/**
 * Single-use links that let a patient fill in their own intake: created by the front desk for a registered
 * patient, valid for 24 hours, stored only as a hash, and dead once used.
 */
package clinic.stride.intakelink;
