package id.humasdesk.logic.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EveryStore
class AccountServiceTest {
    @TempDir
    Path dir;
    TestOffice office;
    AccountService accounts;

    @BeforeEach
    void open() {
        office = new TestOffice(dir);
        accounts = office.services.accounts();
    }

    @AfterEach
    void close() throws Exception {
        office.close();
    }

    private static String key(Throwable t) {
        return ((UserFacingException) t).messageKey();
    }

    @Test
    void setupHappensOnceAndTheAdminCanSignIn() {
        assertThat(accounts.isSetUp()).isTrue();
        User admin = accounts.login(" Admin ", TestOffice.PASSWORD.toCharArray());
        assertThat(admin.roles()).contains(Role.ADMIN, Role.WRITER, Role.REVIEWER);
        assertThatThrownBy(() -> accounts.setUp(new OfficeSetup(accounts.office().orElseThrow(), "kedua", "Admin Kedua",
                "panjang-sekali".toCharArray()))).satisfies(e -> assertThat(key(e)).isEqualTo("error.setup.alreadyDone"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() {
        for (int i = 1; i < AccountService.MAX_FAILED_ATTEMPTS; i++) {
            assertThatThrownBy(() -> accounts.login("rina", "salah".toCharArray()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.login.failed"));
        }
        assertThatThrownBy(() -> accounts.login("rina", "salah".toCharArray()))
                .as("the failure that locks says nothing more than any other")
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.login.failed"));
        assertThatThrownBy(() -> accounts.login("rina", TestOffice.PASSWORD.toCharArray()))
                .as("even the right password waits out the lock, and is not confirmed")
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.login.failed"));
        office.clock.advance(AccountService.LOCK_DURATION.plus(Duration.ofSeconds(1)));
        assertThat(accounts.login("rina", TestOffice.PASSWORD.toCharArray()).username()).isEqualTo("rina");
    }

    @Test
    void unknownUserAndWrongPasswordLookTheSame() {
        assertThatThrownBy(() -> accounts.login("siapa", "x".toCharArray()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.login.failed"));
    }

    @Test
    void onlyAdminsManageUsersEvenWhenCalledDirectly() {
        assertThatThrownBy(() -> accounts.addUser(office.writer, "baru", "Baru", Set.of(Role.WRITER),
                "panjang-sekali".toCharArray())).satisfies(e -> assertThat(key(e)).isEqualTo("error.auth.roleRequired"));
        User forged = new User(office.writer.id(), "rina", "Rina", Set.of(Role.ADMIN), true);
        assertThatThrownBy(() -> accounts.listUsers(forged)).as("roles come from the store, not the caller")
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.auth.roleRequired"));
        assertThatThrownBy(() -> accounts.resetPassword(office.reviewer, office.writer.id(),
                "panjang-sekali".toCharArray())).satisfies(e -> assertThat(key(e)).isEqualTo("error.auth.roleRequired"));
    }

    @Test
    void deactivatedUsersCannotSignInOrAct() {
        accounts.setActive(office.admin, office.writer.id(), false);
        assertThatThrownBy(() -> accounts.login("rina", TestOffice.PASSWORD.toCharArray()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.login.failed"));
        assertThatThrownBy(() -> office.services.drafts().template(office.writer,
                id.humasdesk.model.ReleaseType.BERITA_KEGIATAN))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.auth.inactive"));
        assertThatThrownBy(() -> accounts.setActive(office.admin, office.admin.id(), false))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.user.cannotDeactivateSelf"));
    }

    @Test
    void resetPasswordLiftsTheLockAndReplacesThePassword() {
        for (int i = 0; i < AccountService.MAX_FAILED_ATTEMPTS; i++) {
            assertThatThrownBy(() -> accounts.login("fajar", "salah".toCharArray()));
        }
        accounts.resetPassword(office.admin, office.writer2.id(), "kata-sandi-baru".toCharArray());
        assertThat(accounts.login("fajar", "kata-sandi-baru".toCharArray()).username()).isEqualTo("fajar");
        assertThatThrownBy(() -> accounts.login("fajar", TestOffice.PASSWORD.toCharArray()));
    }

    @Test
    void weakPasswordsAndDuplicateNamesAreRefused() {
        assertThatThrownBy(() -> accounts.addUser(office.admin, "ani", "Ani", Set.of(Role.WRITER),
                "pendek".toCharArray())).satisfies(e -> assertThat(key(e)).isEqualTo("error.password.tooShort"));
        assertThatThrownBy(() -> accounts.addUser(office.admin, "Rina", "Rina Lain", Set.of(Role.WRITER),
                "panjang-sekali".toCharArray())).satisfies(e -> assertThat(key(e)).isEqualTo("error.user.exists"));
    }

    @Test
    void nothingSecretIsLogged() {
        java.util.List<String> logged = new java.util.ArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(new java.util.logging.SimpleFormatter().format(r));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("id.humasdesk");
        java.util.logging.Level old = log.getLevel();
        log.setLevel(java.util.logging.Level.ALL);
        log.addHandler(capture);
        try {
            assertThatThrownBy(() -> accounts.login("rina", "RahasiaSekali99".toCharArray()));
            accounts.login("rina", TestOffice.PASSWORD.toCharArray());
        } finally {
            log.removeHandler(capture);
            log.setLevel(old);
        }
        assertThat(logged).as("sign-ins are logged").anyMatch(l -> l.contains("rina"));
        assertThat(String.join("\n", logged)).doesNotContain("RahasiaSekali99").doesNotContain(TestOffice.PASSWORD)
                .doesNotContain("pbkdf2");
    }

    @Test
    void storedHashIsPbkdf2WithSaltAndIterations() {
        PasswordHasher h = new PasswordHasher(1000);
        String a = h.hash("sama".toCharArray());
        String b = h.hash("sama".toCharArray());
        assertThat(a).startsWith("pbkdf2-sha256$1000$").isNotEqualTo(b);
        assertThat(h.matches("sama".toCharArray(), a)).isTrue();
        assertThat(h.matches("beda".toCharArray(), a)).isFalse();
        assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }
}
