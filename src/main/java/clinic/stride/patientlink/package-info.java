/** What every private patient link shares: the random token stored only as its hash, the public address, the QR code. */
package clinic.stride.patientlink;
