package clinic.stride.followup;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.Assessments;
import clinic.stride.assessment.RedFlagAlert;
import clinic.stride.intake.Intake;
import clinic.stride.intake.IntakeAnswers;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.Pain;
import clinic.stride.intake.RedFlagAnswers;
import clinic.stride.patientlink.LinkToken;
import clinic.stride.outcomes.GlobalChange;
import clinic.stride.outcomes.Lefs;
import clinic.stride.patient.Patient;
import clinic.stride.platform.Json;
import clinic.stride.vocabulary.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The follow-up questionnaire's use cases: a clinician makes (and may revoke) a link for a visit's patient; the
 * patient opens it and answers once; the answers are stored with their instrument version, screened for warning
 * signs by the intake's own red-flag rules (the knowledge base, through {@link Assessments}), and read back.
 */
@ApplicationScoped
@Transactional
public class FollowUps {

    /** The questionnaire as a whole, stored on every answer beside the versions of the instruments inside it. */
    public static final String QUESTIONNAIRE_VERSION = "1.0.0";
    public static final String INSTRUMENT_VERSION = "stride-followup-" + QUESTIONNAIRE_VERSION + ";" + Lefs.INSTRUMENT_VERSION
            + ";" + GlobalChange.VERSION;
    public static final int DEFAULT_VALIDITY_DAYS = 14;
    public static final int LONGEST_VALIDITY_DAYS = 90;
    /** Who answers submitted through a link are recorded as submitted by. */
    public static final String SUBMITTED_BY = "follow-up-link";

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @Inject
    IntakeService intakes;

    @Inject
    Assessments assessments;

    @Inject
    Validator validator;

    Clock clock = Clock.systemUTC();

    /** A new link, its token (returned once, never stored) and its patient's clinic number (for the audit row). */
    public record Issued(String token, FollowUpLink link, String clinicId) {
    }

