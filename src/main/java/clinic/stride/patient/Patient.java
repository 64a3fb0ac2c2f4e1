package clinic.stride.patient;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import org.hibernate.jpa.HibernateHints;

/** A patient of the clinic, identified by the clinic's own id. */
@Entity
@Table(name = "patient")
@NamedQuery(name = "Patient.findByClinicId", query = "select p from Patient p where p.clinicId = :clinicId")
// Registers a new patient or reads the registered one in one round trip. ON CONFLICT: two first visits of one
// new patient at the same moment must not fail or duplicate. No row comes back only when another transaction
// registered the id while this statement ran (its snapshot cannot see that row); the caller then reads again.
// Each row says whether this statement inserted it (a patient new to the clinic has no other intake to look for).
// The table named up front: Hibernate 7.4 adds an entity result's table to a named native query's spaces while it
// plans it, so without the hint every call missed the cached plan and planned again (NativeQueryPlansIT).
@NamedNativeQuery(name = "Patient.register", resultSetMapping = "Patient.registration",
        hints = @QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "patient"), query = """
        with inserted as (
            insert into patient (clinic_id, given_name, family_name, birth_date, sex, phone, email)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            on conflict (clinic_id) do nothing
            returning *)
        select *, true as registered_now from inserted
        union all
        select *, false from patient where clinic_id = ?1 and not exists (select 1 from inserted)""")
@SqlResultSetMapping(name = "Patient.registration", entities = @EntityResult(entityClass = Patient.class),
        columns = @ColumnResult(name = "registered_now", type = Boolean.class))
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

    /** Set when staff decided this registration is the same person as an earlier one (V18): the one it resolves to. */
    @Column(name = "merged_into", insertable = false, updatable = false)
    private Long mergedInto;

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

    /** The patient this registration was linked to as the same person, if it was. */
    public java.util.Optional<Long> mergedInto() {
        return java.util.Optional.ofNullable(mergedInto);
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
