package clinic.stride.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hashes new passwords with Jakarta Security's {@link Pbkdf2PasswordHash}, with the same parameters the
 * identity store is declared with. PBKDF2-HMAC-SHA512 with 210,000 iterations is OWASP's Password Storage
 * Cheat Sheet recommendation (2023) for PBKDF2; each stored hash carries its own parameters, so raising
 * them later only affects new and reset passwords.
 */
@ApplicationScoped
public class Passwords {

    /** The identity store's {@code hashAlgorithmParameters}; also used here so both always agree. */
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    /** NIST SP 800-63B asks for at least 8; a clinic system holding health data asks for more. */
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of a random password nobody knows, to verify against when the user name does not exist. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(parameters());
        decoy = hash(UUID.randomUUID().toString());
    }

    /**
     * Does the PBKDF2 work of checking a password without a user to check it for. The identity store
     * answers at once for an unknown user name; spending the same time here keeps the response time from
     * telling which user names exist (OWASP Authentication Cheat Sheet, "authentication responses").
     */
    public void spendVerificationTime(String password) {
        char[] chars = password.toCharArray();
        try {
            hash.verify(chars, decoy);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    public String hash(String password) {
        char[] chars = password.toCharArray();
        try {
            return hash.generate(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    static Map<String, String> parameters() {
        return java.util.stream.Stream.of(ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE)
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    }
}
