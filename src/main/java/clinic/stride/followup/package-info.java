/** The follow-up questionnaire a clinician sends by link before a follow-up visit: pain, LEFS, global change and the intake's warning signs. */
package clinic.stride.followup;
