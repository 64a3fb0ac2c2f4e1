package clinic.stride.homeprogramme;

import clinic.stride.patientlink.LinkToken;
import clinic.stride.platform.InvalidInput;
import clinic.stride.vocabulary.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Issues, opens and revokes home programme links, and keeps the sessions patients log through them. */
@ApplicationScoped
@Transactional
public class HomeProgrammes {

    /** The latest last day a clinician may set: a programme is reviewed long before a year has passed. */
    public static final int MAX_DAYS_VALID = 366;

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    Clock clock = Clock.system(ZoneId.systemDefault());

    /** A new link and its token, returned once and never stored. */
    public record Issued(String token, HomeProgrammeLink link) {
    }

    /**
     * A link to the stored plan {@code planId} of an intake.
     *
     * @throws InvalidInput on {@code validUntil} when it is missing, in the past or more than a year ahead
     */
    public Issued issue(UUID intakeId, long planId, int sessionsPerWeek, Language language, LocalDate validUntil,
                        String clinician) {
        LocalDate today = today();
        if (validUntil == null || validUntil.isBefore(today) || validUntil.isAfter(today.plusDays(MAX_DAYS_VALID))) {
            throw new InvalidInput("validUntil", "choose a last day from today to a year ahead");
        }
        String token = LinkToken.generate();
        HomeProgrammeLink link = new HomeProgrammeLink(LinkToken.hash(token), intakeId, planId,
                language == null ? Language.EN : language, Math.clamp(sessionsPerWeek, 1, 14), validUntil,
                clock.instant().truncatedTo(ChronoUnit.MICROS), clinician);
        em.persist(link);
        return new Issued(token, link);
    }

    /** Revokes one of the intake's links (a link of another intake is not found: false). Revoking twice keeps the first. */
    public boolean revoke(UUID intakeId, long linkId, String clinician) {
        HomeProgrammeLink link = em.find(HomeProgrammeLink.class, linkId);
        if (link == null || !link.intakeId().equals(intakeId)) {
            return false;
        }
        link.revoke(clinician, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return true;
    }

    /** The hash a token is looked up by; null for text that cannot be a token. */
    public static String hashOf(String token) {
        return LinkToken.looksValid(token) ? LinkToken.hash(token) : null;
    }

    /** The link of a token hash, open or not (its gone page speaks its language; its audit row names its intake). */
    public Optional<HomeProgrammeLink> find(String tokenHash) {
        if (tokenHash == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("HomeProgrammeLink.findByTokenHash", HomeProgrammeLink.class)
                .setParameter("tokenHash", tokenHash).getResultStream().findFirst();
    }

    /** @throws HomeLinkGone for an unknown, revoked or expired link */
    public HomeProgrammeLink open(String tokenHash) {
        return find(tokenHash).filter(l -> l.isOpenOn(today())).orElseThrow(HomeLinkGone::new);
    }

    /**
     * Appends a session to the link's log, dated today, against the link's plan.
     *
     * @param planExercises the plan's exercise ids: a session names only those
     * @throws HomeLinkGone  when the link stopped working
     * @throws InvalidInput  on exerciseIds for an exercise not in the plan
     */
    public ExerciseSession record(String tokenHash, @NotNull @Valid SessionRequest request, Set<String> planExercises) {
        HomeProgrammeLink link = open(tokenHash);
        if (!planExercises.containsAll(request.exerciseIds())) {
            throw new InvalidInput("exerciseIds", "tick only exercises of your programme");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        ExerciseSession session = new ExerciseSession(link, today(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                List.copyOf(new java.util.LinkedHashSet<>(request.exerciseIds())), request.painDuring(), request.painAfter(), note);
        em.persist(session);
        return session;
    }

    /** The links of these intakes (a patient's visits), newest first. */
    public List<HomeProgrammeLink> linksOf(Collection<UUID> intakeIds) {
        if (intakeIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("HomeProgrammeLink.forIntakes", HomeProgrammeLink.class)
                .setParameter("intakeIds", intakeIds).getResultList();
    }

    /** Sessions logged through these links, oldest first. */
    public List<ExerciseSession> sessionsOf(Collection<HomeProgrammeLink> links) {
        if (links.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ExerciseSession.forLinks", ExerciseSession.class)
                .setParameter("linkIds", links.stream().map(HomeProgrammeLink::id).toList()).getResultList();
    }

    /**
     * Adherence across a patient's links: from the first link's day, against the newest link's sessions a week;
     * empty when no link was ever issued.
     */
    public Optional<Adherence> adherence(Collection<UUID> intakeIds) {
        return adherence(intakeIds, today());
    }

    /** As {@link #adherence(Collection)}, up to a given day (an old summary reprints as it was). */
    public Optional<Adherence> adherence(Collection<UUID> intakeIds, LocalDate upTo) {
        List<HomeProgrammeLink> links = linksOf(intakeIds).stream()
                .filter(l -> !dayOf(l.createdAt()).isAfter(upTo)).toList();
        if (links.isEmpty()) {
            return Optional.empty();
        }
        LocalDate started = dayOf(links.getLast().createdAt());
        List<ExerciseSession> sessions = sessionsOf(links).stream().filter(s -> !s.doneOn().isAfter(upTo)).toList();
        return Optional.of(Adherence.of(started, links.getFirst().sessionsPerWeek(), sessions, upTo));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate dayOf(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }
}
