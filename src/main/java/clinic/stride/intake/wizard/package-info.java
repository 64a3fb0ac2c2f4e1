/** The patient's intake pages (webapp intake/ and kiosk): one page per topic, resume later, kiosk mode, thanks. */
package clinic.stride.intake.wizard;
