package clinic.stride.security;

import clinic.stride.vocabulary.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Creates users, resets passwords, changes roles, disables and enables accounts, with separation of duties:
 * granting the clinician or the admin role, and resetting a clinician's or an admin's password, only asks
 * for the change ({@link UserChange}); it takes effect when a second admin, neither the one who asked nor
 * the user concerned, approves it. So no single admin can give themselves clinical access, whether by a new
 * account, a role, or another clinician's (or admin's) password.
 *
 * <p>Every change that affects what a user may do (reset, disable, enable, role change) raises the user's
 * credentials epoch, which ends their sessions and remembered API credentials on every instance
 * ({@link CredentialsEpochs}).
 */
@ApplicationScoped
@Transactional
public class UserAccounts {

    /** Roles a second admin has to approve: clinical access, and the admin role that approves. */
    public static final Set<String> PRIVILEGED = Set.of(Roles.CLINICIAN, Roles.ADMIN);

    /** What a request came to: done, or waiting for a second admin as change {@code pending}. */
    public record Outcome(String username, List<String> roles, boolean enabled, Optional<UserChange> pending) {
    }

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    @Inject
    VerifiedCredentials verifiedCredentials;

    @Inject
    CredentialsEpochs epochs;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    Clock clock = Clock.systemUTC();

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    /** Every user, by name, for the admin page. */
    public List<Outcome> all() {
        List<Object[]> rows = em.createNativeQuery("select u.username, u.enabled, coalesce(string_agg(r.role, ',' order by r.role), '') "
                + "from app_user u left join app_user_role r on r.username = u.username group by u.username, u.enabled "
                + "order by u.username").getResultList();
        return rows.stream().map(r -> new Outcome((String) r[0], split((String) r[2]), (Boolean) r[1], Optional.empty())).toList();
    }

    /**
     * A new user with the roles that need no approval; the clinician and admin roles are asked for as one
     * change a second admin approves. 409 when the name is taken.
     */
    public Outcome create(String username, String password, Set<String> roles, String requestedBy) {
        if (find(username).isPresent()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.NAME_TAKEN, "There is already a user called " + username);
        }
        Set<String> now = new TreeSet<>(roles);
        now.removeAll(PRIVILEGED);
        UserAccount user = new UserAccount(username, passwords.hash(password), now, instant());
        em.persist(user);
        em.flush();
        Set<String> asked = new TreeSet<>(roles);
        asked.retainAll(PRIVILEGED);
        Optional<UserChange> pending = asked.isEmpty() ? Optional.empty()
                : Optional.of(request(UserChange.GRANT_ROLES, username, String.join(",", asked), null, requestedBy));
        return new Outcome(username, List.copyOf(now), true, pending);
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

    /**
     * Sets a new password and lifts a lockout, as an admin does for a user who forgot theirs; for a clinician
     * or an admin only once a second admin approves.
     */
    public Outcome resetPassword(String username, String password, String requestedBy) {
        Set<String> roles = rolesOf(existing(username));
        String hash = passwords.hash(password);
        if (roles.stream().anyMatch(PRIVILEGED::contains)) {
            return outcome(username, Optional.of(request(UserChange.PASSWORD_RESET, username, null, hash, requestedBy)));
        }
        setPassword(username, hash);
        return outcome(username, Optional.empty());
    }

    /**
     * Gives the user exactly these roles. Roles taken away and the front-desk role go at once; the clinician
     * and admin roles added are asked for as a change a second admin approves.
     */
    public Outcome changeRoles(String username, Set<String> roles, String requestedBy) {
        Set<String> current = rolesOf(existing(username));
        Set<String> removed = new TreeSet<>(current);
        removed.removeAll(roles);
        Set<String> added = new TreeSet<>(roles);
        added.removeAll(current);
        Set<String> asked = new TreeSet<>(added);
        asked.retainAll(PRIVILEGED);
        added.removeAll(PRIVILEGED);
        for (String role : removed) {
            em.createNativeQuery("delete from app_user_role where username = ?1 and role = ?2")
                    .setParameter(1, username).setParameter(2, role).executeUpdate();
        }
        addRoles(username, added);
        if (!removed.isEmpty() || !added.isEmpty()) {
            revokeSignIns(username);
        }
        Optional<UserChange> pending = asked.isEmpty() ? Optional.empty()
                : Optional.of(request(UserChange.GRANT_ROLES, username, String.join(",", asked), null, requestedBy));
        return outcome(username, pending);
    }

