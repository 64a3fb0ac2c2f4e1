package clinic.stride.intakelink;

import clinic.stride.patientlink.LinkToken;
import clinic.stride.intake.IntakeSubmissions;
import clinic.stride.vocabulary.Language;
import clinic.stride.patient.Patient;
import clinic.stride.patient.PatientDetails;
import clinic.stride.patient.PatientNotFound;
import clinic.stride.patient.PatientRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creates intake links, opens them, and takes the one intake each link allows. */
@ApplicationScoped
@Transactional
public class IntakeLinks {

    public static final Duration VALIDITY = Duration.ofHours(24);
    /** Who an intake submitted through a link is recorded as created by. */
    public static final String SUBMITTED_BY = "intake-link";
    /** Mismatched patient details a link takes before it is closed: enough for typos, too few for guessing. */
    public static final int MAX_MISMATCHES = 3;

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @Inject
    PatientRegistry patients;

    @Inject
    IntakeSubmissions submissions;

    @Inject
    LinkMismatches mismatches;

    /** What {@link LinkToken#hash} gives: SHA-256 in lower-case hex. */
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    Clock clock = Clock.systemUTC();

    /** A new link and its token (returned once, never stored). */
    public record Issued(String token, IntakeLink link) {
    }

    public Issued create(String clinicId, Language language, String createdBy) {
        Patient patient = patients.find(clinicId).orElseThrow(() -> new PatientNotFound(clinicId,
                "No patient with clinic id " + clinicId + "; register the patient first"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String token = LinkToken.generate();
        IntakeLink link = new IntakeLink(LinkToken.hash(token), patient,
                language == null ? Language.EN : language, now, createdBy, now.plus(VALIDITY));
        em.persist(link);
        return new Issued(token, link);
    }

    /** The form's context for an open link: 404 for an unknown token, 410 once used or expired. */
    public IntakeLinkForm open(String token) {
        return openByHash(hashOf(token));
    }

    /** As {@link #open}, by the token's hash. */
    public IntakeLinkForm openByHash(String tokenHash) {
        IntakeLink link = openLink(tokenHash, LockModeType.NONE);
        return new IntakeLinkForm(link.patient().details().givenName(), link.language(), link.expiresAt());
    }

    /** The hash a token is stored and looked up by; null for text that cannot be a token (found by nothing). */
    public static String hashOf(String token) {
        return LinkToken.looksValid(token) ? LinkToken.hash(token) : null;
    }

    /**
     * Stores the link's one intake and closes the link in the same transaction. The row lock makes a second,
     * concurrent submit wait and then find the link used.
     */
    public IntakeSubmissions.Submission submit(String token, LinkIntakeRequest request) {
        return submitByHash(hashOf(token), request);
    }

    /**
     * As {@link #submit}, for the intake form's pages: they keep only the token's hash (in the form's draft),
     * so the token itself is never stored, not even for the hours a patient takes to fill in the form.
     */
    public IntakeSubmissions.Submission submitByHash(String tokenHash, LinkIntakeRequest request) {
        // Compared before the row is locked, so the mismatch can be counted in a transaction of its own.
        IntakeLink unlocked = openLink(tokenHash, LockModeType.NONE);
        if (request.patient() != null && !samePatient(unlocked.patient().details(), request.patient())) {
            // One message for any difference, and the link closes after a few: a link must not become a way to
            // test guesses of a birth date.
            mismatches.count(tokenHash);
            throw new NotTheLinksPatient();
        }
        em.refresh(unlocked, LockModeType.PESSIMISTIC_WRITE);
        IntakeLink link = unlocked;
        if (!link.isOpenAt(clock.instant())) {
            throw new IntakeLinkGone();
        }
        PatientDetails registered = link.patient().details();
        IntakeSubmissions.Submission submission = submissions.submit(request.forPatient(registered), null, SUBMITTED_BY, "link");
        link.markUsed(submission.intakeId(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        return submission;
    }

    /** The patient a token belongs to, if it is a token at all (for the audit row). */
    public Optional<String> clinicIdOf(String token) {
        return clinicIdOfHash(hashOf(token));
    }

    /** As {@link #clinicIdOf}, by the token's hash. */
    public Optional<String> clinicIdOfHash(String tokenHash) {
        return find(tokenHash, LockModeType.NONE).map(link -> link.patient().clinicId());
    }

    /** The language a link was made in, used or not (its "no longer valid" page speaks it), by the token's hash. */
    public Optional<Language> languageOfHash(String tokenHash) {
        return find(tokenHash, LockModeType.NONE).map(IntakeLink::language);
    }

    private IntakeLink openLink(String tokenHash, LockModeType lock) {
        IntakeLink link = find(tokenHash, lock).orElseThrow(IntakeLinkNotFound::new);
        if (!link.isOpenAt(clock.instant())) {
            throw new IntakeLinkGone();
        }
        return link;
    }

    private Optional<IntakeLink> find(String tokenHash, LockModeType lock) {
        if (tokenHash == null || !HASH.matcher(tokenHash).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery("IntakeLink.findByTokenHash", IntakeLink.class)
                .setParameter("tokenHash", tokenHash)
                .setLockMode(lock)
                .getResultStream().findFirst();
    }

    private static boolean samePatient(PatientDetails registered, PatientDetails sent) {
        return registered.clinicId().equals(sent.clinicId())
                && registered.givenName().equalsIgnoreCase(sent.givenName())
                && registered.familyName().equalsIgnoreCase(sent.familyName())
                && Objects.equals(registered.birthDate(), sent.birthDate())
                && registered.sex() == sent.sex();
    }
}
