package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import id.humasdesk.support.TestOffice;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user is told when the database (file or server) fails, in both languages. */
@EveryStore
class StoreErrorsTest {
    @TempDir
    Path dir;

    private static String key(Throwable e) {
        return ((UserFacingException) e).messageKey();
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedInTheMessage() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        var target = DatabaseTarget.server("jdbc:postgresql://127.0.0.1:" + closedPort + "/humasdesk", "humas", "x");
        assertThatThrownBy(() -> Database.open(target)).satisfies(e -> {
            assertThat(key(e)).isEqualTo("error.store.unreachable");
            assertThat(new Messages(Messages.INDONESIAN).describe(e))
                    .startsWith("Server basis data kantor 127.0.0.1:" + closedPort + " tidak dapat dihubungi.");
            assertThat(new Messages(Messages.ENGLISH).describe(e))
                    .startsWith("The office database server 127.0.0.1:" + closedPort + " cannot be reached.");
        });
    }

    /** Through the TLS tunnel, a host that went away can show as H2's IO error with an EOF (90028). */
    @Test
    void aHostThatWentAwayIsUnreachableAlsoWhenTheTunnelEndsTheStream() throws Exception {
        var code = id.humasdesk.logic.hosting.JoinCode.create(java.net.InetAddress.getByName("192.168.1.10"), 9092,
                new byte[16], new java.security.SecureRandom());
        var eof = new java.sql.SQLNonTransientException("IO Exception: \"java.io.EOFException\" [90028-252]", "90028",
                90028, new java.io.EOFException());
        assertThat(StoreErrors.translate(eof, DatabaseTarget.hosted(code)).messageKey())
                .isEqualTo("error.host.unreachable");
        var disk = new java.sql.SQLNonTransientException("IO Exception: \"disk full\" [90028-252]", "90028", 90028);
        assertThat(StoreErrors.translate(disk, DatabaseTarget.hosted(code)).messageKey())
                .as("an IO error on the host's disk is not an outage").isNotEqualTo("error.host.unreachable");
    }

    @Test
    void anAddressOfAnotherKindOfDatabaseIsRefused() {
        assertThatThrownBy(() -> DatabaseTarget.server("jdbc:mysql://db/humas", "u", "p"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.store.badUrl"));
    }

    @Test
    void aWrongPasswordAndAMissingDatabaseAreToldApart() {
        var server = StoreBackends.server();
        Assumptions.assumeTrue(StoreBackends.current() == StoreBackends.Backend.POSTGRESQL && server.isPresent(),
                "needs the PostgreSQL run");
        var s = server.get();
        assertThatThrownBy(() -> Database.open(DatabaseTarget.server(s.url(), s.user(), s.password() + "-salah")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.store.badPassword"))
                .satisfies(e -> assertThat(new Messages(Messages.ENGLISH).describe(e)).contains("user " + s.user()));
        assertThatThrownBy(() -> Database.open(DatabaseTarget.server(s.urlOf("hd_tidak_ada"), s.user(),
                s.password()))).satisfies(e -> assertThat(key(e)).isEqualTo("error.store.noSuchDatabase"))
                .satisfies(e -> assertThat(new Messages(Messages.INDONESIAN).describe(e)).contains("hd_tidak_ada"));
    }

    @Test
    void aDatabaseUserWithoutWriteRightsIsToldSoAndNothingChanges() throws Exception {
        Assumptions.assumeTrue(StoreBackends.current() == StoreBackends.Backend.POSTGRESQL, "needs the PostgreSQL run");
        new TestOffice(dir).close();
        DatabaseTarget owner = StoreBackends.target(dir);
        String role = "hd_baca_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = StoreBackends.connect(dir); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'baca-saja'");
            st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role);
        }
        try (Database db = Database.open(DatabaseTarget.server(owner.url(), role, "baca-saja"))) {
            var settings = new JdbcSettingsRepository(db);
            assertThatThrownBy(() -> settings.put("photo.maxBytes", "1"))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("error.store.permission"));
            assertThat(settings.get("photo.maxBytes")).isEmpty();
        } finally {
            try (Connection c = StoreBackends.connect(dir); Statement st = c.createStatement()) {
                st.execute("DROP OWNED BY " + role);
                st.execute("DROP ROLE " + role);
            }
        }
    }

    @Test
    void twoTransactionsThatDeadlockBothEndUpCommitted() throws Exception {
        try (TestOffice office = new TestOffice(dir)) {
            office.services.drafts().create(office.writer, ReleaseType.PENGUMUMAN,
                    office.services.drafts().template(office.writer, ReleaseType.PENGUMUMAN).withHeadline("Satu"));
        }
        try (Database a = Database.open(StoreBackends.target(dir));
                Database b = Database.open(StoreBackends.target(dir))) {
            for (Database db : new Database[] {a, b}) {
                db.with(c -> c.createStatement().executeUpdate(
                        "INSERT INTO setting (setting_name, setting_value) VALUES ('x." + (db == a ? "a" : "b")
                                + "', '0')"));
            }
            CountDownLatch bothHoldOne = new CountDownLatch(2);
            var first = CompletableFuture.runAsync(() -> crossUpdate(a, "x.a", "x.b", bothHoldOne));
            var second = CompletableFuture.runAsync(() -> crossUpdate(b, "x.b", "x.a", bothHoldOne));
            CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
            int sum = a.with(c -> {
                try (var rs = c.createStatement().executeQuery(
                        "SELECT SUM(CAST(setting_value AS INTEGER)) FROM setting WHERE setting_name LIKE 'x.%'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(sum).as("both transactions committed once each").isEqualTo(4);
        }
    }

    /** Locks {@code mine}, waits until the other side holds its row, then wants the other row. */
    private static void crossUpdate(Database db, String mine, String theirs, CountDownLatch bothHoldOne) {
        boolean[] firstAttempt = {true};
        db.inTransaction(() -> db.with(c -> {
            bump(c, mine);
            if (firstAttempt[0]) {
                firstAttempt[0] = false;
                bothHoldOne.countDown();
                try {
                    bothHoldOne.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            bump(c, theirs);
            return null;
        }));
    }

    private static void bump(Connection c, String name) throws java.sql.SQLException {
        try (var ps = c.prepareStatement("UPDATE setting SET setting_value = CAST(CAST(setting_value AS INTEGER) + 1 "
                + "AS VARCHAR(20)) WHERE setting_name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }
}
