package clinic.stride.patient;

import clinic.stride.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds patients by clinic id and registers new ones. */
@ApplicationScoped
public class PatientRegistry {

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    /**
     * The patient a clinic id stands for. A clinic id that staff linked to an earlier registration as the same
     * person (clinic.stride.duplicates) resolves to that one, so an old number on a card still finds the patient.
     */
    public Optional<Patient> find(String clinicId) {
        return registration(clinicId).map(this::survivor);
    }

    /** The row registered under this clinic id itself, linked or not. */
    private Optional<Patient> registration(String clinicId) {
        return em.createNamedQuery("Patient.findByClinicId", Patient.class)
                .setParameter("clinicId", clinicId)
                .getResultList().stream().findFirst();
    }

    private Patient survivor(Patient patient) {
        return patient.mergedInto().map(id -> em.find(Patient.class, id)).orElse(patient);
    }

    /** Registers a patient ahead of their first intake; the same details again change nothing. */
    @Transactional
    public Patient register(PatientDetails details) {
        return findOrRegister(details).patient();
    }

    /** A patient as a submission found them: {@code isNew} when the submission registered them. */
    public record Registration(Patient patient, boolean isNew) {
    }

    /**
     * The registered patient with this clinic id, registering them first if new. A clinic id on file
     * with a different name, birth date or sex is a conflict (409), never a silent overwrite.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Registration findOrRegister(PatientDetails details) {
        List<Object[]> registered = em.createNamedQuery("Patient.register", Object[].class)
                .setParameter(1, details.clinicId())
                .setParameter(2, details.givenName())
                .setParameter(3, details.familyName())
                .setParameter(4, details.birthDate())
                .setParameter(5, details.sex().code())
                .setParameter(6, details.phone())
                .setParameter(7, details.email())
                .getResultList();
        Object[] row = registered.isEmpty() ? null : registered.getFirst();
        Patient patient = row == null ? registration(details.clinicId()).orElseThrow() : (Patient) row[0];
        boolean isNew = row != null && (Boolean) row[1];
        if (!mismatches(patient.details(), details).isEmpty()) {
            // One answer whatever differs: naming the field would confirm the others (a birth date guessed
            // by trying names, or the reverse).
            throw new ClinicIdConflict();
        }
        // A linked registration's details are checked as they were registered; its intakes go to the survivor.
        return new Registration(survivor(patient), isNew);
    }

    /**
     * Whether details typed for a clinic id differ from the patient registered with it: false when the id is not on
     * file (a new patient) or everything matches. The same comparison as {@link #findOrRegister}, so a form can
     * refuse early what the submission would refuse; the answer is one yes or no, never which detail differs.
     */
    public boolean differsFromRegistered(PatientDetails sent) {
        if (sent == null || sent.clinicId() == null || sent.clinicId().isBlank()) {
            return false;
        }
        return registration(sent.clinicId()).map(p -> !mismatches(p.details(), sent).isEmpty()).orElse(false);
    }

    private static List<Problem.FieldError> mismatches(PatientDetails registered, PatientDetails sent) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!registered.givenName().equalsIgnoreCase(sent.givenName())) {
            errors.add(new Problem.FieldError("patient.givenName", "does not match the registered patient"));
        }
        if (!registered.familyName().equalsIgnoreCase(sent.familyName())) {
            errors.add(new Problem.FieldError("patient.familyName", "does not match the registered patient"));
        }
        if (!Objects.equals(registered.birthDate(), sent.birthDate())) {
            errors.add(new Problem.FieldError("patient.birthDate", "does not match the registered patient"));
        }
        if (registered.sex() != sent.sex()) {
            errors.add(new Problem.FieldError("patient.sex", "does not match the registered patient"));
        }
        return errors;
    }
}
