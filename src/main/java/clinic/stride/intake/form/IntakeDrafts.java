package clinic.stride.intake.form;

import clinic.stride.platform.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Stores drafts server-side, keyed by a random token that only the patient's browser holds (in a cookie).
 *
 * <p>Why the server and not the browser's localStorage: on a shared clinic tablet localStorage would keep one
 * patient's answers readable by the next person and by any script on the page, and it cannot be expired from
 * the server. Here the browser holds 256 random bits and nothing else; the answers never enter a URL or the
 * browser's storage, the database keeps only the token's SHA-256, and a draft dies when it is submitted or
 * when it expires (a week on the patient's own device through an intake link, two hours on the clinic's desk or
 * kiosk, where the draft also belongs to the sign-in that made it: clinic.stride.intake.wizard.IntakeWizard).
 */
@ApplicationScoped
@Transactional
public class IntakeDrafts {

    public static final Duration OWN_DEVICE = Duration.ofDays(7);
    static final Duration KIOSK = Duration.ofHours(2);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** A draft and how it was started. */
    public record Draft(DraftAnswers answers, boolean kiosk) {
    }

    public Optional<Draft> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        IntakeDraft draft = em.find(IntakeDraft.class, hash(token));
        if (draft == null) {
            return Optional.empty();
        }
        if (draft.expiredAt(clock.instant())) {
            em.remove(draft);
            return Optional.empty();
        }
        return Optional.of(new Draft(read(draft.answers()), draft.kiosk()));
    }

    /**
     * Starts a draft and returns its token, which is shown to nobody but the browser that holds the cookie.
     * {@code staffDevice}: the clinic's form (desk or kiosk), kept {@link #KIOSK}; else a patient's own link, {@link #OWN_DEVICE}.
     */
    public String create(DraftAnswers answers, boolean staffDevice) {
        String token = newToken();
        boolean kiosk = staffDevice;
        Instant now = clock.instant();
        em.persist(new IntakeDraft(hash(token), write(answers), kiosk, now, now.plus(kiosk ? KIOSK : OWN_DEVICE)));
        return token;
    }

    /** Saves the answers; false when the draft has gone (submitted elsewhere, expired). */
    public boolean save(String token, DraftAnswers answers) {
        IntakeDraft draft = token == null ? null : em.find(IntakeDraft.class, hash(token));
        if (draft == null) {
            return false;
        }
        Instant now = clock.instant();
        draft.update(write(answers), now, now.plus(draft.kiosk() ? KIOSK : OWN_DEVICE));
        return true;
    }

    public void delete(String token) {
        if (token == null) {
            return;
        }
        IntakeDraft draft = em.find(IntakeDraft.class, hash(token));
        if (draft != null) {
            em.remove(draft);
        }
    }

    public int deleteExpired() {
        return em.createNamedQuery("IntakeDraft.deleteExpired").setParameter("now", clock.instant()).executeUpdate();
    }

    /** 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A stable, non-secret name for the draft: its idempotency key when submitted, so a double click makes one intake. */
    public static String submissionKey(String token) {
        return "intake-draft-" + hash(token);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String write(DraftAnswers answers) {
        return Json.write(answers);
    }

    private static DraftAnswers read(String json) {
        return Json.read(json, DraftAnswers.class);
    }
}
