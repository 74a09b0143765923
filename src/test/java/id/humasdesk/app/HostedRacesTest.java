package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.logic.lease.LeaseService;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.store.DatabaseTarget;
import id.humasdesk.store.HostLink;
import id.humasdesk.support.HostProcess;
import id.humasdesk.support.MutableClock;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbering and leases behave on a hosted office as on PostgreSQL (decision 0601): four PCs (data
 * directories with their own pools) race through the host's {@code serve} process on loopback.
 */
class HostedRacesTest {
    private static final int PCS = 4;
    @TempDir
    Path tmp;

    private static <T> List<T> all(List<Callable<T>> work, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> w : work) {
                futures.add(pool.submit(w));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(5, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fourPcsNumberFourHundredReleasesWithoutDuplicatesAndFiftyLeaseGrabsLeaveOneHolder() throws Exception {
        Path hostDir = tmp.resolve("host");
        List<User> reviewers = new ArrayList<>();
        try (TestOffice office = new TestOffice(hostDir)) {
            for (int i = 0; i < 50; i++) {
                reviewers.add(office.services.accounts().addUser(office.admin, "rev" + i, "Penyunting " + i,
                        Set.of(Role.REVIEWER), TestOffice.PASSWORD.toCharArray()));
            }
        }
        int port = HostProcess.freePort();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:00:00Z"));
        try (HostProcess host = HostProcess.serve(hostDir, port)) {
            DatabaseTarget target = DatabaseTarget.hosted(host.code);
            List<Services> pcs = new ArrayList<>();
            try {
                for (int i = 1; i <= PCS; i++) {
                    pcs.add(Wiring.open(tmp.resolve("pc" + i), target, clock));
                }
                User writer = pcs.get(0).accounts().login("rina", TestOffice.PASSWORD.toCharArray());
                int perPc = 100;
                ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Integer>> work = new ArrayList<>();
                for (Services s : pcs) {
                    work.add(() -> {
                        start.await();
                        int made = 0;
                        for (int i = 0; i < perPc; i++) {
                            try {
                                s.drafts().create(writer, ReleaseType.SIARAN_PERS, s.drafts()
                                        .template(writer, ReleaseType.SIARAN_PERS).withHeadline("Rilis serentak " + i));
                                made++;
                            } catch (RuntimeException e) {
                                errors.add(e);
                            }
                        }
                        return made;
                    });
                }
                long t0 = System.nanoTime();
                assertThat(all(work, start)).containsOnly(perPc);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertThat(errors).as("errors a user would have seen").isEmpty();
                // Through this PC's end of the TLS tunnel, as the app connects.
                try (Connection c = DriverManager.getConnection("jdbc:h2:tcp://" + HostLink.localAddress(host.code)
                        + "/humasdesk", target.user(), target.password());
                        var rs = c.createStatement().executeQuery(
                                "SELECT COUNT(*), COUNT(DISTINCT release_no) FROM press_release")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(PCS * perPc);
                    assertThat(rs.getInt(2)).as("distinct numbers").isEqualTo(PCS * perPc);
                }

                Release r = pcs.get(0).drafts().create(writer, ReleaseType.PENGUMUMAN,
                        pcs.get(0).drafts().template(writer, ReleaseType.PENGUMUMAN).withHeadline("Satu pemegang"));
                CountDownLatch go = new CountDownLatch(1);
                List<Callable<LeaseService.Outcome>> grabs = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    User u = reviewers.get(i);
                    Services pc = pcs.get(i % PCS);
                    String machine = "PC-" + (i % PCS + 1) + "-" + i;
                    grabs.add(() -> {
                        go.await();
                        return pc.leases().acquire(u, r.id(), machine);
                    });
                }
                List<LeaseService.Outcome> outcomes = all(grabs, go);
                List<LeaseService.Outcome> granted = outcomes.stream().filter(LeaseService.Outcome::granted).toList();
                assertThat(granted).as("exactly one holder").hasSize(1);
                assertThat(outcomes.stream().filter(o -> !o.granted())).hasSize(49)
                        .allSatisfy(o -> assertThat(o.lease().machine()).isEqualTo(granted.get(0).lease().machine()));
                System.out.printf("[HostedRacesTest] %d releases from %d PCs through the host in %d ms, 0 duplicate "
                        + "numbers, 0 errors; 50 lease grabs: 1 holder, 49 told who%n", PCS * perPc, PCS, ms);
            } finally {
                for (Services s : pcs) {
                    s.close();
                }
            }
        }
    }
}
