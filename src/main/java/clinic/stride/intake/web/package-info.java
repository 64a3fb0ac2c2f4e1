/** The patient-facing intake form: one page per topic, a server-side draft to resume later, kiosk mode, and the thank-you page. */
package clinic.stride.intake.web;
