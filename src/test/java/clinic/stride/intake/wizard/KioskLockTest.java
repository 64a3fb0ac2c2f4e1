package clinic.stride.intake.wizard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KioskLockTest {

    private static final Instant NINE = Instant.parse("2026-12-04T09:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    @Test
    void shouldSignOutWhenNoPersonAskedForAPageForLongerThanTheTimeout() {
        assertTrue(KioskLock.isIdle(NINE, NINE.plus(Duration.ofMinutes(16)), FIFTEEN_MINUTES),
                "16 minutes of a kiosk refreshing itself is 16 minutes idle");
        assertFalse(KioskLock.isIdle(NINE, NINE.plus(Duration.ofMinutes(14)), FIFTEEN_MINUTES));
        assertFalse(KioskLock.isIdle(NINE, NINE.plus(FIFTEEN_MINUTES), FIFTEEN_MINUTES), "exactly the limit is still in time");
    }

    @Test
    void shouldNotSignOutWhenNothingWasRecordedYetOrTheSessionNeverTimesOut() {
        assertFalse(KioskLock.isIdle(null, NINE, FIFTEEN_MINUTES));
        assertFalse(KioskLock.isIdle(NINE, NINE.plus(Duration.ofDays(1)), Duration.ZERO));
        assertFalse(KioskLock.isIdle(NINE, NINE.plus(Duration.ofDays(1)), Duration.ofSeconds(-1)));
    }

    @Test
    void shouldOpenOnlyTheFormWhenBrowserIsAKiosk() {
        for (String open : new String[] {"/intake/you", "/intake/review", "/intake/thanks", "/intake", "/kiosk", "/login",
                "/logout", "/resources/css/stride.css", "/intake-links/abc", "/intake-link/step"}) {
            assertTrue(KioskLock.kioskMayOpen(open), open);
        }
        for (String locked : new String[] {"/front-desk/worklist", "/front-desk/intake-link", "/account", "/", "",
                "/index.xhtml", "/dashboard", "/dashboard/patient", "/knowledge", "/admin/audit", "/intake/saved", "/intakes"}) {
            assertFalse(KioskLock.kioskMayOpen(locked), locked);
        }
    }

    @Test
    void shouldCountOnlyPagesAsActivity() {
        assertTrue(KioskLock.isPage("/intake/you"));
        assertFalse(KioskLock.isPage("/resources/js/intake.js"));
        assertFalse(KioskLock.isPage("/api/intakes"));
    }
}
