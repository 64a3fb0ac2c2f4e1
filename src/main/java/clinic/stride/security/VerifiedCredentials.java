package clinic.stride.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A short memory of HTTP Basic credentials that PBKDF2 has just verified. API clients send their password on
 * every request, and one PBKDF2-HMAC-SHA512 check at 210,000 iterations costs a large part of a second on
 * this hardware: without this, password hashing would be the whole cost of the API (the load test measured
 * it). An entry lives {@link #TTL}, is keyed by an HMAC of name and password under a key made at start-up and
 * never stored, holds no password, and is dropped when the user's password is reset. Failed attempts are
 * never remembered; a failure drops the user's entries and a new address lock drops them all, so a remembered
 * credential never skips a lock (StrideAuthentication checks this memory before the lockout tables).
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;

    private record Verified(String username, Set<String> groups, long epoch, Instant until) {
    }

    /** What is remembered of a verified credential: the user's groups and credentials epoch at the time. */
    public record Remembered(Set<String> groups, long epoch) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<CredentialValidationResult>> checking = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    Clock clock = Clock.systemUTC();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /**
     * The groups and epoch of a user whose exact name and password were verified less than {@link #TTL} ago; the
     * caller compares the epoch with the current one, so a reset or disable on another instance ends it too.
     */
    public Optional<Remembered> groupsIfRecentlyVerified(String username, String password) {
        Verified entry = verified.get(keyOf(username, password));
        if (entry == null || !entry.username().equals(username)) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(entry.until())) {
            verified.remove(keyOf(username, password));
            return Optional.empty();
        }
        return Optional.of(new Remembered(entry.groups(), entry.epoch()));
    }

    public void remember(String username, String password, Set<String> groups, long epoch) {
        if (verified.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            verified.values().removeIf(v -> now.isAfter(v.until()));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(keyOf(username, password), new Verified(username, Set.copyOf(groups), epoch, clock.instant().plus(TTL)));
    }

    /** After a password reset or a role change, the old password must not work from memory. */
    public void forget(String username) {
        verified.values().removeIf(v -> v.username().equals(username));
    }

    /**
     * Runs {@code check} (the PBKDF2 verification) once for concurrent requests with the same name and password:
     * the others wait for its result. API clients send many requests at once with the same credentials; when their
     * entry expired, every one of them paid a full PBKDF2 at the same moment (the load test's multi-second tail at
     * 32 clients, once a minute). Each caller still counts its own failure or success afterwards.
     */
    public CredentialValidationResult verifyOnce(String username, String password,
                                                 Supplier<CredentialValidationResult> check) {
        String key = keyOf(username, password);
        CompletableFuture<CredentialValidationResult> mine = new CompletableFuture<>();
        CompletableFuture<CredentialValidationResult> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            CredentialValidationResult result = check.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    /** When an address is locked: remembered credentials are not tied to addresses, so none may skip the check. */
    public void forgetAll() {
        verified.clear();
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
