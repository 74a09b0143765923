package id.humasdesk.support;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * A real data directory with an office (its database on the engine of {@link StoreBackends}), an
 * admin, two writers and a reviewer.
 */
public final class TestOffice implements AutoCloseable {
    public static final String PASSWORD = "rahasia-123";
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:00:00Z"));
    public final Services services;
    public final User admin;
    public final User writer;
    public final User writer2;
    public final User reviewer;

    private TestOffice(Services services, User admin, User writer, User writer2, User reviewer) {
        this.services = services;
        this.admin = admin;
        this.writer = writer;
        this.writer2 = writer2;
        this.reviewer = reviewer;
    }

    /** Something to do before reopening, such as closing the app that holds the data directory. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    public static TestOffice reopenAfter(Step before, Path dir) throws Exception {
        before.run();
        return reopen(dir);
    }

    /** Opens an office a previous TestOffice created (users looked up by name). */
    public static TestOffice reopen(Path dir) {
        Services s = Wiring.open(dir, StoreBackends.target(dir), java.time.Clock.systemUTC());
        User admin = s.accounts().login("admin", PASSWORD.toCharArray());
        java.util.function.Function<String, User> find = name -> s.accounts().listUsers(admin).stream()
                .filter(u -> u.username().equals(name)).findFirst().orElseThrow();
        return new TestOffice(s, admin, find.apply("rina"), find.apply("fajar"), find.apply("hendra"));
    }

    public TestOffice(Path dir) {
        services = Wiring.open(dir, StoreBackends.target(dir), clock);
        Office office = new Office("KAUR", "Bawaslu Kabupaten Kaur", OfficeLevel.KABUPATEN, Province.BENGKULU,
                Province.BENGKULU.zone().zoneId());
        admin = services.accounts().setUp(new OfficeSetup(office, "admin", "Admin Humas", PASSWORD.toCharArray()));
        writer = services.accounts().addUser(admin, "rina", "Rina Marlina", Set.of(Role.WRITER),
                PASSWORD.toCharArray());
        writer2 = services.accounts().addUser(admin, "fajar", "Fajar Hidayat", Set.of(Role.WRITER),
                PASSWORD.toCharArray());
        reviewer = services.accounts().addUser(admin, "hendra", "Hendra Saputra", Set.of(Role.REVIEWER),
                PASSWORD.toCharArray());
    }

    @Override
    public void close() {
        services.close();
    }
}
