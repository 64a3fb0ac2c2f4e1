package clinic.stride.security;

import clinic.stride.audit.AuditKeyring;
import clinic.stride.audit.AuditKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * How a failed sign-in with a user name that does not exist is recorded: {@code unknown:} and the first 16 hex
 * digits of an HMAC of the name under the audit key, never the name. People type their password into the
 * name field; the trail must not keep it. The same mistyped name gives the same value, so repeated attempts
 * with one name (or a spray across names) still show, and an investigator holding the key can test whether a
 * given name was tried. Without an audit key, a key made at start-up is used (values then differ across starts).
 */
@ApplicationScoped
public class UnknownNames {

    static final String PREFIX = "unknown:";

    @Inject
    AuditKeyring keyring;

    private AuditKeys fallback;

    public String recorded(String typed) {
        AuditKeys keys = keyring.keys();
        if (keys.currentId().isEmpty()) {
            keys = fallback();
        }
        String mac = keys.mac(keys.currentId().orElseThrow(), "stride-unknown-user-name|".getBytes(StandardCharsets.UTF_8),
                typed.getBytes(StandardCharsets.UTF_8));
        return PREFIX + mac.substring(0, 16);
    }

    private synchronized AuditKeys fallback() {
        if (fallback == null) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            fallback = AuditKeys.from(name -> java.util.Optional.ofNullable(
                    name.equals("STRIDE_AUDIT_KEYS") ? "start-up=" + Base64.getEncoder().encodeToString(key) : null));
        }
        return fallback;
    }
}
