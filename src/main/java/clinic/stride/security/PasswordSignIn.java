package clinic.stride.security;

import clinic.stride.audit.AuditEntry;
import clinic.stride.audit.AuditLog;
import clinic.stride.security.StrideAuthentication.SignIn;
import clinic.stride.vocabulary.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A user name and password checked, for the sign-in form and for HTTP Basic on the API: the lockouts per user
 * name and per client address first ({@link LoginThrottle}), then the identity store, and one {@code sign-in}
 * audit row per attempt that says how it ended (a success on the API, repeated on every call, is not recorded).
 */
@ApplicationScoped
public class PasswordSignIn {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    UserAccounts users;

    @Inject
    Passwords passwords;

    @Inject
    VerifiedCredentials verified;

    @Inject
    CredentialsEpochs epochs;

    @Inject
    UnknownNames unknownNames;

    @Inject
    AnonymousRequests anonymous;

    /** Reverse proxies whose X-Forwarded-For names the client ({@code STRIDE_TRUSTED_PROXIES}); none by default. */
    @Inject
    @ConfigProperty(name = "stride.trusted.proxies")
    Optional<String> trustedProxies;

    private volatile ClientAddress clientAddress;

    /** The caller's address: the connection's, or the one a trusted proxy names. */
    String clientAddressOf(HttpServletRequest request) {
        ClientAddress addresses = clientAddress;
        if (addresses == null) {
            addresses = ClientAddress.trusting(trustedProxies.orElse(""));
            clientAddress = addresses;
        }
        return addresses.of(request.getRemoteAddr(), Collections.list(request.getHeaders(ClientAddress.FORWARDED_FOR)));
    }

    /** What one attempt came to; the store's result and the credentials epoch when it succeeded. */
    record Attempt(SignIn outcome, CredentialValidationResult result, long epoch) {

        Attempt(SignIn outcome, CredentialValidationResult result) {
            this(outcome, result, -1);
        }
    }

    Attempt signIn(UsernamePasswordCredential credential, HttpServletRequest request, boolean auditSuccess) {
        String username = credential.getCaller() == null ? "" : credential.getCaller().strip().toLowerCase(Locale.ROOT);
        boolean saneName = USERNAME.matcher(username).matches();
        // No stored password is longer (UserRequest), and PBKDF2 of a megabyte takes seconds: refused unhashed.
        boolean sanePassword = credential.getPasswordAsString().length() <= Passwords.MAX_LENGTH;
        if (!auditSuccess && saneName && sanePassword) {
            // API calls repeat the same Basic credentials on every request. A name and password verified less than a
            // minute ago skip PBKDF2 and the two lockout look-ups (the load test found both on every request). A
            // lock only follows failures, and failures drop what they concern from memory (below), so a locked
            // user or address is refused as before.
            Optional<VerifiedCredentials.Remembered> remembered = verified.groupsIfRecentlyVerified(username, credential.getPasswordAsString());
            if (remembered.isPresent() && epochs.stillValid(username, remembered.get().epoch())) {
                return new Attempt(SignIn.OK, new CredentialValidationResult(username, remembered.get().groups()),
                        remembered.get().epoch());
            }
        }
        String address = clientAddressOf(request);
        if (throttle.addressLockedUntil(address).isPresent()) {
            record(request, saneName ? recordedName(username) : null, 429, "sign-in");
            return new Attempt(SignIn.ADDRESS_LOCKED, null);
        }
        if (!saneName || !sanePassword) {
            addressFailed(address);
            record(request, null, 401, "sign-in");
            return new Attempt(SignIn.WRONG, null);
        }
        if (throttle.lockedUntil(username).isPresent()) {
            record(request, recordedName(username), 429, "sign-in");
            return new Attempt(SignIn.LOCKED, null);
        }
        // Read before the password is checked: a reset that lands in between leaves this sign-in on the old epoch.
        long epoch = epochs.current(username).orElse(-1);
        UsernamePasswordCredential normalised = new UsernamePasswordCredential(username, credential.getPasswordAsString());
        CredentialValidationResult result = auditSuccess ? identityStores.validate(normalised)
                : verified.verifyOnce(username, credential.getPasswordAsString(), () -> identityStores.validate(normalised));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            boolean known = users.find(username).isPresent();
            if (!known) {
                passwords.spendVerificationTime(credential.getPasswordAsString());
            }
            throttle.failed(username);
            verified.forget(username);
            addressFailed(address);
            record(request, known ? username : unknownNames.recorded(username), 401, "sign-in");
            return new Attempt(SignIn.WRONG, null);
        }
        throttle.clear(username);
        if (!auditSuccess) {
            verified.remember(username, credential.getPasswordAsString(), result.getCallerGroups(), epoch);
        }
        if (auditSuccess) {
            record(request, username, 200, "sign-in");
        }
        return new Attempt(SignIn.OK, result, epoch);
    }

    /** A user name as the trail may keep it: as typed when the user exists, else {@link UnknownNames}' keyed hash. */
    private String recordedName(String username) {
        return users.find(username).isPresent() ? username : unknownNames.recorded(username);
    }

    /** Counts a failure from an address; when that locks it, no credential remembered in memory skips the lock. */
    private void addressFailed(String address) {
        throttle.addressFailed(address);
        if (throttle.addressLockedUntil(address).isPresent()) {
            verified.forgetAll();
        }
    }

    void record(HttpServletRequest request, String username, int status, String action) {
        if (status != 200 && request.getHeader("Authorization") != null && !anonymous.tryAcquire(clientAddressOf(request))) {
            // Failed API sign-ins beyond the address's allowance are still refused, but leave no row each.
            return;
        }
        audit.record(new AuditEntry(action, username, null, null, null, RequestId.of(request), status));
    }
}
