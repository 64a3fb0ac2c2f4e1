/** Patients as the clinic knows them: clinic id, name, birth date, sex and contact. */
package clinic.stride.patient;
