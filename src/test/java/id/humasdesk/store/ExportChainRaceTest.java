package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.bundle.BundleWriter;
import id.humasdesk.logic.bundle.ChainMoved;
import id.humasdesk.logic.bundle.ExportRecord;
import id.humasdesk.logic.bundle.ExportSelection;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two PCs of one office exporting at the same moment (decision 0612): each has its own data
 * directory, pool and services on one database (H2 file, or PostgreSQL), so the race runs over
 * independent connections. The chain of bundles stays one line and no release version is marked
 * sent by two bundles.
 */
@EveryStore
class ExportChainRaceTest {
    @TempDir
    Path tmp;
    private TestOffice office;
    private Services pc2;

    @BeforeEach
    void open() {
        Path first = tmp.resolve("pc1");
        office = new TestOffice(first);
        Path second = tmp.resolve("pc2");
        pc2 = Wiring.open(second, StoreBackends.share(second, first), office.clock);
        OfficeKeyFixture.readyToSign(office, pc2);
    }

    @AfterEach
    void close() {
        pc2.close();
        office.close();
    }

    private Release approved(String headline) {
        Services s = office.services;
        ReleaseContent c = s.drafts().template(office.writer, ReleaseType.BERITA_KEGIATAN).withHeadline(headline)
                .withParagraphs(List.of("Apel digelar di halaman kantor."));
        Release r = s.drafts().create(office.writer, ReleaseType.BERITA_KEGIATAN, c);
        r = s.review().submit(office.writer, r.id(), r.version());
        return s.review().approve(office.reviewer, r.id(), r.version());
    }

    @Test
    void theSecondCommitOnOneChainPositionIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
        Database a = Database.open(StoreBackends.target(tmp.resolve("pc1")));
        Database b = Database.open(StoreBackends.target(tmp.resolve("pc1")));
        try {
            JdbcBundleRepository ra = new JdbcBundleRepository(a);
            JdbcBundleRepository rb = new JdbcBundleRepository(b);
            assertThat(ra.chainHead()).isEmpty();
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            CountDownLatch aRecorded = new CountDownLatch(1);
            CountDownLatch bStarted = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                // A records on position "none" and keeps its transaction open until B is waiting on the lock.
                Future<?> fa = pool.submit(() -> a.inTransaction(() -> {
                    ra.recordExport(record(first, null), List.of());
                    aRecorded.countDown();
                    await(bStarted);
                    sleep(500);
                    return null;
                }));
                await(aRecorded);
                Future<?> fb = pool.submit(() -> {
                    bStarted.countDown();
                    return b.inTransaction(() -> {
                        rb.recordExport(record(second, null), List.of());
                        return null;
                    });
                });
                fa.get(1, TimeUnit.MINUTES);
                assertThatThrownBy(() -> fb.get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(ChainMoved.class);
            } finally {
                pool.shutdownNow();
            }
            assertThat(rb.chainHead()).contains(first);
            assertThat(rb.exportHistory(10)).extracting(ExportRecord::bundleId).containsExactly(first);
            // The loser, started again from the new position, is accepted.
            b.inTransaction(() -> {
                rb.recordExport(record(second, first), List.of());
                return null;
            });
            assertThat(ra.chainHead()).contains(second);
        } finally {
            b.close();
            a.close();
        }
    }

    @Test
    void twoPcsExportingAtOnceKeepOneChainAndSendEachReleaseOnce() throws Exception {
        int rounds = 6;
        Set<UUID> made = new HashSet<>();
        for (int round = 0; round < rounds; round++) {
            made.add(approved("Apel Siaga " + round + "a").id());
            made.add(approved("Apel Siaga " + round + "b").id());
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<BundleWriter.Written>> both = new ArrayList<>();
                for (Services s : List.of(office.services, pc2)) {
                    both.add(pool.submit(() -> {
                        start.await();
                        return s.bundles().export(office.admin, ExportSelection.SINCE_LAST, null,
                                BundleWriter.Progress.NONE);
                    }));
                }
                for (Future<BundleWriter.Written> f : both) {
                    f.get(2, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            office.clock.advance(java.time.Duration.ofSeconds(1));
        }
        List<UUID> previous = new ArrayList<>();
        Set<UUID> bundles = new HashSet<>();
        List<UUID> sent = new ArrayList<>();
        try (Connection c = StoreBackends.connect(tmp.resolve("pc1"))) {
            try (var rs = c.createStatement().executeQuery("SELECT bundle_id, previous_bundle_id FROM bundle_export")) {
                while (rs.next()) {
                    bundles.add(rs.getObject(1, UUID.class));
                    previous.add(rs.getObject(2, UUID.class));
                }
            }
            try (var rs = c.createStatement().executeQuery("SELECT release_id FROM bundle_export_item")) {
                while (rs.next()) {
                    sent.add(rs.getObject(1, UUID.class));
                }
            }
        }
        assertThat(bundles).hasSize(2 * rounds);
        // One line: exactly one bundle starts the chain, every other names a different recorded bundle.
        assertThat(previous).filteredOn(p -> p == null).hasSize(1);
        assertThat(previous).doesNotHaveDuplicates();
        assertThat(previous).filteredOn(p -> p != null).allMatch(bundles::contains);
        assertThat(sent).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);
        System.out.printf("[ExportChainRaceTest %s] %d exports from 2 PCs in %d rounds: one chain, %d releases "
                + "each sent once%n", StoreBackends.current(), bundles.size(), rounds, sent.size());
    }

    private ExportRecord record(UUID id, UUID previous) {
        return new ExportRecord(id, Instant.parse("2026-11-28T02:00:00Z"), "admin", 0, 0, "/tmp/" + id, 1,
                "0".repeat(64), previous);
    }

    private static void await(CountDownLatch l) {
        try {
            if (!l.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
