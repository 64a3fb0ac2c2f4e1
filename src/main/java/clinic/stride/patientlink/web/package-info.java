/** What the pages a patient opens from a private link share: the token from the address, the language, the 410 page. */
package clinic.stride.patientlink.web;
