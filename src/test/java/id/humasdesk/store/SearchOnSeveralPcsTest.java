package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseSummary;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two PCs of one office, each with its own data directory and search index, on one database
 * (decision note 0603): what is saved on one is found on the other, and the shared outbox keeps
 * what a PC still needs.
 */
@EveryStore
class SearchOnSeveralPcsTest {
    /** The bound a user would accept for "I saved it, my colleague searches for it". */
    private static final Duration FOUND_WITHIN = Duration.ofSeconds(10);
    private static final Duration WAIT = Duration.ofSeconds(60);
    @TempDir
    Path tmp;
    private TestOffice office;
    private Path pcA;
    private Path pcB;
    private Services a;
    private Services b;

    @BeforeEach
    void open() throws Exception {
        pcA = tmp.resolve("pc-a");
        pcB = tmp.resolve("pc-b");
        office = new TestOffice(pcA);
        a = office.services;
        b = openB();
        assertThat(a.search().awaitReady(WAIT)).isTrue();
    }

    /**
     * PC B is switched off. On H2 both "PCs" share one in-process file that closing either shuts
     * down, so PC A is restarted too (on the same clock); on PostgreSQL A simply carries on.
     */
    private void switchOffB() throws InterruptedException {
        b.close();
        b = null;
        if (StoreBackends.current() == StoreBackends.Backend.H2) {
            a.close();
            a = Wiring.open(pcA, StoreBackends.target(pcA), office.clock);
            assertThat(a.search().awaitReady(WAIT)).isTrue();
        }
    }

    private Services openB() throws InterruptedException {
        Services s = Wiring.open(pcB, StoreBackends.share(pcB, pcA), office.clock);
        assertThat(s.search().awaitReady(WAIT)).as("search on PC B ready").isTrue();
        return s;
    }

    @AfterEach
    void close() {
        if (b != null) {
            b.close();
        }
        a.close();
    }

    @Test
    void aReleaseSavedOnOnePcIsFoundBySearchOnTheOtherWithinSeconds() throws Exception {
        Release saved = saveOnA("Pengawasan Kampanye di Pasar Bintuhan", "Bawaslu Kaur mengawasi kampanye.");
        long t0 = System.nanoTime();

        List<UUID> found = awaitFoundOnB("pengawasan bintuhan", saved.id(), FOUND_WITHIN);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("[SearchOnSeveralPcsTest] " + StoreBackends.current()
                + ": saved on PC A, found by search on PC B after " + ms + " ms");

        assertThat(found).contains(saved.id());
        saveOnA(saved, "Patroli Masa Tenang di Pasar Bintuhan");
        assertThat(awaitFoundOnB("patroli tenang", saved.id(), FOUND_WITHIN))
                .as("an edit on A reaches B's index too").contains(saved.id());
    }

    @Test
    void rowsAPcHasNotReadStayInTheOutboxUntilItHasAndItCatchesUpWithoutLosingAny() throws Exception {
        switchOffB();
        List<UUID> whileBWasOff = new ArrayList<>();
        for (String h : List.of("Sosialisasi Pengawasan Partisipatif", "Rapat Pengawasan Tahapan",
                "Apel Pengawasan Masa Tenang")) {
            whileBWasOff.add(saveOnA(h, "Kegiatan pengawasan di Kaur.").id());
        }
        assertThat(a.search().awaitCaughtUp(WAIT)).isTrue();

        assertThat(outboxRows()).as("PC A has read and pruned what it could, but B still needs 3 rows")
                .isGreaterThanOrEqualTo(3);

        b = openB();
        assertThat(awaitFoundOnB("pengawasan", whileBWasOff.get(2), WAIT)).containsAll(whileBWasOff);
        assertThat(b.search().awaitCaughtUp(WAIT)).isTrue();
        saveOnA("Pengumuman Rekrutmen Panwascam", "Pendaftaran dibuka.");
        assertThat(a.search().awaitCaughtUp(WAIT)).isTrue();
        assertThat(b.search().awaitCaughtUp(WAIT)).isTrue();
        assertThat(a.search().awaitCaughtUp(WAIT)).isTrue();
        assertThat(outboxRows()).as("once both PCs passed them, the rows are pruned").isLessThanOrEqualTo(1);
    }

    @Test
    void aPcAwayLongerThanTheWindowIsNoLongerWaitedForAndRebuildsToFindEverything() throws Exception {
        Release before = saveOnA("Rapat Koordinasi Sentra Gakkumdu", "Rapat di kantor Bawaslu.");
        awaitFoundOnB("gakkumdu", before.id(), WAIT);
        switchOffB();

        office.clock.advance(Duration.ofDays(31)); // PC B's user is on leave past the 30-day window
        List<UUID> whileAway = new ArrayList<>();
        for (String h : List.of("Pengawasan Pemutakhiran Data Pemilih", "Pengawasan Distribusi Logistik")) {
            whileAway.add(saveOnA(h, "Kegiatan di Kaur.").id());
        }
        assertThat(a.search().awaitCaughtUp(WAIT)).isTrue();
        assertThat(outboxRows()).as("PC A no longer keeps changes for the absent PC").isZero();

        b = openB();
        List<UUID> found = awaitFoundOnB("pengawasan", whileAway.get(1), WAIT);
        assertThat(found).as("B rebuilt its index and finds what was saved while it was away")
                .containsAll(whileAway);
        assertThat(awaitFoundOnB("gakkumdu", before.id(), WAIT)).contains(before.id());
    }

    private Release saveOnA(String headline, String lead) {
        var drafts = a.drafts();
        var content = drafts.template(office.writer, ReleaseType.SIARAN_PERS).withHeadline(headline);
        return drafts.create(office.writer, ReleaseType.SIARAN_PERS, content.withParagraphs(List.of(lead)));
    }

    private Release saveOnA(Release r, String headline) {
        var drafts = a.drafts();
        Release current = drafts.load(r.id());
        return drafts.save(office.writer, r.id(), current.version(), current.content().withHeadline(headline));
    }

    /** Searches on PC B every 50 ms until {@code wanted} is among the hits or the time is up. */
    private List<UUID> awaitFoundOnB(String text, UUID wanted, Duration within) throws InterruptedException {
        LibraryFilter filter = new LibraryFilter(null, null, null, text, false);
        long deadline = System.nanoTime() + within.toNanos();
        List<UUID> ids = List.of();
        while (System.nanoTime() < deadline) {
            ids = b.search().search(filter, 100).map(r -> r.rows().stream().map(ReleaseSummary::id).toList())
                    .orElse(List.of());
            if (ids.contains(wanted)) {
                return ids;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not found on PC B within " + within + ": '" + text + "' gave " + ids);
    }

    private long outboxRows() throws Exception {
        try (Connection c = StoreBackends.connect(pcA); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM search_outbox")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
