package id.humasdesk.logic.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export killed between any two of its steps leaves export files and export history in
 * agreement once the start-up pass ran (decision 0313). The kills themselves are proved with
 * real processes by the crash harness ({@code -Pcrash}); here each crash state is set up by hand.
 */
class ExportReconcileTest {
    @TempDir
    Path tmp;
    private final Station.TestClock clock = new Station.TestClock(Instant.parse("2026-11-28T02:00:00Z"));
    private final List<String> seenAtCommit = new ArrayList<>();
    private Station kaur;

    private Station open() {
        kaur = new Station(tmp.resolve("kaur"), BundleFixtures.KAUR, clock, BundleLimits.DEFAULT, WatchedExports::new);
        return kaur;
    }

    @AfterEach
    void close() {
        if (kaur != null) {
            kaur.close();
        }
    }

    /** Notes which files exist at the moment the history row is written. */
    private final class WatchedExports implements BundleExportRepository {
        private final BundleExportRepository inner;

        WatchedExports(BundleExportRepository inner) {
            this.inner = inner;
        }

        @Override
        public List<Release> findForExport(ExportSelection selection) {
            return inner.findForExport(selection);
        }

        @Override
        public Optional<ExportRecord> lastExport() {
            return inner.lastExport();
        }

        @Override
        public void recordExport(ExportRecord record, List<Release> sent) {
            Path file = Path.of(record.path());
            seenAtCommit.add((Files.exists(file) ? "final" : "no final") + ", "
                    + (Files.exists(BundleWriter.partOf(file)) ? "part" : "no part"));
            inner.recordExport(record, sent);
        }

        @Override
        public List<ExportRecord> exportHistory(int limit) {
            return inner.exportHistory(limit);
        }
    }