    /** Disables the account and ends its sessions at once. An admin cannot disable themselves (409). */
    public Outcome disable(String username, String byAdmin) {
        existing(username);
        if (username.equals(byAdmin)) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.OWN_ACCOUNT, "You cannot disable your own account");
        }
        em.createNativeQuery("update app_user set enabled = false where username = ?1").setParameter(1, username).executeUpdate();
        revokeSignIns(username);
        return outcome(username, Optional.empty());
    }

    public Outcome enable(String username) {
        existing(username);
        em.createNativeQuery("update app_user set enabled = true where username = ?1").setParameter(1, username).executeUpdate();
        revokeSignIns(username);
        return outcome(username, Optional.empty());
    }

    /** Changes waiting for a second admin, oldest first. */
    public List<UserChange> pending() {
        List<Object[]> rows = em.createNativeQuery("select id, kind, username, roles, requested_by, requested_at "
                + "from user_change_request where decision is null order by id").getResultList();
        return rows.stream().map(UserAccounts::change).toList();
    }

    /**
     * A second admin approves a change: it takes effect now. 403 for the admin who asked for it or the user it
     * concerns; 404 when there is no such change, 409 when it was already decided.
     */
    public UserChange approve(long id, String approver) {
        UserChange change = undecided(id);
        if (approver.equals(change.requestedBy()) || approver.equals(change.username())) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.SECOND_ADMIN_NEEDED, "This change was asked for by "
                    + change.requestedBy() + " for " + change.username() + "; an admin who is neither has to approve it");
        }
        if (UserChange.GRANT_ROLES.equals(change.kind())) {
            addRoles(change.username(), new LinkedHashSet<>(change.roles()));
            revokeSignIns(change.username());
        } else {
            String hash = (String) em.createNativeQuery("select password_hash from user_change_request where id = ?1")
                    .setParameter(1, id).getSingleResult();
            setPassword(change.username(), hash);
        }
        decide(id, "approved", approver);
        return change;
    }

    /** Any admin, the one who asked included, turns a change down; nothing happens to the user. */
    public UserChange reject(long id, String admin) {
        UserChange change = undecided(id);
        decide(id, "rejected", admin);
        return change;
    }

    private UserChange undecided(long id) {
        List<Object[]> rows = em.createNativeQuery("select id, kind, username, roles, requested_by, requested_at, decision "
                + "from user_change_request where id = ?1 for update").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.NO_SUCH_CHANGE, "No change request " + id);
        }
        if (rows.getFirst()[6] != null) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.ALREADY_DECIDED,
                    "Change request " + id + " was already " + rows.getFirst()[6]);
        }
        return change(rows.getFirst());
    }

    private void decide(long id, String decision, String admin) {
        em.createNativeQuery("update user_change_request set decision = ?1, decided_by = ?2, decided_at = ?3, "
                        + "password_hash = null where id = ?4")
                .setParameter(1, decision).setParameter(2, admin).setParameter(3, instant()).setParameter(4, id)
                .executeUpdate();
    }

    private UserChange request(String kind, String username, String roles, String passwordHash, String requestedBy) {
        Instant at = instant();
        Number id = (Number) em.createNativeQuery("insert into user_change_request (kind, username, roles, password_hash, "
                        + "requested_by, requested_at) values (?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, kind).setParameter(2, username).setParameter(3, roles).setParameter(4, passwordHash)
                .setParameter(5, requestedBy).setParameter(6, at).getSingleResult();
        return new UserChange(id.longValue(), kind, username, roles == null ? List.of() : split(roles), requestedBy, at);
    }

    private void setPassword(String username, String hash) {
        em.createNativeQuery("update app_user set password_hash = ?1 where username = ?2")
                .setParameter(1, hash).setParameter(2, username).executeUpdate();
        throttle.clear(username);
        revokeSignIns(username);
    }

    private void addRoles(String username, Set<String> roles) {
        for (String role : roles) {
            em.createNativeQuery("insert into app_user_role (username, role) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, username).setParameter(2, role).executeUpdate();
        }
    }

    /** Raises the epoch: every session and remembered credential of the user stops working, on every instance. */
    private void revokeSignIns(String username) {
        em.createNativeQuery("update app_user set credentials_epoch = credentials_epoch + 1 where username = ?1")
                .setParameter(1, username).executeUpdate();
        verifiedCredentials.forget(username);
        epochs.forget(username);
    }

    private String existing(String username) {
        List<?> found = em.createNativeQuery("select username from app_user where username = ?1")
                .setParameter(1, username).getResultList();
        if (found.isEmpty()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.NO_SUCH_USER, "No user called " + username);
        }
        return username;
    }

    private Set<String> rolesOf(String username) {
        List<?> roles = em.createNativeQuery("select role from app_user_role where username = ?1")
                .setParameter(1, username).getResultList();
        return new TreeSet<>(roles.stream().map(String::valueOf).toList());
    }

    private Outcome outcome(String username, Optional<UserChange> pending) {
        Object enabled = em.createNativeQuery("select enabled from app_user where username = ?1").setParameter(1, username)
                .getSingleResult();
        return new Outcome(username, List.copyOf(rolesOf(username)), Boolean.TRUE.equals(enabled), pending);
    }

    private Instant instant() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static UserChange change(Object[] r) {
        Object at = r[5];
        Instant requestedAt = at instanceof Instant i ? i : at instanceof OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) at).toInstant();
        return new UserChange(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] == null ? List.of() : split((String) r[3]), (String) r[4], requestedAt);
    }

    private static List<String> split(String roles) {
        return roles.isBlank() ? List.of() : Arrays.stream(roles.split(",")).sorted().toList();
    }
}
