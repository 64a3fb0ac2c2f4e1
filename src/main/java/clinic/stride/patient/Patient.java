package clinic.stride.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;

/** A patient of the clinic, identified by the clinic's own id. */
@Entity
@Table(name = "patient")
@NamedQuery(name = "Patient.findByClinicId", query = "select p from Patient p where p.clinicId = :clinicId")
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private String clinicId;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Convert(converter = SexConverter.class)
    @Column(nullable = false)
    private Sex sex;

    private String phone;

    private String email;

    protected Patient() {
    }

    public Patient(PatientDetails details) {
        this.clinicId = details.clinicId();
        this.givenName = details.givenName();
        this.familyName = details.familyName();
        this.birthDate = details.birthDate();
        this.sex = details.sex();
        this.phone = details.phone();
        this.email = details.email();
    }

    /** Age in whole years on the given day (the visit date, for an intake). */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public PatientDetails details() {
        return new PatientDetails(clinicId, givenName, familyName, birthDate, sex, phone, email);
    }

    public Long id() {
        return id;
    }

    public String clinicId() {
        return clinicId;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public String displayName() {
        return givenName + " " + familyName;
    }
}
