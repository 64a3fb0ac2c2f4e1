package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final VerifiedCredentials credentials = new VerifiedCredentials();

    @Test
    void shouldRecallAVerifiedPasswordOnlyForTheSameNameAndPassword() {
        credentials.remember("clinician", "right", Set.of("clinician"));

        assertEquals(Optional.of(Set.of("clinician")), credentials.groupsIfRecentlyVerified("clinician", "right"));
        assertTrue(credentials.groupsIfRecentlyVerified("clinician", "wrong").isEmpty());
        assertTrue(credentials.groupsIfRecentlyVerified("frontdesk", "right").isEmpty());
    }

    @Test
    void shouldForgetAfterTheTimeToLive() {
        Instant start = Instant.parse("2026-11-25T10:00:00Z");
        credentials.clock = Clock.fixed(start, ZoneOffset.UTC);
        credentials.remember("clinician", "right", Set.of("clinician"));

        credentials.clock = Clock.fixed(start.plus(VerifiedCredentials.TTL).plusSeconds(1), ZoneOffset.UTC);

        assertTrue(credentials.groupsIfRecentlyVerified("clinician", "right").isEmpty());
    }

    @Test
    void shouldForgetAUserWhosePasswordWasReset() {
        credentials.remember("clinician", "old", Set.of("clinician"));
        credentials.remember("frontdesk", "theirs", Set.of("front-desk"));

        credentials.forget("clinician");

        assertTrue(credentials.groupsIfRecentlyVerified("clinician", "old").isEmpty());
        assertEquals(Optional.of(Set.of("front-desk")), credentials.groupsIfRecentlyVerified("frontdesk", "theirs"));
    }
}
