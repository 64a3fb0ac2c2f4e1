/**
 * The assessment engine: plain Java that turns one intake and the knowledge base into red flags, possible
 * causes with their reasons and citations, exercises and advice, for a clinician to review.
 */
package clinic.stride.assessment;
