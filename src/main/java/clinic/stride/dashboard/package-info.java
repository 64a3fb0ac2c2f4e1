/** The clinician's pages: the worklist (red flags first), a patient's visits with their assessments, amendments, and the knowledge base for review. */
package clinic.stride.dashboard;
