package clinic.stride.security;

import clinic.stride.platform.DomainProblem;
import clinic.stride.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creates users and resets passwords; hashes with {@link Passwords}. */
@ApplicationScoped
@Transactional
public class UserAccounts {

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @Inject
    VerifiedCredentials verifiedCredentials;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    Clock clock = Clock.systemUTC();

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    /** A new user; 409 when the name is taken. */
    public UserAccount create(String username, String password, Set<String> roles) {
        if (find(username).isPresent()) {
            throw new DomainProblem(new Problem("https://stride.clinic/problems/user-exists", "User name taken", 409,
                    "There is already a user called " + username,
                    List.of(new Problem.FieldError("username", "is already taken"))));
        }
        UserAccount user = new UserAccount(username, passwords.hash(password), roles, Instant.now(clock));
        em.persist(user);
        return user;
    }

    /**
     * Creates the user unless one of that name exists; for the demo users at start-up. ON CONFLICT, so two
     * instances starting at once do not fail on each other.
     */
    public boolean createIfMissing(String username, String password, Set<String> roles) {
        if (find(username).isPresent()) {
            return false;
        }
        int inserted = em.createNativeQuery("insert into app_user (username, password_hash, enabled, created_at) "
                        + "values (?1, ?2, true, ?3) on conflict (username) do nothing")
                .setParameter(1, username).setParameter(2, passwords.hash(password)).setParameter(3, Instant.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        for (String role : roles) {
            em.createNativeQuery("insert into app_user_role (username, role) values (?1, ?2)")
                    .setParameter(1, username).setParameter(2, role).executeUpdate();
        }
        return true;
    }

    /** Sets a new password and lifts a lockout, as an admin does for a user who forgot theirs. */
    public void resetPassword(String username, String password) {
        UserAccount user = find(username).orElseThrow(() -> new DomainProblem(
                Problem.of(Response.Status.NOT_FOUND, "No user called " + username)));
        user.changePassword(passwords.hash(password));
        throttle.clear(username);
        verifiedCredentials.forget(username);
    }
}
