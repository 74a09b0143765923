package id.humasdesk.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.model.Release;
import id.humasdesk.support.EveryStore;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is only a copy: whatever happens to it, the next start rebuilds it from the database,
 * and the library keeps working meanwhile.
 */
@EveryStore
class SearchIndexRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void changesCommittedWhileNoIndexerRanAreAppliedAtTheNextStart() throws InterruptedException {
        List<UUID> expected = indexTwoReleases();
        Release late;
        try (SearchFixture f = SearchFixture.open(dir)) {
            // As if the app died right after the commit: the outbox row is all that is left.
            late = f.add("Deklarasi Kampanye Damai", "Peserta pemilu berikrar.");
            assertThat(f.source.pendingCount()).isEqualTo(1);
        }
        try (SearchFixture f = SearchFixture.open(dir)) {
            List<SearchStatus.State> states = started(f, IndexSchema.standard());
            f.awaitReady();

            assertThat(ids(f, "pemilu")).containsExactlyInAnyOrder(expected.get(0), expected.get(1), late.id());
            assertThat(f.source.pendingCount()).isZero();
            assertThat(states).doesNotContain(SearchStatus.State.REBUILDING);
        }
    }

    @Test
    void aMissingIndexIsRebuiltFromTheDatabase() throws Exception {
        List<UUID> expected = indexTwoReleases();
        deleteRecursively(dir.resolve("index"));

        assertRebuiltOnStart(expected);
    }

    @Test
    void garbageInTheCommitFileIsDetectedAndTheIndexRebuilt() throws Exception {
        List<UUID> expected = indexTwoReleases();
        Path segments = files().stream().filter(p -> p.getFileName().toString().startsWith("segments_"))
                .findFirst().orElseThrow();
        Files.writeString(segments, "this is not a Lucene commit");

        assertRebuiltOnStart(expected);
    }

    @Test
    void aDamagedDataFileIsFoundByItsChecksumAndTheIndexRebuilt() throws Exception {
        List<UUID> expected = indexTwoReleases();
        Path biggest = files().stream().max(Comparator.comparingLong(SearchIndexRecoveryTest::size)).orElseThrow();
        try (RandomAccessFile raf = new RandomAccessFile(biggest.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            raf.write(new byte[64]);
        }

        assertRebuiltOnStart(expected);
    }

    @Test
    void anIndexMadeWithAnotherAnalyzerIsRebuilt() throws Exception {
        List<UUID> expected = indexTwoReleases();
        try (SearchFixture f = SearchFixture.open(dir)) {
            List<String> changed = new ArrayList<>(IndexSchema.standard().stemExclusions());
            changed.add("pengawasan");
            List<SearchStatus.State> states = started(f, IndexSchema.withExclusions(changed));
            f.awaitReady();

            assertThat(states).contains(SearchStatus.State.REBUILDING);
            assertThat(ids(f, "pemilu")).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void anIndexThatDoesNotMatchTheDatabaseIsRebuilt() throws Exception {
        indexTwoReleases();
        Path other = dir.resolve("other");
        List<UUID> expected = new ArrayList<>();
        try (SearchFixture f = SearchFixture.open(other)) {
            for (String h : List.of("Satu Pemilu", "Dua Pemilu", "Tiga Pemilu")) {
                expected.add(f.add(h, "Lead.").id());
            }
            // Another PC of this office has read all three changes, and the outbox was pruned for it.
            f.source.follow("pc-elsewhere", "PC-LAIN", f.source.lastSeq(), Instant.now());
            f.source.prune(Instant.now().minusSeconds(60));
            assertThat(f.source.pendingCount()).isZero();
        }
        Files.createDirectories(other.resolve("index"));
        for (Path p : files()) {
            Files.copy(p, other.resolve("index").resolve(p.getFileName()));
        }
        try (SearchFixture f = SearchFixture.open(other)) {
            List<SearchStatus.State> states = started(f, IndexSchema.standard());
            f.awaitReady();

            assertThat(states).contains(SearchStatus.State.REBUILDING);
            assertThat(ids(f, "pemilu")).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void whileRebuildingTheLibraryFiltersWithTheDatabaseAndSearchTakesOverWhenReady() throws Exception {
        List<UUID> expected = indexTwoReleases();
        deleteRecursively(dir.resolve("index"));
        try (SearchFixture f = SearchFixture.open(dir)) {
            GatedSource gated = new GatedSource(f.source);
            f.startSearch(IndexSchema.standard(), gated);
            assertThat(gated.awaitScanning()).isTrue();

            LibraryFilter pemilu = new LibraryFilter(null, null, null, "pemilu", false);
            assertThat(f.search.status().state()).isEqualTo(SearchStatus.State.REBUILDING);
            assertThat(f.search.isReady()).isFalse();
            assertThat(f.search.search(pemilu, 10)).isEmpty();
            assertThat(f.library.count(pemilu)).as("the plain filter still answers").isEqualTo(2);

            gated.open();
            f.awaitReady();
            assertThat(f.search.search(pemilu, 10).orElseThrow().rows()).hasSize(2);
            assertThat(ids(f, "pemilu")).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void closingDuringARebuildLeavesNoHalfIndexBehind() throws Exception {
        List<UUID> expected = indexTwoReleases();
        deleteRecursively(dir.resolve("index"));
        try (SearchFixture f = SearchFixture.open(dir)) {
            GatedSource gated = new GatedSource(f.source);
            f.startSearch(IndexSchema.standard(), gated);
            assertThat(gated.awaitScanning()).isTrue();
            gated.open();
            f.search.close();
        }
        assertRebuiltOnStartOrReady(expected);
    }

    @Test
    void aBulkLoadIsLeftToSettleWithTheLibraryOnItsOwnFilterThenIndexedInOneGo() throws Exception {
        try (SearchFixture f = SearchFixture.open(dir)) {
            List<SearchStatus.State> states = started(f, IndexSchema.standard());
            f.awaitReady();
            states.clear();

            List<Release> many = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                many.add(f.release("Sosialisasi Pemilu ke-" + i, "Warga hadir."));
            }
            f.releases.insertAll(many);
            f.awaitCaughtUp();

            assertThat(states).containsSubsequence(SearchStatus.State.CATCHING_UP, SearchStatus.State.READY)
                    .endsWith(SearchStatus.State.READY);
            assertThat(f.search.rankedIds(new LibraryFilter(null, null, null, "pemilu", false), 1_000).orElseThrow()
                    .totalHits()).isEqualTo(300);
            assertThat(f.source.pendingCount()).isZero();
        }
    }

    /** A data directory with two indexed releases (outbox drained, index closed); returns their ids. */
    private List<UUID> indexTwoReleases() throws InterruptedException {
        try (SearchFixture f = SearchFixture.open(dir)) {
            f.startSearch();
            f.awaitReady();
            UUID a = f.add("Pengawasan Logistik Pemilu", "Gudang diperiksa.").id();
            UUID b = f.add("Sosialisasi Pemilu bagi Pemilih Pemula", "Mahasiswa hadir.").id();
            f.awaitCaughtUp();
            assertThat(f.source.pendingCount()).isZero();
            return List.of(a, b);
        }
    }

    private void assertRebuiltOnStart(List<UUID> expected) throws InterruptedException {
        try (SearchFixture f = SearchFixture.open(dir)) {
            List<SearchStatus.State> states = started(f, IndexSchema.standard());
            f.awaitReady();

            assertThat(states).contains(SearchStatus.State.REBUILDING);
            assertThat(ids(f, "pemilu")).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private void assertRebuiltOnStartOrReady(List<UUID> expected) throws InterruptedException {
        try (SearchFixture f = SearchFixture.open(dir)) {
            f.startSearch();
            f.awaitReady();
            assertThat(ids(f, "pemilu")).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** Starts the search and records every state it passes through from the first. */
    private static List<SearchStatus.State> started(SearchFixture f, IndexSchema schema) {
        SearchService search = f.createSearch(schema, f.source);
        List<SearchStatus.State> states = new CopyOnWriteArrayList<>();
        search.addStatusListener(s -> states.add(s.state()));
        search.start();
        return states;
    }

    private static List<UUID> ids(SearchFixture f, String text) {
        return f.search.rankedIds(new LibraryFilter(null, null, null, text, false), 100).orElseThrow().ids();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("index"))) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path p) throws IOException {
        LuceneIndex.deleteContents(p);
        Files.deleteIfExists(p);
    }
}
