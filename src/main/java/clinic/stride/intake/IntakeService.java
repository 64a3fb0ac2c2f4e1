package clinic.stride.intake;

import clinic.stride.consent.Consents;
import clinic.stride.outcomes.Lefs;
import clinic.stride.patient.Patient;
import clinic.stride.patient.PatientNotFound;
import clinic.stride.patient.PatientRegistry;
import clinic.stride.patient.Sex;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Json;
import clinic.stride.platform.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores intakes and their versions, and reads them back. Writes join the transaction of
 * {@link IntakeSubmissions}, which stores the intake together with the patient and the assessment.
 */
@ApplicationScoped
@Transactional
public class IntakeService {

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @Inject
    PatientRegistry patients;

    @Inject
    Consents consents;

    Clock clock = Clock.systemUTC();

    /** The checks Bean Validation cannot make: they need more than one answer. */
    public void checkAnswers(IntakeRequest request) {
        checkPregnancy(request.factors(), request.patient().sex());
    }

    /**
     * Claims an idempotency key for the intake {@code intakeId} about to be stored. Empty when there is no key
     * or the key is new (it is now this intake's, in this transaction); otherwise the intake the same request
     * created earlier under this key. The key with a different request is refused (422).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> claim(String idempotencyKey, IntakeRequest request, UUID intakeId) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        String hash = hashOf(request);
        int inserted = em.createNamedQuery("IdempotencyKey.claim")
                .setParameter(1, idempotencyKey).setParameter(2, hash).setParameter(3, intakeId).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        // The INSERT waited for the transaction that claimed the key first; its row is committed now.
        IdempotencyKey claimed = em.find(IdempotencyKey.class, idempotencyKey);
        if (!claimed.requestHash().equals(hash)) {
            throw new IdempotencyKeyReused();
        }
        return Optional.of(claimed.intakeId());
    }

    /**
     * Stores a new intake of a registered patient, with its answers as version 1 and what their assessment found
     * (the worklist's red-flag level and possible causes). Given here rather than marked after: Hibernate inserts
     * the row as it was when persisted, so a change after it costs an UPDATE of the new row, and one of indexed
     * columns rewrites every index of {@code intake}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Intake store(UUID intakeId, Patient patient, IntakeAnswers answers, int redFlagLevel, List<String> causeIds,
                        String submittedBy, String source) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Intake intake = new Intake(intakeId, patient, answers, now, source);
        intake.markAssessed(redFlagLevel, causeIds);
        em.persist(intake);
        em.persist(new IntakeVersion(intakeId, 1, toJson(answers), null, now, submittedBy));
        return intake;
    }

    /** Stores corrected answers as a new version and points the intake at it; the version before stays as it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Intake amend(UUID intakeId, AmendmentRequest request, String amendedBy) {
        // Lock the intake so two clinicians amending at once get versions n+1 and n+2, not a clash.
        Intake intake = Optional.ofNullable(em.find(Intake.class, intakeId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> notFound(intakeId));
        checkPregnancy(request.factors(), intake.patient().sex());
        IntakeAnswers answers = request.answers();
        if (answers.lefs() == null) {
            // The LEFS is the baseline of the patient's trend: correcting other answers must not lose it.
            answers = answers.withLefs(answers(intakeId, null).lefs());
        }
        int version = intake.amend(answers);
        em.persist(new IntakeVersion(intakeId, version, toJson(answers), request.reason().strip(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), amendedBy));
        return intake;
    }

    /** The intake as the API shows it, once what this transaction stored is written (a refusal surfaces here). */
    public IntakeView stored(Intake intake) {
        em.flush();
        return view(intake);
    }

    /** The version in force of an intake. */
    public int currentVersion(UUID intakeId) {
        return find(intakeId).orElseThrow(() -> notFound(intakeId)).currentVersion();
    }

    public Optional<Intake> find(UUID id) {
        return Optional.ofNullable(em.find(Intake.class, id));
    }

    public IntakeView get(UUID id) {
        return view(find(id).orElseThrow(() -> notFound(id)));
    }

    /** The answers of one version (the current one when {@code version} is null). */
    public IntakeAnswers answers(UUID intakeId, Integer version) {
        Intake intake = find(intakeId).orElseThrow(() -> notFound(intakeId));
        int wanted = version == null ? intake.currentVersion() : version;
        IntakeVersion stored = em.find(IntakeVersion.class, new IntakeVersion.Key(intakeId, wanted));
        if (stored == null) {
            throw new IntakeNotFound(intakeId, wanted);
        }
        return fromJson(stored.answersJson());
    }

