package clinic.stride.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditKeysTest {

    private static final String OLD = "old=" + Base64.getEncoder().encodeToString("o".repeat(32).getBytes());
    private static final String NEW = "new=" + Base64.getEncoder().encodeToString("n".repeat(32).getBytes());
    private static final AuditChain.Row ROW = new AuditChain.Row(Instant.parse("2026-12-04T10:00:00Z"), "clinician",
            "clinician", "intake.read", "C-1", null, "req-1", 200, "ok");

    private static AuditChain.Row keyed(String keyId) {
        return new AuditChain.Row(ROW.at(), ROW.username(), ROW.role(), ROW.action(), ROW.clinicId(), null, ROW.requestId(),
                200, "ok", keyId, null, null);
    }

    @Test
    void shouldKeyNewRowsWithTheLastKeyListedWhenNoCurrentIdIsGiven() {
        AuditKeys keys = AuditKeys.parse(OLD + "\n# rotated 2026-12\n" + NEW, null);
        assertEquals(Optional.of("new"), keys.currentId());
        assertTrue(keys.has("old"), "old rows stay verifiable after a rotation");
    }

    @Test
    void shouldGiveADifferentHashPerKeyAndNeitherEqualsThePlainSha256() {
        AuditKeys keys = AuditKeys.parse(OLD + "," + NEW, "old");
        String underOld = AuditChain.hash(AuditChain.GENESIS, keyed("old"), keys);
        String underNew = AuditChain.hash(AuditChain.GENESIS, keyed("new"), keys);
        assertNotEquals(underOld, underNew);
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, keyed("old")), underOld);
        assertEquals(AuditChain.hash(AuditChain.GENESIS, ROW), AuditChain.hash(AuditChain.GENESIS, ROW, keys),
                "an unkeyed row hashes as before the migration");
    }

    @Test
    void shouldRefuseShortKeysAndUnknownCurrentIdsWhenConfigured() {
        String shortKey = "k=" + Base64.getEncoder().encodeToString(new byte[16]);
        assertThrows(IllegalArgumentException.class, () -> AuditKeys.parse(shortKey, null));
        assertThrows(IllegalArgumentException.class, () -> AuditKeys.parse(OLD, "missing"));
        assertThrows(IllegalArgumentException.class, () -> AuditKeys.parse("no-equals-sign", null));
    }

    @Test
    void shouldRefuseACheckpointWhenAnyFieldChangesAfterSigning() {
        AuditKeys keys = AuditKeys.parse(NEW, null);
        AuditCheckpoint signed = AuditCheckpoint.sign(Instant.parse("2026-12-04T10:00:00Z"), 42, 42, "a".repeat(64), keys);
        assertTrue(signed.signatureValid(keys));
        AuditCheckpoint moved = new AuditCheckpoint(signed.at(), 41, signed.count(), signed.head(), signed.keyId(), signed.signature());
        assertTrue(!moved.signatureValid(keys));
        assertTrue(!signed.signatureValid(AuditKeys.parse(OLD, null)), "another key does not verify it");
    }
}
