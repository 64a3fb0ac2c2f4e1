/**
 * De-identified exports of intakes for research and audit: no names, contacts, birth dates or free text,
 * a keyed pseudonym instead of the clinic id, streamed row by row from a database cursor.
 */
package clinic.stride.export;
