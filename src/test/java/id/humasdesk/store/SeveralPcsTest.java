package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.lease.LeaseService;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four PCs of one office on one database, each with its own data directory, pool and services
 * (independent connections), racing each other: on H2 (one JVM, one file) and on PostgreSQL.
 */
@EveryStore
class SeveralPcsTest {
    private static final int PCS = 4;
    @TempDir
    Path tmp;
    private TestOffice office;
    private final List<Services> pcs = new ArrayList<>();

    @BeforeEach
    void open() {
        Path first = tmp.resolve("pc1");
        office = new TestOffice(first);
        pcs.add(office.services);
        for (int i = 2; i <= PCS; i++) {
            Path dir = tmp.resolve("pc" + i);
            pcs.add(Wiring.open(dir, StoreBackends.share(dir, first), office.clock));
        }
    }

    @AfterEach
    void close() {
        for (int i = pcs.size() - 1; i >= 1; i--) {
            pcs.get(i).close();
        }
        office.close();
    }

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
    void aThousandReleasesFromFourPcsGetAThousandDifferentNumbersWithoutAnError() throws Exception {
        int perPc = 250;
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int p = 0; p < PCS; p++) {
            Services s = pcs.get(p);
            User writer = p % 2 == 0 ? office.writer : office.writer2;
            work.add(() -> {
                start.await();
                int made = 0;
                for (int i = 0; i < perPc; i++) {
                    try {
                        ReleaseContent c = s.drafts().template(writer, ReleaseType.SIARAN_PERS)
                                .withHeadline("Rilis serentak " + i);
                        s.drafts().create(writer, ReleaseType.SIARAN_PERS, c);
                        made++;
                    } catch (RuntimeException e) {
                        errors.add(e);
                    }
                }
                return made;
            });
        }
        long t0 = System.nanoTime();
        List<Integer> made = all(work, start);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(errors).as("errors a user would have seen").isEmpty();
        assertThat(made).containsOnly(perPc);
        try (Connection c = StoreBackends.connect(tmp.resolve("pc1"));
                var rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*), COUNT(DISTINCT release_no) FROM press_release")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(PCS * perPc);
            assertThat(rs.getInt(2)).as("distinct numbers").isEqualTo(PCS * perPc);
        }
        System.out.printf("[SeveralPcsTest %s] %d releases from %d PCs in %d ms, 0 duplicate numbers, 0 errors%n",
                StoreBackends.current(), PCS * perPc, PCS, ms);
    }

    @Test
    void twoReviewersActingOnOneReleaseAtOnceNeverBothWin() throws Exception {
        User reviewer2 = office.services.accounts().addUser(office.admin, "sari", "Sari Wulandari",
                Set.of(Role.REVIEWER), TestOffice.PASSWORD.toCharArray());
        int rounds = 15;
        int conflicts = 0;
        for (int round = 0; round < rounds; round++) {
            Services writerPc = pcs.get(0);
            ReleaseContent c = writerPc.drafts().template(office.writer, ReleaseType.BERITA_KEGIATAN)
                    .withHeadline("Apel Siaga " + round).withParagraphs(List.of("Apel digelar pagi ini."));
            Release r = writerPc.drafts().create(office.writer, ReleaseType.BERITA_KEGIATAN, c);
            Release submitted = writerPc.review().submit(office.writer, r.id(), r.version());
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Object>> work = List.of(
                    () -> {
                        start.await();
                        try {
                            return pcs.get(1).review().withdraw(office.reviewer, submitted.id(), submitted.version(),
                                    "Kegiatan dibatalkan.");
                        } catch (UserFacingException e) {
                            return e;
                        }
                    },
                    () -> {
                        start.await();
                        try {
                            return pcs.get(2).review().requestChanges(reviewer2, submitted.id(), submitted.version(),
                                    "Judul perlu diperbaiki.");
                        } catch (UserFacingException e) {
                            return e;
                        }
                    });
            List<Object> outcomes = all(work, start);
            List<Release> won = outcomes.stream().filter(o -> o instanceof Release).map(o -> (Release) o).toList();
            assertThat(won).as("exactly one reviewer's action took effect").hasSize(1);
            Object lost = outcomes.stream().filter(o -> !(o instanceof Release)).findFirst().orElseThrow();
            assertThat(((UserFacingException) lost).messageKey()).as("the other was refused, not lost")
                    .isIn("error.conflict", "error.workflow.notAllowed", "error.review.notInReview");
            if ("error.conflict".equals(((UserFacingException) lost).messageKey())) {
                conflicts++;
            }
            Release stored = pcs.get(3).drafts().load(r.id());
            assertThat(stored.status()).isEqualTo(won.get(0).status());
            assertThat(stored.status()).isIn(ReleaseStatus.WITHDRAWN, ReleaseStatus.CHANGES_REQUESTED);
            try (Connection conn = StoreBackends.connect(tmp.resolve("pc1"));
                    var ps = conn.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE release_id = ? "
                            + "AND action IN ('WITHDRAW', 'REQUEST_CHANGES')")) {
                ps.setObject(1, r.id());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("one decision in the audit log").isEqualTo(1);
                }
            }
        }
        System.out.printf("[SeveralPcsTest %s] %d rounds of two reviewers at once: 1 winner each, %d refused "
                + "as a version conflict%n", StoreBackends.current(), rounds, conflicts);
    }

    @Test
    void fiftySimultaneousLeaseGrabsLeaveExactlyOneHolder() throws Exception {
        List<User> reviewers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            reviewers.add(office.services.accounts().addUser(office.admin, "rev" + i, "Penyunting " + i,
                    Set.of(Role.REVIEWER), TestOffice.PASSWORD.toCharArray()));
        }
        Release r = office.services.drafts().create(office.writer, ReleaseType.PENGUMUMAN,
                office.services.drafts().template(office.writer, ReleaseType.PENGUMUMAN).withHeadline("Satu pemegang"));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<LeaseService.Outcome>> work = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            User u = reviewers.get(i);
            Services pc = pcs.get(i % PCS);
            String machine = "PC-" + (i % PCS + 1) + "-" + i;
            work.add(() -> {
                start.await();
                return pc.leases().acquire(u, r.id(), machine);
            });
        }
        List<LeaseService.Outcome> outcomes = all(work, start);
        List<LeaseService.Outcome> granted = outcomes.stream().filter(LeaseService.Outcome::granted).toList();
        assertThat(granted).as("exactly one holder").hasSize(1);
        var holder = granted.get(0).lease();
        assertThat(outcomes.stream().filter(o -> !o.granted()))
                .as("every loser is told who holds it and on which PC").hasSize(49)
                .allSatisfy(o -> {
                    assertThat(o.lease().userId()).isEqualTo(holder.userId());
                    assertThat(o.lease().userName()).isEqualTo(holder.userName());
                    assertThat(o.lease().machine()).isEqualTo(holder.machine());
                });
        assertThat(pcs.get(3).leases().current(r.id())).get()
                .satisfies(l -> assertThat(l.userId()).isEqualTo(holder.userId()));
        UUID holderId = holder.userId();
        System.out.printf("[SeveralPcsTest %s] 50 lease grabs from %d PCs: 1 holder (%s), 49 told who%n",
                StoreBackends.current(), PCS, reviewers.stream().filter(u -> u.id().equals(holderId))
                        .findFirst().orElseThrow().username());
    }
}
