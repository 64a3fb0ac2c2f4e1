/**
 * Drawing building blocks for the clinician summary and the patient handout: embedded fonts, the body map with
 * the reported pain regions shaded, exercise illustrations and the pain trend chart, all drawn as vectors into
 * OpenPDF content so they stay sharp when printed and keep the PDF small.
 */
package clinic.stride.reports;
