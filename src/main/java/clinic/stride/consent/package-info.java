/** The patient's consent to an intake: the notice shown (version, language), the typed name, when and where. */
package clinic.stride.consent;
