package clinic.stride.intake;

import clinic.stride.patient.Patient;
import clinic.stride.patient.PatientNotFound;
import clinic.stride.patient.PatientRegistry;
import clinic.stride.patient.Sex;
import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Json;
import clinic.stride.platform.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
 * Stores intakes and their amendments. Every write is one transaction: the patient, the intake, its first
 * version, the idempotency key and whatever observes {@link IntakeVersionSaved} commit together or not at
 * all. Requests are validated here too, so every way in (API, pages, FHIR, demo data) gets the same checks.
 */
@ApplicationScoped
@Transactional
public class IntakeService {

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @Inject
    PatientRegistry patients;

    @Inject
    Event<IntakeVersionSaved> versionSaved;

    Clock clock = Clock.systemUTC();

    /** The outcome of a submission: the intake, and whether it was created now or replayed for a repeated key. */
    public record Submission(UUID intakeId, boolean replayed) {
    }

    public Submission submit(@NotNull @Valid IntakeRequest request, String idempotencyKey, String submittedBy, String source) {
        checkPregnancy(request.factors(), request.patient().sex());
        UUID intakeId = UUID.randomUUID();
        if (idempotencyKey != null) {
            String hash = hashOf(request);
            int inserted = em.createNamedQuery("IdempotencyKey.claim")
                    .setParameter(1, idempotencyKey).setParameter(2, hash).setParameter(3, intakeId).executeUpdate();
            if (inserted == 0) {
                // The INSERT waited for the transaction that claimed the key first; its row is committed now.
                IdempotencyKey claimed = em.find(IdempotencyKey.class, idempotencyKey);
                if (!claimed.requestHash().equals(hash)) {
                    throw new IdempotencyKeyReused();
                }
                return new Submission(claimed.intakeId(), true);
            }
        }
        Patient patient = patients.findOrRegister(request.patient());
        IntakeAnswers answers = request.answers();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Intake intake = new Intake(intakeId, patient, answers, now, source);
        storeVersion(intake, new IntakeVersion(intake.id(), 1, toJson(answers), null, now, submittedBy), answers);
        return new Submission(intake.id(), false);
    }

    /** Stores corrected answers as a new version; the version before stays as it was. */
    public IntakeView amend(UUID intakeId, @NotNull @Valid AmendmentRequest request, String amendedBy) {
        // Lock the intake so two clinicians amending at once get versions n+1 and n+2, not a clash.
        Intake intake = Optional.ofNullable(em.find(Intake.class, intakeId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> notFound(intakeId));
        checkPregnancy(request.factors(), intake.patient().sex());
        IntakeAnswers answers = request.answers();
        int version = intake.amend(answers);
        storeVersion(intake, new IntakeVersion(intakeId, version, toJson(answers), request.reason().strip(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), amendedBy), answers);
        em.flush();
        return view(intake);
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
        return new IntakeView(intake.id(), intake.patient().details(), intake.patient().ageOn(answers.visitDate()),
                answers.visitDate(), answers.language(), answers.pain(), answers.factors(),
                new IntakeView.Derived(bmi == null ? null : bmi.value(), bmi == null ? null : bmi.category().code()),
                answers.redFlags(), intake.currentVersion(), intake.submittedAt(), intake.source(),
                versions.stream().map(v -> new IntakeView.VersionInfo(v.version(), v.createdAt(), v.createdBy(), v.reason())).toList());
    }

    /**
     * Writes a version of an intake's answers and what depends on it: observers of {@link IntakeVersionSaved} run
     * first (so what they mark on the intake goes into its INSERT, or an amendment's UPDATE), then the intake if
     * it is new, the version, and the rows the observers handed over, in foreign-key order.
     */
    private void storeVersion(Intake intake, IntakeVersion version, IntakeAnswers answers) {
        IntakeVersionSaved saved = new IntakeVersionSaved(intake, version.version(), answers,
                intake.patient().ageOn(answers.visitDate()));
        versionSaved.fire(saved);
        if (version.version() == 1) {
            em.persist(intake);
        }
        em.persist(version);
        saved.rows().forEach(em::persist);
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
