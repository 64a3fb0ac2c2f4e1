package clinic.stride.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-01-31T09:15:02.123456Z");
    private static final UUID INTAKE = UUID.fromString("0b7f1c1e-8e55-4a4f-9d4c-2f1f3a0e9b11");

    private static AuditChain.Row row(String username, String role) {
        return new AuditChain.Row(AT, username, role, "intake.read", "C-1", INTAKE, "req-1", 200, "ok");
    }

    @Test
    void shouldGiveTheSameHashWhenTheSameRowFollowsTheSameHash() {
        assertEquals(AuditChain.hash(AuditChain.GENESIS, row("clinician", "clinician")),
                AuditChain.hash(AuditChain.GENESIS, row("clinician", "clinician")));
        assertTrue(AuditChain.hash(AuditChain.GENESIS, row("clinician", "clinician")).matches("[0-9a-f]{64}"));
    }

    @Test
    void shouldChangeTheHashWhenAnyFieldOrThePreviousHashChanges() {
        String original = AuditChain.hash(AuditChain.GENESIS, row("clinician", "clinician"));
        assertNotEquals(original, AuditChain.hash(AuditChain.GENESIS, row("mallory", "clinician")));
        assertNotEquals(original, AuditChain.hash("1".repeat(64), row("clinician", "clinician")));
        assertNotEquals(original, AuditChain.hash(AuditChain.GENESIS,
                new AuditChain.Row(AT.plusNanos(1000), "clinician", "clinician", "intake.read", "C-1", INTAKE, "req-1", 200, "ok")));
    }

    @Test
    void shouldKeepFieldsApartWhenAValueLooksLikeTheNextField() {
        // "ab" + "c" and "a" + "bc" must not read the same, nor a null and the text "-".
        assertNotEquals(AuditChain.canonical(row("ab", "c")), AuditChain.canonical(row("a", "bc")));
        assertNotEquals(AuditChain.canonical(row(null, "c")), AuditChain.canonical(row("-", "c")));
        assertEquals("27:2026-01-31T09:15:02.123456Z9:clinician-11:intake.read3:C-136:" + INTAKE + "5:req-13:2002:ok",
                AuditChain.canonical(row("clinician", null)));
    }
}