    /** Newest first, {@code limit} at a time; {@code after} is the cursor of the last row of the page before. */
    public IntakePage list(IntakeFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Intake> query = cb.createQuery(Intake.class);
        Root<Intake> intake = query.from(Intake.class);
        Join<Intake, Patient> patient = (Join<Intake, Patient>) intake.<Intake, Patient>fetch("patient");
        List<Predicate> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(intake.get("visitDate"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThanOrEqualTo(intake.get("visitDate"), filter.to()));
        }
        if (filter.clinicId() != null) {
            where.add(cb.equal(patient.get("clinicId"), filter.clinicId()));
        }
        if (filter.after() != null) {
            IntakePage.Cursor after = filter.after();
            where.add(cb.or(
                    cb.lessThan(intake.get("submittedAt"), after.submittedAt()),
                    cb.and(cb.equal(intake.get("submittedAt"), after.submittedAt()),
                            cb.lessThan(intake.get("id"), after.id()))));
        }
        query.select(intake).where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(intake.get("submittedAt")), cb.desc(intake.get("id")));
        List<Intake> rows = em.createQuery(query).setMaxResults(filter.limit() + 1).getResultList();
        boolean more = rows.size() > filter.limit();
        List<IntakeSummary> items = rows.stream().limit(filter.limit()).map(IntakeSummary::of).toList();
        String next = more ? IntakePage.Cursor.of(rows.get(filter.limit() - 1)).encode() : null;
        return new IntakePage(items, next);
    }

    /** One day's intakes in arrival order, without clinical fields: what the front desk works from. */
    public List<WorklistEntry> worklist(LocalDate day) {
        return em.createNamedQuery("Intake.findByVisitDate", Intake.class)
                .setParameter("day", day).setMaxResults(WorklistEntry.MAX_ROWS)
                .getResultStream().map(WorklistEntry::of).toList();
    }

    /** The patient's other intakes for the same visit day as this one, oldest first: a warning, never a refusal. */
    public List<UUID> sameVisitDay(UUID intakeId) {
        return em.createNamedQuery("Intake.sameVisitDay", UUID.class).setParameter("id", intakeId).getResultList();
    }

    /**
     * Moves every intake of one registration to another, the survivor of a "same person" decision; each intake
     * keeps the patient it was registered for. Versions and assessments hang on the intake and move with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int moveToPatient(long fromPatientId, long toPatientId) {
        return em.createNamedQuery("Intake.moveToPatient").setParameter(1, fromPatientId).setParameter(2, toPatientId)
                .executeUpdate();
    }

    /** All intakes of one patient, newest visit first. */
    public PatientHistory history(String clinicId) {
        Patient patient = patients.find(clinicId).orElseThrow(() -> new PatientNotFound(clinicId));
        List<IntakeSummary> intakes = em.createNamedQuery("Intake.findByPatient", Intake.class)
                .setParameter("patient", patient).getResultList().stream().map(IntakeSummary::of).toList();
        return new PatientHistory(patient.details(), intakes);
    }

    private IntakeView view(Intake intake) {
        List<IntakeVersion> versions = em.createNamedQuery("IntakeVersion.findByIntake", IntakeVersion.class)
                .setParameter("intakeId", intake.id()).getResultList();
        IntakeVersion current = versions.stream().filter(v -> v.version() == intake.currentVersion()).findFirst().orElseThrow();
        IntakeAnswers answers = fromJson(current.answersJson());
        var bmi = answers.factors().bmi();
        Lefs.Score lefs = answers.lefs() == null ? null : answers.lefs().score();
        return new IntakeView(intake.id(), intake.patient().details(), intake.patient().ageOn(answers.visitDate()),
                answers.visitDate(), answers.language(), answers.pain(), answers.factors(),
                new IntakeView.Derived(bmi == null ? null : bmi.value(), bmi == null ? null : bmi.category().code(),
                        lefs == null ? null : lefs.totalOrNull(), lefs == null ? null : lefs.answered()),
                answers.redFlags(), answers.lefs(), intake.currentVersion(), intake.submittedAt(), intake.source(),
                versions.stream().map(v -> new IntakeView.VersionInfo(v.version(), v.createdAt(), v.createdBy(), v.reason())).toList(),
                consents.statusOf(intake.id()));
    }

    private static void checkPregnancy(Factors factors, Sex sex) {
        List<Problem.FieldError> errors = pregnancyErrors(factors, sex);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The pregnancy question is not asked of a male patient, so a "yes" from one is a mistake, not an answer. */
    static List<Problem.FieldError> pregnancyErrors(Factors factors, Sex sex) {
        if (sex == Sex.MALE && Boolean.TRUE.equals(factors.pregnant())) {
            return List.of(new Problem.FieldError("factors.pregnant",
                    "the patient is recorded as male: leave out the pregnancy answer or correct the sex"));
        }
        return List.of();
    }

    static IntakeNotFound notFound(UUID id) {
        return new IntakeNotFound(id);
    }

    static String toJson(IntakeAnswers answers) {
        return Json.write(answers);
    }

    public static IntakeAnswers fromJson(String json) {
        return Json.read(json, IntakeAnswers.class);
    }

    private static String hashOf(IntakeRequest request) {
        try {
            byte[] canonical = Json.mapper().writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
