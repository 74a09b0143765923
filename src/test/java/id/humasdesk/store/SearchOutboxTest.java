package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.common.ConflictException;
import id.humasdesk.logic.search.OutboxEntry;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every release change queues a search update in the same transaction, and only then. */
@EveryStore
class SearchOutboxTest {
    private static final Instant T0 = Instant.parse("2026-11-01T03:00:00Z");
    private static final UUID WRITER = UUID.randomUUID();
    @TempDir
    Path dir;
    private Database db;
    private JdbcReleaseRepository releases;
    private JdbcSearchSource outbox;
    private int numbers;

    @BeforeEach
    void open() {
        db = Database.open(StoreBackends.target(dir));
        releases = new JdbcReleaseRepository(db);
        outbox = new JdbcSearchSource(db);
        new JdbcUserRepository(db).insert(new User(WRITER, "penulis1", "Rina Marlina", Set.of(Role.WRITER), true),
                "-", T0);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCommittedInsertAndUpdateEachQueueTheirRelease() {
        Release r = release("Rapat Koordinasi");
        db.run(() -> releases.insert(r));
        db.run(() -> releases.update(r.withStatus(ReleaseStatus.IN_REVIEW, T0.plusSeconds(60))));

        assertThat(outbox.pending(0, 10)).extracting(OutboxEntry::releaseId).containsExactly(r.id(), r.id());
    }

    @Test
    void aRolledBackTransactionLeavesNeitherReleaseNorOutboxRow() {
        Release r = release("Rapat yang Batal");

        assertThatThrownBy(() -> db.run(() -> {
            releases.insert(r);
            throw new IllegalStateException("writer cancelled");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(releases.findById(r.id())).isEmpty();
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void aConflictingUpdateQueuesNothing() {
        Release r = release("Apel Siaga");
        releases.insert(r);
        releases.update(r.withStatus(ReleaseStatus.IN_REVIEW, T0));
        int before = outbox.pendingCount();

        assertThatThrownBy(() -> releases.update(r.withStatus(ReleaseStatus.APPROVED, T0)))
                .isInstanceOf(ConflictException.class);
        assertThat(outbox.pendingCount()).isEqualTo(before);
    }

    @Test
    void aBatchInsertWithoutTheCallersTransactionIsStillAllOrNothing() {
        Release ok = release("Satu");
        Release duplicate = new Release(UUID.randomUUID(), ok.officeCode(), ok.number(), ok.type(), ok.status(),
                ok.content(), ok.authorId(), ok.createdAt(), ok.updatedAt(), 1, false);

        assertThatThrownBy(() -> releases.insertAll(List.of(ok, duplicate))).isInstanceOf(RuntimeException.class);

        assertThat(releases.findById(ok.id())).isEmpty();
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void numbersHaveNoGapsEvenAfterARolledBackChange() {
        releases.insertAll(List.of(release("Satu"), release("Dua")));
        assertThatThrownBy(() -> db.run(() -> {
            releases.insert(release("Batal"));
            throw new IllegalStateException("writer cancelled");
        })).isInstanceOf(IllegalStateException.class);
        releases.insert(release("Tiga"));

        assertThat(outbox.pending(0, 10)).extracting(OutboxEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(outbox.lastSeq()).isEqualTo(3);
    }

    @Test
    void pruningKeepsEveryRowAnActivePcHasNotPassedAndLeavesAnAbsentPcBehind() {
        for (int i = 0; i < 6; i++) {
            releases.insert(release("Rilis " + i));
        }
        Instant now = T0.plus(Duration.ofDays(60));
        outbox.follow("pc-a", "PC-A", 2, now);
        outbox.follow("pc-b", "PC-B", 5, now.minus(Duration.ofDays(29)));
        outbox.follow("pc-away", "PC-CUTI", 1, now.minus(Duration.ofDays(31)));

        int pruned = outbox.prune(now.minus(Duration.ofDays(30)));

        assertThat(pruned).as("only what PC-A, the slowest active PC, has passed").isEqualTo(2);
        assertThat(outbox.pending(0, 10)).extracting(OutboxEntry::seq).containsExactly(3L, 4L, 5L, 6L);
        assertThat(outbox.follow("pc-a", "PC-A", 2, now)).as("PC-A has missed nothing").isEqualTo(2);
        assertThat(outbox.follow("pc-away", "PC-CUTI", 1, now))
                .as("the horizon is past the absent PC's cursor: it has to rebuild").isGreaterThan(1);
    }

    @Test
    void aNewPcStartsAtTheNewestNumberAndHoldsBackPruningFromThere() {
        releases.insertAll(List.of(release("Satu"), release("Dua"), release("Tiga")));
        Instant now = T0.plus(Duration.ofDays(1));
        outbox.follow("pc-a", "PC-A", 3, now);

        assertThat(outbox.startAtNewest("pc-new", "PC-BARU", now)).isEqualTo(3);
        releases.insert(release("Empat"));
        outbox.follow("pc-a", "PC-A", 4, now);
        outbox.prune(now.minus(Duration.ofDays(30)));

        assertThat(outbox.pending(3, 10)).as("the new PC still needs number 4").extracting(OutboxEntry::seq)
                .containsExactly(4L);
        assertThat(outbox.pending(0, 10)).extracting(OutboxEntry::seq).containsExactly(4L);
    }

    @Test
    void theIndexerReadsReleasesByIdAndInIdOrder() {
        Release a = release("Satu");
        Release b = release("Dua");
        Release c = release("Tiga");
        releases.insertAll(List.of(a, b, c));

        assertThat(outbox.releases(List.of(b.id(), UUID.randomUUID()))).extracting(Release::id)
                .containsExactly(b.id());
        List<Release> first = outbox.releasesAfter(null, 2);
        List<Release> rest = outbox.releasesAfter(first.get(1).id(), 2);
        assertThat(first).hasSize(2);
        assertThat(Stream.concat(first.stream(), rest.stream()).map(Release::id))
                .as("pages in id order cover every release once").containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        assertThat(outbox.countReleases()).isEqualTo(3);
    }

    private Release release(String headline) {
        numbers++;
        ReleaseContent c = ReleaseContent.empty().withHeadline(headline);
        return new Release(UUID.randomUUID(), "KAUR", numbers + "/HM/2026", ReleaseType.PENGUMUMAN,
                ReleaseStatus.DRAFT, c, WRITER, T0, T0, 1, false);
    }
}
