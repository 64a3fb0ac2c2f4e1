package clinic.stride.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed statement of the audit chain's head, kept outside PostgreSQL: "at {@code at}, the row with id
 * {@code id} was the {@code count}-th row and its hash was {@code head}", signed with the audit key. Someone
 * who holds the key could rewrite the past and recompute every later hash, but the row of an earlier
 * checkpoint would then no longer carry the head it had, and someone without the file cannot make a
 * checkpoint that matches the rewrite. One line each, appended to {@code STRIDE_AUDIT_CHECKPOINT_FILE} and
 * written to the server log ({@link AuditCheckpoints}).
 */
public record AuditCheckpoint(Instant at, long id, long count, String head, String keyId, String signature) {

    static final String PREFIX = "stride-audit-checkpoint v1";
    private static final Pattern LINE = Pattern.compile(Pattern.quote(PREFIX)
            + " at=(\\S+) id=(\\d+) count=(\\d+) head=([0-9a-f]{64}) key=([A-Za-z0-9._-]{1,32}) sig=([0-9a-f]{64})");

    /** A new checkpoint, signed with the current key. */
    public static AuditCheckpoint sign(Instant at, long id, long count, String head, AuditKeys keys) {
        String keyId = keys.currentId().orElseThrow(() -> new IllegalStateException("no audit key to sign checkpoints with"));
        return new AuditCheckpoint(at, id, count, head, keyId, keys.mac(keyId, signed(at, id, count, head, keyId)));
    }

    public boolean signatureValid(AuditKeys keys) {
        return keys.has(keyId) && keys.mac(keyId, signed(at, id, count, head, keyId)).equals(signature);
    }

    private static byte[] signed(Instant at, long id, long count, String head, String keyId) {
        return (PREFIX + "|" + at + "|" + id + "|" + count + "|" + head + "|" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    public String line() {
        return PREFIX + " at=" + at + " id=" + id + " count=" + count + " head=" + head + " key=" + keyId + " sig=" + signature;
    }

    /** Every checkpoint line in a file (other lines, such as a log's, are skipped); none when the file is missing. */
    public static List<AuditCheckpoint> read(Path file) {
        List<AuditCheckpoint> found = new ArrayList<>();
        if (file == null || !Files.isRegularFile(file)) {
            return found;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = LINE.matcher(line);
                if (m.find()) {
                    found.add(new AuditCheckpoint(Instant.parse(m.group(1)), Long.parseLong(m.group(2)),
                            Long.parseLong(m.group(3)), m.group(4), m.group(5), m.group(6)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("audit checkpoint file not readable: " + file, e);
        }
        return found;
    }
}
