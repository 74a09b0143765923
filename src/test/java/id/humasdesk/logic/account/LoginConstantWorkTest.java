package id.humasdesk.logic.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.humasdesk.logic.common.Transactor;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in does the same work and gives the same answer whoever is asked about. Instead of timing
 * (flaky on a shared machine), the password derivations are counted: each attempt must cost exactly
 * one derivation with the full iteration count, whatever the user name and account state.
 */
class LoginConstantWorkTest {
    static final int ITERATIONS = 1_000;
    static final String PASSWORD = "rahasia-123";
    final List<Integer> derivations = new ArrayList<>();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T02:00:00Z"));
    final Users users = new Users();
    AccountService accounts;
    User admin;

    @BeforeEach
    void setUp() {
        PasswordHasher.Kdf real = PasswordHasher::derive;
        PasswordHasher counting = new PasswordHasher(ITERATIONS, (pw, salt, iter) -> {
            derivations.add(iter);
            return real.derive(pw, salt, iter);
        });
        Office[] office = new Office[1];
        OfficeRepository offices = new OfficeRepository() {
            @Override
            public Optional<Office> find() {
                return Optional.ofNullable(office[0]);
            }

            @Override
            public void save(Office o) {
                office[0] = o;
            }
        };
        accounts = new AccountService(offices, users, counting, Transactor.direct(), clock, o -> { });
        admin = accounts.setUp(new OfficeSetup(new Office("KAUR", "Bawaslu Kabupaten Kaur", OfficeLevel.KABUPATEN,
                Province.BENGKULU, Province.BENGKULU.zone().zoneId()), "admin", "Admin Humas", PASSWORD.toCharArray()));
        accounts.addUser(admin, "rina", "Rina Marlina", Set.of(Role.WRITER), PASSWORD.toCharArray());
        accounts.addUser(admin, "fajar", "Fajar Hidayat", Set.of(Role.WRITER), PASSWORD.toCharArray());
        User fajar = users.findByUsername("fajar").orElseThrow();
        accounts.setActive(admin, fajar.id(), false);
        accounts.addUser(admin, "sari", "Sari Wulandari", Set.of(Role.WRITER), PASSWORD.toCharArray());
        for (int i = 0; i < AccountService.MAX_FAILED_ATTEMPTS; i++) {
            catchThrowable(() -> accounts.login("sari", "salah-lagi".toCharArray()));
        }
    }

    /** The message key of the refusal, or "signed in"; and the derivations that attempt cost. */
    private String attempt(String name, String password, List<Integer> cost) {
        derivations.clear();
        Throwable t = catchThrowable(() -> accounts.login(name, password.toCharArray()));
        cost.addAll(derivations);
        return t == null ? "signed in" : ((UserFacingException) t).messageKey();
    }

    @Test
    void everyRefusalCostsOneFullDerivationAndSaysTheSame() {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, List<Integer>> costs = new HashMap<>();
        String[][] cases = {
            {"unknown user", "siapa", "apa-saja-123"},
            {"wrong password", "rina", "salah-123"},
            {"deactivated, wrong password", "fajar", "salah-123"},
            {"deactivated, right password", "fajar", PASSWORD},
            {"locked, wrong password", "sari", "salah-123"},
            {"locked, right password", "sari", PASSWORD},
            {"empty user name", "", PASSWORD},
        };
        for (String[] c : cases) {
            List<Integer> cost = new ArrayList<>();
            answers.put(c[0], attempt(c[1], c[2], cost));
            costs.put(c[0], cost);
        }
        assertThat(answers).as("one message for every refusal").allSatisfy((k, v) ->
                assertThat(v).as(k).isEqualTo("error.login.failed"));
        assertThat(costs).allSatisfy((k, v) -> assertThat(v).as(k).containsExactly(ITERATIONS));
        List<Integer> ok = new ArrayList<>();
        assertThat(attempt("rina", PASSWORD, ok)).isEqualTo("signed in");
        assertThat(ok).as("a successful sign-in costs the same").containsExactly(ITERATIONS);
    }

    @Test
    void theLockEndsAndTheRightPasswordThenWorks() {
        clock.advance(AccountService.LOCK_DURATION.plus(Duration.ofSeconds(1)));
        assertThat(attempt("sari", PASSWORD, new ArrayList<>())).isEqualTo("signed in");
    }

    @Test
    void aDamagedStoredHashStillCostsAFullDerivation() {
        User rina = users.findByUsername("rina").orElseThrow();
        users.saveCredential(rina.id(), new Credential("pbkdf2-sha256$x$%%$", 0, null));
        List<Integer> cost = new ArrayList<>();
        assertThat(attempt("rina", PASSWORD, cost)).isEqualTo("error.login.failed");
        assertThat(cost).containsExactly(ITERATIONS);
    }

    /** A plain in-memory user store. */
    static final class Users implements UserRepository {
        final Map<UUID, User> byId = new LinkedHashMap<>();
        final Map<UUID, Credential> creds = new HashMap<>();

        @Override
        public void insert(User user, String passwordHash, Instant at) {
            byId.put(user.id(), user);
            creds.put(user.id(), new Credential(passwordHash, 0, null));
        }

        @Override
        public void update(User user) {
            byId.put(user.id(), user);
        }

        @Override
        public Optional<User> findById(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<User> findByUsername(String username) {
            return byId.values().stream().filter(u -> u.username().equals(username)).findFirst();
        }

        @Override
        public List<User> list() {
            return List.copyOf(byId.values());
        }

        @Override
        public Optional<Credential> credential(UUID userId) {
            return Optional.ofNullable(creds.get(userId));
        }

        @Override
        public void saveCredential(UUID userId, Credential credential) {
            creds.put(userId, credential);
        }
    }
}
