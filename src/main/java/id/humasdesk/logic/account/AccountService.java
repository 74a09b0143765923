package id.humasdesk.logic.account;

import id.humasdesk.logic.common.Transactor;
import id.humasdesk.model.Clocks;
import id.humasdesk.model.Office;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

/** Office setup, sign-in and user administration. */
public final class AccountService {
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    private final OfficeRepository offices;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Transactor tx;
    private final Clock clock;
    private final Authority authority;
    private final Consumer<Office> onOfficeCreated;

    public AccountService(OfficeRepository offices, UserRepository users, PasswordHasher hasher, Transactor tx,
            Clock clock, Consumer<Office> onOfficeCreated) {
        this.offices = offices;
        this.users = users;
        this.hasher = hasher;
        this.tx = tx;
        this.clock = clock;
        this.authority = new Authority(users);
        this.onOfficeCreated = onOfficeCreated;
    }

    public Optional<Office> office() {
        return offices.find();
    }

    /** The stored, active user when it holds {@code role}; else a user-facing refusal (for other use cases). */
    public User requireRole(User actor, Role role) {
        return authority.require(actor, role);
    }

    public boolean isSetUp() {
        return offices.find().isPresent();
    }

    /** First run: records the office and its first administrator (who may also write and review). */
    public User setUp(OfficeSetup setup) {
        String username = normalize(setup.adminUsername());
        PasswordPolicy.check(username, setup.adminPassword());
        User admin = new User(UUID.randomUUID(), username, setup.adminFullName(),
                Set.of(Role.ADMIN, Role.WRITER, Role.REVIEWER), true);
        String hash = hasher.hash(setup.adminPassword());
        User created = tx.inTransaction(() -> {
            if (offices.find().isPresent()) {
                throw new UserFacingException("error.setup.alreadyDone");
            }
            offices.save(setup.office());
            users.insert(admin, hash, now());
            return admin;
        });
        onOfficeCreated.accept(setup.office());
        LOG.info(() -> "Office " + setup.office().code() + " set up with administrator " + username);
        return created;
    }

    /**
     * Checks the password; five wrong tries lock the account for {@link #LOCK_DURATION}. Every attempt
     * costs exactly one password derivation, and every refusal is the same message whatever the
     * reason (unknown user, wrong password, locked, deactivated), so neither the answer nor its time
     * tells a guesser which names exist or whether a locked account's password was right. The real
     * reason goes to the log (decision 0013).
     */
    public User login(String username, char[] password) {
        String name = normalize(username);
        Optional<User> found = users.findByUsername(name);
        Optional<Credential> stored = found.flatMap(u -> users.credential(u.id()));
        boolean right = hasher.matches(password, stored.map(Credential::passwordHash).orElse(null));
        if (found.isEmpty() || stored.isEmpty()) {
            LOG.warning(() -> "Failed sign-in: no user " + printable(name));
            throw new UserFacingException("error.login.failed");
        }
        User user = found.get();
        Credential cred = stored.get();
        Instant now = now();
        boolean locked = cred.lockedUntil() != null && now.isBefore(cred.lockedUntil());
        if (locked) {
            LOG.warning(() -> "Refused sign-in for " + name + ": account locked until " + cred.lockedUntil());
            throw new UserFacingException("error.login.failed");
        }
        if (!right) {
            int failures = cred.failedAttempts() + 1;
            boolean lock = failures >= MAX_FAILED_ATTEMPTS;
            users.saveCredential(user.id(), new Credential(cred.passwordHash(), lock ? 0 : failures,
                    lock ? now.plus(LOCK_DURATION) : null));
            LOG.warning(() -> "Failed sign-in for " + name + (lock ? "; account locked" : ""));
            throw new UserFacingException("error.login.failed");
        }
        if (!user.active()) {
            LOG.warning(() -> "Refused sign-in for " + name + ": account deactivated");
            throw new UserFacingException("error.login.failed");
        }
        if (cred.failedAttempts() > 0 || cred.lockedUntil() != null) {
            users.saveCredential(user.id(), new Credential(cred.passwordHash(), 0, null));
        }
        LOG.info(() -> "Signed in: " + name);
        return user;
    }

    private static String printable(String s) {
        String p = s.replaceAll("\\p{Cntrl}", "?");
        return p.length() > 40 ? p.substring(0, 40) + "…" : p;
    }

    /** Full names by user id, for showing who did what; any signed-in user may read them. */
    public java.util.Map<UUID, String> displayNames(User actor) {
        authority.actor(actor);
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        for (User u : users.list()) {
            names.put(u.id(), u.fullName());
        }
        return names;
    }

    public List<User> listUsers(User actor) {
        authority.require(actor, Role.ADMIN);
        return users.list();
    }

    public User addUser(User actor, String username, String fullName, Set<Role> roles, char[] password) {
        authority.require(actor, Role.ADMIN);
        String name = normalize(username);
        PasswordPolicy.check(name, password);
        User user = new User(UUID.randomUUID(), name, fullName, roles, true);
        String hash = hasher.hash(password);
        return tx.inTransaction(() -> {
            if (users.findByUsername(name).isPresent()) {
                throw new UserFacingException("error.user.exists", name);
            }
            users.insert(user, hash, now());
            return user;
        });
    }

    public User updateRoles(User actor, UUID userId, Set<Role> roles) {
        User admin = authority.require(actor, Role.ADMIN);
        User target = users.findById(userId).orElseThrow(() -> new UserFacingException("error.user.notFound"));
        if (admin.id().equals(userId) && !roles.contains(Role.ADMIN)) {
            throw new UserFacingException("error.user.cannotDemoteSelf");
        }
        User updated = target.withRoles(roles);
        users.update(updated);
        return updated;
    }

    public User setActive(User actor, UUID userId, boolean active) {
        User admin = authority.require(actor, Role.ADMIN);
        if (admin.id().equals(userId) && !active) {
            throw new UserFacingException("error.user.cannotDeactivateSelf");
        }
        User target = users.findById(userId).orElseThrow(() -> new UserFacingException("error.user.notFound"));
        User updated = target.withActive(active);
        users.update(updated);
        LOG.info(() -> (active ? "Reactivated " : "Deactivated ") + target.username() + " by " + admin.username());
        return updated;
    }

    /** An admin sets a new password for someone who forgot theirs; this also lifts a lock. */
    public void resetPassword(User actor, UUID userId, char[] password) {
        User admin = authority.require(actor, Role.ADMIN);
        User target = users.findById(userId).orElseThrow(() -> new UserFacingException("error.user.notFound"));
        PasswordPolicy.check(target.username(), password);
        users.saveCredential(userId, new Credential(hasher.hash(password), 0, null));
        LOG.info(() -> "Password of " + target.username() + " reset by " + admin.username());
    }

    private Instant now() {
        return Clocks.truncate(clock.instant());
    }

    private static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
