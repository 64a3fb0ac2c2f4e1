package clinic.stride.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC keys of the audit chain, held outside the database: {@code STRIDE_AUDIT_KEYS} (environment) and/or
 * the file named by {@code STRIDE_AUDIT_KEYS_FILE} (a mounted secret), both as {@code id=base64} entries
 * (comma- or line-separated, at least 32 bytes each). New rows are keyed with {@code STRIDE_AUDIT_KEY_ID}, or
 * the last key listed; every row stores its key id, so rotation is: add the new key, make it current, keep
 * the old ones listed for as long as their rows must be checked. With the key, a rewrite of the trail cannot
 * be hidden by recomputing hashes: only a holder of the key could compute them.
 */
public final class AuditKeys {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    public static final int MIN_KEY_BYTES = 32;

    private final Map<String, byte[]> keys;
    private final String currentId;

    private AuditKeys(Map<String, byte[]> keys, String currentId) {
        this.keys = keys;
        this.currentId = currentId;
    }

    /** No key at all: rows are chained with plain SHA-256 (Stride warns at start-up). */
    public static AuditKeys none() {
        return new AuditKeys(Map.of(), null);
    }

    /**
     * Reads the keys from settings named as the environment variables ({@code STRIDE_AUDIT_KEYS},
     * {@code STRIDE_AUDIT_KEYS_FILE}, {@code STRIDE_AUDIT_KEY_ID}).
     */
    public static AuditKeys from(Function<String, Optional<String>> setting) {
        StringBuilder entries = new StringBuilder(setting.apply("STRIDE_AUDIT_KEYS").orElse(""));
        Optional<String> file = setting.apply("STRIDE_AUDIT_KEYS_FILE").filter(f -> !f.isBlank());
        if (file.isPresent()) {
            try {
                entries.append('\n').append(Files.readString(Path.of(file.get().strip()), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("STRIDE_AUDIT_KEYS_FILE not readable: " + file.get(), e);
            }
        }
        return parse(entries.toString(), setting.apply("STRIDE_AUDIT_KEY_ID").filter(id -> !id.isBlank()).orElse(null));
    }

    /** The environment of this process, for the command-line check. */
    public static AuditKeys fromEnvironment() {
        return from(name -> Optional.ofNullable(System.getenv(name)));
    }

    static AuditKeys parse(String text, String currentId) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String last = null;
        for (String entry : text.split("[,\\n]")) {
            String line = entry.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String id = eq < 0 ? "" : line.substring(0, eq).strip();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("audit key entries are id=base64, the id [A-Za-z0-9._-]{1,32}");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(line.substring(eq + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("audit key " + id + " is not base64");
            }
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("audit key " + id + " has " + key.length + " bytes; use at least "
                        + MIN_KEY_BYTES + " random bytes (openssl rand -base64 32)");
            }
            keys.put(id, key);
            last = id;
        }
        String current = currentId != null ? currentId : last;
        if (current != null && !keys.containsKey(current)) {
            throw new IllegalArgumentException("STRIDE_AUDIT_KEY_ID names a key that is not listed: " + current);
        }
        return new AuditKeys(Map.copyOf(keys), current);
    }

    /** The id new rows are keyed with; empty when no key is configured. */
    public Optional<String> currentId() {
        return Optional.ofNullable(currentId);
    }

    public boolean has(String id) {
        return keys.containsKey(id);
    }

    /** HMAC-SHA256 under the key {@code id}, in lower-case hex. */
    public String mac(String id, byte[]... parts) {
        byte[] key = keys.get(id);
        if (key == null) {
            throw new IllegalArgumentException("no audit key " + id);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