    /**
     * A link for the patient of this intake, in the intake's language unless another is given, working until the
     * end of {@code validUntil} in the clinic's time zone.
     */
    public Issued create(UUID intakeId, Language language, LocalDate validUntil, String createdBy) {
        Intake intake = intakes.find(intakeId).orElseThrow(() -> new IntakeNotFound(intakeId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
        LocalDate lastDay = validUntil == null ? today.plusDays(DEFAULT_VALIDITY_DAYS) : validUntil;
        if (!lastDay.isAfter(today) || lastDay.isAfter(today.plusDays(LONGEST_VALIDITY_DAYS))) {
            throw violation("validUntil", "the link must work until a day after today and at most "
                    + LONGEST_VALIDITY_DAYS + " days from now");
        }
        Instant expires = lastDay.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        String token = LinkToken.generate();
        FollowUpLink link = new FollowUpLink(LinkToken.hash(token), intake.patient(), intakeId,
                language == null ? intake.language() : language, now, createdBy, expires);
        em.persist(link);
        em.flush();
        return new Issued(token, link, intake.patient().clinicId());
    }

    /** Withdraws a link of this intake; revoking twice keeps the first revocation. */
    public FollowUpLinkView revoke(UUID intakeId, long linkId, String by) {
        FollowUpLink link = em.find(FollowUpLink.class, linkId, LockModeType.PESSIMISTIC_WRITE);
        if (link == null || !link.intakeId().equals(intakeId)) {
            throw new FollowUpLinkNotFound();
        }
        link.revoke(by, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return FollowUpLinkView.of(link);
    }

    /** The clinic number of the patient of this intake, for an audit row. */
    public String ofIntakeClinicId(UUID intakeId) {
        return intakes.find(intakeId).orElseThrow(() -> new IntakeNotFound(intakeId)).patient().clinicId();
    }

    /** The links made for this intake, newest first. */
    public List<FollowUpLinkView> links(UUID intakeId) {
        intakes.find(intakeId).orElseThrow(() -> new IntakeNotFound(intakeId));
        return em.createNamedQuery("FollowUpLink.ofIntake", FollowUpLink.class).setParameter("intakeId", intakeId)
                .getResultStream().map(FollowUpLinkView::of).toList();
    }

    /** The hash a token is stored and looked up by; null for text that cannot be a token. */
    public static String hashOf(String token) {
        return LinkToken.looksValid(token) ? LinkToken.hash(token) : null;
    }

    /** The page's context for an open link: 404 unknown, 410 used, revoked or expired. */
    public FollowUpForm openByHash(String tokenHash) {
        FollowUpLink link = openLink(tokenHash, LockModeType.NONE);
        return new FollowUpForm(link.patient().details().givenName(), link.language(), link.expiresAt());
    }

    /**
     * Stores the link's one answer set and closes the link in the same transaction; the row lock makes a second,
     * concurrent submission wait and then find the link used.
     */
    public FollowUpView submitByHash(String tokenHash, FollowUpRequest request) {
        check(request);
        FollowUpLink link = openLink(tokenHash, LockModeType.PESSIMISTIC_WRITE);
        FollowUpView stored = store(link.id(), link.patient(), link.intakeId(), link.language(), request, SUBMITTED_BY);
        link.markUsed(stored.submittedAt());
        return stored;
    }

    /**
     * Stores answers given without a link (a FHIR QuestionnaireResponse filled in another tool, or on paper and
     * typed in by staff) as a follow-up of the patient's latest visit: the same checks, the same warning-sign screen
     * and the same worklist as answers through a link.
     *
     * @param language the answers' language; the visit's when null
     * @throws clinic.stride.patient.PatientNotFound for an unknown clinic number
     * @throws clinic.stride.platform.InvalidInput on {@code subject} when the patient has no visit to follow up
     */
    public FollowUpView submitForPatient(String clinicId, FollowUpRequest request, Language language, String submittedBy) {
        check(request);
        List<clinic.stride.intake.IntakeSummary> visits = intakes.history(clinicId).intakes();
        if (visits.isEmpty()) {
            throw violation("subject", "the patient has no visit to follow up: a follow-up belongs to an intake");
        }
        Intake latest = intakes.find(visits.get(0).id()).orElseThrow(() -> new IntakeNotFound(visits.get(0).id()));
        return store(null, latest.patient(), latest.id(), language == null ? latest.language() : language, request, submittedBy);
    }

    private FollowUpView store(Long linkId, Patient patient, UUID intakeId, Language language, FollowUpRequest request,
                               String submittedBy) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate answeredOn = request.answeredOn() == null ? LocalDate.ofInstant(now, ZoneId.systemDefault()) : request.answeredOn();
        Lefs.Score lefs = new Lefs.Answers(request.lefs()).score();
        Assessment screen = screen(intakeId, patient, answeredOn, request);
        FollowUp followUp = new FollowUp(UUID.randomUUID(), linkId, patient, intakeId, INSTRUMENT_VERSION,
                language, answeredOn, now, submittedBy, request.painIntensity(),
                request.lefs().stream().map(i -> i == null ? null : i.shortValue()).toArray(Short[]::new),
                lefs.answered(), lefs.totalOrNull(), request.globalChange(), Json.write(request.redFlags()),
                Assessments.redFlagLevel(screen), screen.redFlags().stream().map(RedFlagAlert::id).toArray(String[]::new));
        em.persist(followUp);
        return view(followUp);
    }

    /**
     * The intake's warning-sign rules run on the visit's answers with today's pain and warning-sign answers in
     * place of the intake's: the same knowledge, the same levels, nothing copied.
     */
    private Assessment screen(UUID intakeId, Patient patient, LocalDate answeredOn, FollowUpRequest request) {
        IntakeAnswers visit = intakes.answers(intakeId, null);
        Pain p = visit.pain();
        Pain now = new Pain(p.regions(), p.side(), request.painIntensity(), p.onset(), p.durationWeeks(), p.when(),
                p.relievedBy(), p.character(), p.leftRegions(), p.rightRegions(), p.durationAmount(), p.durationUnit());
        IntakeAnswers answers = new IntakeAnswers(answeredOn, visit.language(), now, visit.factors(), request.redFlags());
        return assessments.assess(answers, patient.ageOn(answeredOn), patient.sex());
    }

    /** The follow-ups of the patient of this intake, oldest first (every visit's, so a trend spans visits). */
    public List<FollowUpView> ofPatientOf(UUID intakeId) {
        Intake intake = intakes.find(intakeId).orElseThrow(() -> new IntakeNotFound(intakeId));
        return em.createNamedQuery("FollowUp.ofPatient", FollowUp.class).setParameter("patientId", intake.patient().id())
                .getResultStream().map(FollowUps::view).toList();
    }

    /** The follow-ups sent for this intake, oldest first. */
    public List<FollowUpView> ofIntake(UUID intakeId) {
        intakes.find(intakeId).orElseThrow(() -> new IntakeNotFound(intakeId));
        return em.createNamedQuery("FollowUp.ofIntake", FollowUp.class).setParameter("intakeId", intakeId)
                .getResultStream().map(FollowUps::view).toList();
    }

    public Optional<FollowUpView> find(UUID followUpId) {
        return Optional.ofNullable(em.find(FollowUp.class, followUpId)).map(FollowUps::view);
    }

    /** The patient a token belongs to, for the audit row; empty for anything that is not a known link. */
    public Optional<String> clinicIdOfHash(String tokenHash) {
        return find(tokenHash, LockModeType.NONE).map(link -> link.patient().clinicId());
    }

    /** The intake a token's link follows up, for the audit row. */
    public Optional<UUID> intakeIdOfHash(String tokenHash) {
        return find(tokenHash, LockModeType.NONE).map(FollowUpLink::intakeId);
    }

    /** The language a link was made in, open or not (its "no longer valid" page speaks it). */
    public Optional<Language> languageOfHash(String tokenHash) {
        return find(tokenHash, LockModeType.NONE).map(FollowUpLink::language);
    }

    /**
     * Marks a follow-up's warning signs reviewed by this clinician, unless already reviewed (the first review
     * stands). The clinic number of its patient, for the audit row; empty for an unknown follow-up.
     */
    public Optional<String> markReviewed(UUID followUpId, String clinician) {
        em.createNativeQuery("update follow_up set reviewed_by = ?, reviewed_at = ? where id = ? and reviewed_at is null")
                .setParameter(1, clinician)
                .setParameter(2, Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .setParameter(3, followUpId)
                .executeUpdate();
        return Optional.ofNullable(em.find(FollowUp.class, followUpId)).map(f -> f.patient().clinicId());
    }

    private FollowUpLink openLink(String tokenHash, LockModeType lock) {
        FollowUpLink link = find(tokenHash, lock).orElseThrow(FollowUpLinkNotFound::new);
        if (!link.isOpenAt(clock.instant())) {
            throw new FollowUpLinkGone();
        }
        return link;
    }

    private Optional<FollowUpLink> find(String tokenHash, LockModeType lock) {
        if (tokenHash == null || !HASH.matcher(tokenHash).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery("FollowUpLink.findByTokenHash", FollowUpLink.class)
                .setParameter("tokenHash", tokenHash)
                .setLockMode(lock)
                .getResultStream().findFirst();
    }

    static FollowUpView view(FollowUp f) {
        return new FollowUpView(f.id(), f.intakeId(), f.patient().clinicId(), f.instrumentVersion(), f.language(),
                f.answeredOn(), f.submittedAt(), f.painIntensity(), f.lefsItems(), f.lefsAnswered(), f.lefsScore(),
                f.globalChange(), Json.read(f.redFlagsJson(), RedFlagAnswers.class), f.redFlagLevel(), f.redFlagIds(),
                f.reviewedBy(), f.reviewedAt());
    }

    /** Refuses answers that fail their field rules, every bad field at once; stores nothing. */
    public void check(FollowUpRequest request) {
        if (request == null) {
            throw violation("", "send the answers as a JSON body");
        }
        Set<ConstraintViolation<FollowUpRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static RuntimeException violation(String field, String message) {
        return new clinic.stride.platform.InvalidInput(field, message);
    }
}
