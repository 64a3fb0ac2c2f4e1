package clinic.stride.export;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for clinic ids: HMAC-SHA256 under a secret key (RFC 2104), cut to 80 bits. The same
 * patient gets the same pseudonym in every export made with the same key, so visits can be linked; without
 * the key a pseudonym cannot be traced back or recomputed from a guessed clinic id (a plain hash could).
 */
public final class Pseudonyms {

    /** A key shorter than this is too easy to guess. */
    public static final int MIN_KEY_LENGTH = 32;

    private final Mac mac;

    public Pseudonyms(String key) {
        if (key == null || key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("the pseudonym key must be at least " + MIN_KEY_LENGTH + " characters");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** {@code P-} and 20 hex digits. Not thread-safe: one instance per export. */
    public String of(String clinicId) {
        byte[] digest = mac.doFinal(clinicId.getBytes(StandardCharsets.UTF_8));
        return "P-" + HexFormat.of().formatHex(digest, 0, 10);
    }
}
