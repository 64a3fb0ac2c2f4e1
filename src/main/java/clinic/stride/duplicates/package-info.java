/**
 * Likely-duplicate patients: who may be the same person as a patient (similar name and the same birth date, or the
 * same phone or email), and staff's decision about each pair, "same person" (linked, nothing deleted) or
 * "different person" (never raised again), both audited.
 */
package clinic.stride.duplicates;
