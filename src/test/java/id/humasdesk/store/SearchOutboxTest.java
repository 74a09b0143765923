package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.ConflictException;
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
    void removedEntriesAreGoneAndOthersStay() {
        Release a = release("Satu");
        Release b = release("Dua");
        releases.insertAll(List.of(a, b));
        List<OutboxEntry> all = outbox.pending(0, 10);

        outbox.remove(List.of(all.get(0).seq()));

        assertThat(outbox.pending(0, 10)).extracting(OutboxEntry::releaseId).containsExactly(b.id());
        assertThat(outbox.pendingSequence()).containsExactly(all.get(1).seq());
        assertThat(outbox.pending(all.get(1).seq(), 10)).isEmpty();
    }

    @Test
    void removingRunsOfNumbersLeavesTheGapsAlone() {
        List<Release> five = List.of(release("1"), release("2"), release("3"), release("4"), release("5"));
        releases.insertAll(five);
        List<Long> seqs = outbox.pendingSequence();

        outbox.remove(List.of(seqs.get(4), seqs.get(0), seqs.get(1), seqs.get(3)));

        assertThat(outbox.pendingSequence()).containsExactly(seqs.get(2));
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
