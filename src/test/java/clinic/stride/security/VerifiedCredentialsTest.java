package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final VerifiedCredentials credentials = new VerifiedCredentials();

    @Test
    void shouldRecallAVerifiedPasswordOnlyForTheSameNameAndPassword() {
        credentials.remember("clinician", "right", Set.of("clinician"), 0);

        assertEquals(Optional.of(Set.of("clinician")), credentials.groupsIfRecentlyVerified("clinician", "right").map(VerifiedCredentials.Remembered::groups));
        assertTrue(credentials.groupsIfRecentlyVerified("clinician", "wrong").isEmpty());
        assertTrue(credentials.groupsIfRecentlyVerified("frontdesk", "right").isEmpty());
    }

    @Test
    void shouldForgetAfterTheTimeToLive() {
        Instant start = Instant.parse("2026-11-25T10:00:00Z");
        credentials.clock = Clock.fixed(start, ZoneOffset.UTC);
        credentials.remember("clinician", "right", Set.of("clinician"), 0);

        credentials.clock = Clock.fixed(start.plus(VerifiedCredentials.TTL).plusSeconds(1), ZoneOffset.UTC);

        assertTrue(credentials.groupsIfRecentlyVerified("clinician", "right").isEmpty());
    }

    @Test
    void shouldForgetAUserWhosePasswordWasReset() {
        credentials.remember("clinician", "old", Set.of("clinician"), 0);
        credentials.remember("frontdesk", "theirs", Set.of("front-desk"), 0);

        credentials.forget("clinician");

        assertTrue(credentials.groupsIfRecentlyVerified("clinician", "old").isEmpty());
        assertEquals(Optional.of(Set.of("front-desk")), credentials.groupsIfRecentlyVerified("frontdesk", "theirs").map(VerifiedCredentials.Remembered::groups));
    }

    @Test
    void shouldRunOneVerificationForConcurrentRequestsWithTheSameCredentials() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CredentialValidationResult valid = new CredentialValidationResult("clinician", Set.of("clinician"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CredentialValidationResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> credentials.verifyOnce("clinician", "right", () -> {
                    checks.incrementAndGet();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return valid;
                })));
            }
            Thread.sleep(200);   // let all eight reach verifyOnce while the first check is still running
            release.countDown();
            for (Future<CredentialValidationResult> result : results) {
                assertEquals(CredentialValidationResult.Status.VALID, result.get(5, TimeUnit.SECONDS).getStatus());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, checks.get(), "one PBKDF2 for eight concurrent requests");
        credentials.verifyOnce("clinician", "right", () -> {
            checks.incrementAndGet();
            return valid;
        });
        assertEquals(2, checks.get(), "a later request verifies again: results are shared only while running");
    }

    @Test
    void shouldForgetEveryoneWhenAnAddressIsLocked() {
        credentials.remember("clinician", "right", Set.of("clinician"), 0);
        credentials.remember("frontdesk", "theirs", Set.of("front-desk"), 0);

        credentials.forgetAll();

        assertTrue(credentials.groupsIfRecentlyVerified("clinician", "right").isEmpty());
        assertTrue(credentials.groupsIfRecentlyVerified("frontdesk", "theirs").isEmpty());
    }
}
