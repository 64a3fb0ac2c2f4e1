/**
 * What every private patient link shares: the random token stored only as its hash, what is recorded when a link is
 * issued, revocation and single use, the public address, the QR code.
 */
package clinic.stride.patientlink;
