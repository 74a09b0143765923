package id.humasdesk.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.support.EveryStore;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching releases the way the library does, over a real H2 file and index folder. */
@EveryStore
class SearchServiceTest {
    @TempDir
    Path dir;
    private SearchFixture f;

    @BeforeEach
    void open() throws InterruptedException {
        f = SearchFixture.open(dir);
        f.startSearch();
        f.awaitReady();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aSavedReleaseIsFoundOnceTheIndexCaughtUp() throws InterruptedException {
        Release r = f.add("Bawaslu Kaur Awasi Distribusi Logistik Pemilu", "Pengawas memantau gudang logistik.");
        f.awaitCaughtUp();

        assertThat(ids("pemilu")).containsExactly(r.id());
        assertThat(ids("Pemilu logistik")).containsExactly(r.id());
        assertThat(ids("ilu")).as("an acronym is not cut down to a fragment").isEmpty();
    }

    @Test
    void anEditIsFoundByItsNewWordsAndNoLongerByTheOldOnes() throws InterruptedException {
        Release r = f.add("Rapat Koordinasi Sentra Gakkumdu", "Rapat membahas laporan.");
        f.awaitCaughtUp();
        f.releases.update(r.withContent(r.content().withHeadline("Apel Siaga Masa Tenang"), r.updatedAt()));
        f.awaitCaughtUp();

        assertThat(ids("gakkumdu")).isEmpty();
        assertThat(ids("apel siaga")).containsExactly(r.id());
    }

    @Test
    void derivedWordsFindEachOtherAsTheStemmerAllows() throws InterruptedException {
        Release pengawas = f.add("Bimbingan Teknis", "Para pengawas kelurahan mengikuti bimbingan teknis.");
        Release mengawasi = f.add("Patroli Masa Tenang", "Jajaran kami akan mengawasi masa tenang.");
        f.awaitCaughtUp();

        assertThat(ids("pengawasan")).containsExactly(pengawas.id());
        assertThat(ids("diawasi")).containsExactly(mengawasi.id());
    }

    @Test
    void aHeadlineMatchRanksAboveAMatchInTheBody() throws InterruptedException {
        Release inBody = f.add("Rapat Evaluasi Tahapan", "Rapat membahas banyak hal.",
                "Peserta juga membahas netralitas aparatur sipil negara di lapangan.");
        Release inHeadline = f.add("Forum Warga Bahas Netralitas Aparatur", "Warga berkumpul di balai desa.");
        f.awaitCaughtUp();

        assertThat(ids("netralitas")).containsExactly(inHeadline.id(), inBody.id());
    }

    @Test
    void filtersOfTheLibraryNarrowTheMatches() throws InterruptedException {
        Release draft = f.add("Sosialisasi Pengawasan Partisipatif", "Satu.", List.of(),
                SearchFixture.by(SearchFixture.RINA, ReleaseType.BERITA_KEGIATAN, ReleaseStatus.DRAFT));
        Release published = f.add("Sosialisasi Pengawasan Pemilu", "Dua.", List.of(),
                SearchFixture.by(SearchFixture.FAJAR, ReleaseType.SIARAN_PERS, ReleaseStatus.PUBLISHED));
        Release trashed = f.add("Sosialisasi yang Dibatalkan", "Tiga.");
        f.releases.update(trashed.withTrashed(true, trashed.updatedAt()));
        f.awaitCaughtUp();

        assertThat(ids(filter("sosialisasi", null, null, null, false))).containsExactlyInAnyOrder(draft.id(),
                published.id());
        assertThat(ids(filter("sosialisasi", null, null, null, true))).containsExactly(trashed.id());
        assertThat(ids(filter("sosialisasi", ReleaseStatus.PUBLISHED, null, null, false)))
                .containsExactly(published.id());
        assertThat(ids(filter("sosialisasi", null, ReleaseType.BERITA_KEGIATAN, null, false)))
                .containsExactly(draft.id());
        assertThat(ids(filter("sosialisasi", null, null, SearchFixture.FAJAR, false))).containsExactly(published.id());
        assertThat(ids(filter("sosialisasi", ReleaseStatus.DRAFT, null, SearchFixture.FAJAR, false))).isEmpty();
    }

    @Test
    void rowsComeFromTheDatabaseInRankOrderWithTheTotal() throws InterruptedException {
        Release a = f.add("Pencegahan Politik Uang", "Politik uang merusak pemilu.", "Tolak politik uang.");
        Release b = f.add("Deklarasi Kampanye Damai", "Peserta menolak politik uang.");
        f.add("Apel Siaga", "Tidak ada hubungannya.");
        f.awaitCaughtUp();

        SearchResult result = f.search.search(filter("politik uang", null, null, null, false), 1).orElseThrow();
        assertThat(result.totalHits()).isEqualTo(2);
        assertThat(result.rows()).extracting(ReleaseSummary::id).containsExactly(a.id());
        assertThat(result.rows().get(0).authorName()).isEqualTo("Rina Marlina");
        assertThat(f.search.search(filter("politik uang", null, null, null, false), 10).orElseThrow().rows())
                .extracting(ReleaseSummary::id).containsExactly(a.id(), b.id());
    }

    @Test
    void snippetsArePlainTextWithTheMatchedWordsAsRanges() throws InterruptedException {
        String filler = "Kegiatan ini memperkuat pemahaman peserta tentang tugas, wewenang, dan kewajiban mereka. ";
        Release r = f.add("Bimbingan Teknis Pengawasan", "Bawaslu Kaur menggelar bimbingan teknis <b>daring</b>.",
                filler.repeat(3), "Materi disampaikan kepada para pengawas kelurahan dan desa.", filler.repeat(3));
        f.awaitCaughtUp();

        SearchSnippet s = f.search.snippets("pengawasan", List.of(r.id())).get(r.id());

        assertThat(s.headline().text()).isEqualTo("Bimbingan Teknis Pengawasan");
        assertThat(s.headline().matches()).containsExactly(new MatchRange(17, 27));
        assertThat(s.contextField()).isEqualTo(SearchField.BODY);
        assertThat(s.context().matchedWords()).containsExactly("pengawas");
        assertThat(s.context().text()).startsWith(PlainPassageFormatter.ELLIPSIS)
                .endsWith(PlainPassageFormatter.ELLIPSIS).contains("para pengawas kelurahan")
                .doesNotContain("\n").doesNotContain("  ");
        assertThat(s.context().text().length()).isBetween(100, 260);
    }

    @Test
    void whenOnlyTheHeadlineMatchesTheLeadIsShownWithoutMarks() throws InterruptedException {
        Release r = f.add("Klarifikasi Pemberitaan <i>Media</i>", "Bawaslu Kaur meluruskan berita daring.");
        f.awaitCaughtUp();

        SearchSnippet s = f.search.snippets("klarifikasi", List.of(r.id())).get(r.id());

        assertThat(s.headline().text()).isEqualTo("Klarifikasi Pemberitaan <i>Media</i>");
        assertThat(s.headline().matches()).containsExactly(new MatchRange(0, 11));
        assertThat(s.contextField()).isEqualTo(SearchField.LEAD);
        assertThat(s.context().text()).isEqualTo("Bawaslu Kaur meluruskan berita daring.");
        assertThat(s.context().hasMatches()).isFalse();
    }

    @Test
    void textWithoutSearchableWordsLeavesTheLibraryToItsOwnFilter() {
        assertThat(f.search.search(filter("di yang", null, null, null, false), 10)).isEmpty();
        assertThat(f.search.search(filter("  ", null, null, null, false), 10)).isEmpty();
    }

    private List<UUID> ids(String text) {
        return ids(filter(text, null, null, null, false));
    }

    private List<UUID> ids(LibraryFilter filter) {
        return f.search.rankedIds(filter, 100).orElseThrow().ids();
    }

    private static LibraryFilter filter(String text, ReleaseStatus status, ReleaseType type, UUID author,
            boolean trash) {
        return new LibraryFilter(status, type, author, text, trash);
    }
}
