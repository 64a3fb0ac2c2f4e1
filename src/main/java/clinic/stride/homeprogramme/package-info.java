/**
 * The home programme between visits: a private link to the stored handout plan, the sessions a patient logs through
 * it (append-only), and adherence and pain after exercise as the clinician reads them.
 */
package clinic.stride.homeprogramme;
