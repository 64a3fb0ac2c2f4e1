/**
 * The clinician summary and the patient handout as PDFs, the pictures drawn into them (body map, exercise
 * illustrations, pain trend chart) and the clinician's stored handout plans; the drawing kit they are written with
 * (fonts, tables, footer, tagging for PDF/UA-1 and PDF/A-2b) is {@code clinic.stride.reports.pdf}.
 */
package clinic.stride.reports;