    private List<String> filesIn(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".key.json")).sorted().toList();
        }
    }

    @Test
    void theHistoryRowIsCommittedWhileTheBundleIsStillAPartFileAndTheNameComesAfter() throws Exception {
        Station s = open();
        s.add(ReleaseStatus.APPROVED, Station.content("Satu", List.of(s.photo(1))));

        BundleWriter.Written w = s.export();

        assertThat(seenAtCommit).containsExactly("no final, part");
        assertThat(w.file()).exists();
        assertThat(filesIn(w.file().getParent())).containsExactly(w.file().getFileName().toString());
    }

    @Test
    void aKillAfterTheCommitAndBeforeTheRenameIsFinishedAtTheNextStart() throws Exception {
        Station s = open();
        s.add(ReleaseStatus.APPROVED, Station.content("Satu", List.of()));
        BundleWriter.Written w = s.export();
        byte[] bundle = Files.readAllBytes(w.file());
        Files.move(w.file(), BundleWriter.partOf(w.file())); // the state a kill there leaves
        s.close();

        Station again = open();
        ExportReconciler.Report r = again.bundles.reconcileExports();

        assertThat(r.completed()).containsExactly(w.file());
        assertThat(r.needsAttention()).isFalse();
        assertThat(Files.readAllBytes(w.file())).isEqualTo(bundle);
        assertThat(filesIn(w.file().getParent())).containsExactly(w.file().getFileName().toString());
        assertThat(again.export().manifest().itemCount()).as("recorded, so not sent twice").isZero();
    }

    @Test
    void aKillBeforeTheCommitLeavesAPartFileThatIsRemovedAndTheReleasesGoOutNextTime() throws Exception {
        Station s = open();
        s.add(ReleaseStatus.APPROVED, Station.content("Satu", List.of()));
        Path exports = s.root.resolve("exports");
        Files.createDirectories(exports);
        Path half = exports.resolve(".KAUR-20261128T020000Z.humas.zip.part");
        Files.write(half, new byte[] {'P', 'K', 3, 4, 0, 0});
        Path olderStyle = exports.resolve(".KAUR-20261127T020000Z.humas.zip-81237.part");
        Files.write(olderStyle, new byte[10]);

        ExportReconciler.Report r = s.bundles.reconcileExports();

        assertThat(r.removedParts()).containsExactlyInAnyOrder(half.toAbsolutePath(), olderStyle.toAbsolutePath());
        assertThat(filesIn(exports)).isEmpty();
        assertThat(s.export().manifest().itemCount()).isEqualTo(1);
    }

    @Test
    void aPartFileThatDoesNotMatchItsRecordIsNotRenamedIntoPlace() throws Exception {
        Station s = open();
        s.add(ReleaseStatus.APPROVED, Station.content("Satu", List.of()));
        BundleWriter.Written w = s.export();
        Files.move(w.file(), BundleWriter.partOf(w.file()));
        Files.write(BundleWriter.partOf(w.file()), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);

        ExportReconciler.Report r = s.bundles.reconcileExports();

        assertThat(r.completed()).isEmpty();
        assertThat(r.newestMissing()).contains(w.file());
        assertThat(filesIn(w.file().getParent())).isEmpty();
    }

    @Test
    void anUnrecordedBundleOfThisOfficeIsSetAsideAndNamedAndItsReleasesGoOutAgain() throws Exception {
        Station s = open();
        Release r = s.add(ReleaseStatus.APPROVED, Station.content("Satu", List.of()));
        Path exports = s.root.resolve("exports").toAbsolutePath();
        // What the old order (rename, then commit) left when killed in between, or a lost commit.
        Path orphan = exports.resolve("KAUR-20261128T015900Z.humas.zip");
        new BundleWriter(s.media, BundleLimits.DEFAULT).write(orphan, new BundleWriter.Header(UUID.randomUUID(),
                s.office, clock.instant(), new Manifest.Creator("admin", "Admin"), null), List.of(r),
                s.keys.signer(), BundleWriter.Progress.NONE);
        // A bundle of another office saved in the same folder is none of this pass's business.
        Path foreign = exports.resolve("RI-20261128T015900Z.humas.zip");
        new BundleWriter(s.media, BundleLimits.DEFAULT).write(foreign, new BundleWriter.Header(UUID.randomUUID(),
                BundleFixtures.RI, clock.instant(), new Manifest.Creator("x", "X"), null), List.of(),
                s.keys.signer(), BundleWriter.Progress.NONE);

        ExportReconciler.Report rep = s.bundles.reconcileExports();

        assertThat(rep.needsAttention()).isTrue();
        assertThat(rep.orphans()).singleElement().satisfies(o -> {
            assertThat(o.file()).isEqualTo(orphan);
            assertThat(o.renamedTo().getFileName().toString()).isEqualTo(orphan.getFileName() + ".unrecorded");
        });
        assertThat(orphan).doesNotExist();
        assertThat(foreign).exists();
        BundleWriter.Written next = s.export();
        assertThat(next.manifest().itemCount()).as("the orphan's release was never marked sent").isEqualTo(1);
        assertThat(s.bundles.reconcileExports().needsAttention()).isFalse();
    }

    @Test
    void aCopyOfARecordedBundleUnderAnotherNameIsNotAnOrphan() throws Exception {
        Station s = open();
        s.add(ReleaseStatus.APPROVED, Station.content("Satu", List.of()));
        BundleWriter.Written w = s.export();
        Files.copy(w.file(), w.file().resolveSibling("kirim-ke-pusat.humas.zip"), StandardCopyOption.REPLACE_EXISTING);

        assertThat(s.bundles.reconcileExports().orphans()).isEmpty();
        assertThat(w.file().resolveSibling("kirim-ke-pusat.humas.zip")).exists();
    }

    @Test
    void aBundleMovedAwayByItsSenderIsOnlyNotedForTheNewestExport() throws Exception {
        Station s = open();
        s.add(ReleaseStatus.APPROVED, Station.content("Satu", List.of()));
        BundleWriter.Written first = s.export();
        s.add(ReleaseStatus.APPROVED, Station.content("Dua", List.of()));
        BundleWriter.Written second = s.export();
        Files.delete(first.file());

        assertThat(s.bundles.reconcileExports().newestMissing()).isEmpty();
        Files.delete(second.file());
        assertThat(s.bundles.reconcileExports().newestMissing()).contains(second.file());
    }

    @Test
    void aYoungPartFileInAFolderOtherPcsMayShareIsLeftToThePcThatWritesIt() throws Exception {
        Station s = open();
        s.add(ReleaseStatus.APPROVED, Station.content("Satu", List.of()));
        Path shared = Files.createDirectories(tmp.resolve("folder-bersama"));
        s.clock.tick();
        s.bundles.export(s.admin, ExportSelection.SINCE_LAST, shared.resolve("KAUR-satu.humas.zip"),
                BundleWriter.Progress.NONE);
        // Another PC's export in progress in the same shared folder (decision 0612).
        Path otherPc = shared.resolve(".KAUR-20261128T020500Z.humas.zip.part");
        Files.write(otherPc, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(otherPc, java.nio.file.attribute.FileTime.from(clock.instant()));

        s.bundles.reconcileExports();
        assertThat(otherPc).as("young, perhaps still being written").exists();

        Files.setLastModifiedTime(otherPc, java.nio.file.attribute.FileTime.from(
                clock.instant().minus(ExportReconciler.OTHER_PCS_GRACE).minusSeconds(60)));
        assertThat(s.bundles.reconcileExports().removedParts()).contains(otherPc.toAbsolutePath());
        assertThat(otherPc).doesNotExist();
    }
}
