/**
 * The PDF drawing kit every Stride report is written with: embedded fonts and colours, tables and paragraphs set
 * the same way, SVG artwork painted as vectors, the page footer, and the document shell that makes a file tagged
 * (PDF/UA-1) or archival (PDF/A-2b); it knows nothing of patients, intakes or handout plans.
 */
package clinic.stride.reports.pdf;
