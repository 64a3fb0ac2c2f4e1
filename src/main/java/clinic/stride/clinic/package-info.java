/** The clinic's own details (name, address, phone, logo, language, handout footer, consent text), versioned and audited. */
package clinic.stride.clinic;
