package clinic.stride.duplicates;

import clinic.stride.intake.IntakeService;
import clinic.stride.patient.LikelyDuplicate;
import clinic.stride.patient.LikelyDuplicates;
import clinic.stride.patient.Patient;
import clinic.stride.patient.PatientNotFound;
import clinic.stride.patient.PatientRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Likely duplicates and staff's decisions about them. Nothing is deleted: "same person" links the later
 * registration to the earlier one (its intakes, with their versions and assessments, move to the earlier one and
 * remember where they were registered; its clinic id keeps finding the patient), "different person" is remembered
 * so the pair is not raised again. Each decision is one row of {@code duplicate_decision}, and the caller's audit row.
 */
@ApplicationScoped
public class Duplicates implements LikelyDuplicates {

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @Inject
    PatientRegistry patients;

    @Inject
    IntakeService intakes;

    Clock clock = Clock.systemUTC();

    /** A registration as the duplicates page shows it, with the candidates raised for it. */
    public record Review(LikelyDuplicate patient, List<LikelyDuplicate> candidates) {
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LikelyDuplicate> of(String clinicId) {
        return patients.find(clinicId).map(this::of).orElse(List.of());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LikelyDuplicate> of(Patient patient) {
        return candidates(patient.id());
    }

    /** The patient a clinic id stands for and their open candidates. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Review review(String clinicId) {
        Patient patient = patients.find(clinicId).orElseThrow(() -> new PatientNotFound(clinicId));
        Object[] row = em.createNamedQuery("DuplicateDecision.summary", Object[].class).setParameter(1, patient.id()).getSingleResult();
        LikelyDuplicate self = new LikelyDuplicate((String) row[0], (String) row[1], (String) row[2], date(row[3]),
                ((Number) row[4]).longValue(), List.of());
        return new Review(self, candidates(patient.id()));
    }

    /** Which of these clinic ids have open candidates: the front desk's worklist marks them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> withCandidates(Collection<String> clinicIds) {
        if (clinicIds.isEmpty()) {
            return Set.of();
        }
        // Clinic ids are letters, digits, dot, dash and underscore (PatientDetails): a comma separates them safely.
        return new TreeSet<>(em.createNamedQuery("DuplicateDecision.flagged", String.class)
                .setParameter(1, String.join(",", new TreeSet<>(clinicIds))).getResultList());
    }

    /**
     * Records staff's decision about two registrations. For {@link Decision#SAME_PERSON} the one registered first
     * survives: the other is linked to it and its intakes move to it. A pair is decided once
     * ({@link PairAlreadyDecided}, also for two clinic ids that already stand for one person).
     */
    @Transactional
    public Decided decide(String clinicId, String otherClinicId, Decision decision, String decidedBy) {
        Patient one = patients.find(clinicId).orElseThrow(() -> new PatientNotFound(clinicId));
        Patient other = patients.find(otherClinicId).orElseThrow(() -> new PatientNotFound(otherClinicId));
        if (one.id().equals(other.id())) {
            throw new PairAlreadyDecided();
        }
        // Lock both, lower id first, so two staff deciding about one pair at once take turns.
        Patient first = em.find(Patient.class, Math.min(one.id(), other.id()), LockModeType.PESSIMISTIC_WRITE);
        Patient second = em.find(Patient.class, Math.max(one.id(), other.id()), LockModeType.PESSIMISTIC_WRITE);
        long decided = em.createNamedQuery("DuplicateDecision.pairDecided", Long.class)
                .setParameter(1, first.id()).setParameter(2, second.id()).getSingleResult();
        if (decided > 0) {
            throw new PairAlreadyDecided();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (decision == Decision.SAME_PERSON) {
            em.persist(new DuplicateDecision(first.id(), second.id(), decision, decidedBy, now));
            em.flush();
            em.createNamedQuery("DuplicateDecision.link").setParameter(1, first.id()).setParameter(2, second.id()).executeUpdate();
            intakes.moveToPatient(second.id(), first.id());
            return new Decided(clinicId, otherClinicId, decision, first.clinicId());
        }
        em.persist(new DuplicateDecision(one.id(), other.id(), decision, decidedBy, now));
        return new Decided(clinicId, otherClinicId, decision, one.clinicId());
    }

    private List<LikelyDuplicate> candidates(long patientId) {
        List<Object[]> rows = em.createNamedQuery("DuplicateDecision.candidates", Object[].class).setParameter(1, patientId).getResultList();
        List<LikelyDuplicate> found = new ArrayList<>();
        for (Object[] row : rows) {
            List<String> matchedOn = new ArrayList<>();
            if (Boolean.TRUE.equals(row[5])) {
                matchedOn.add("name_and_birth_date");
            }
            if (Boolean.TRUE.equals(row[6])) {
                matchedOn.add("phone");
            }
            if (Boolean.TRUE.equals(row[7])) {
                matchedOn.add("email");
            }
            found.add(new LikelyDuplicate((String) row[0], (String) row[1], (String) row[2], date(row[3]),
                    ((Number) row[4]).longValue(), matchedOn));
        }
        return found;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
