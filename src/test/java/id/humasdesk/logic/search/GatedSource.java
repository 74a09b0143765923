package id.humasdesk.logic.search;

import id.humasdesk.model.Release;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The real source, except that a rebuild's scan waits at a gate the test opens. */
final class GatedSource implements SearchSource {
    private final SearchSource real;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch scanning = new CountDownLatch(1);

    GatedSource(SearchSource real) {
        this.real = real;
    }

    void open() {
        gate.countDown();
    }

    boolean awaitScanning() throws InterruptedException {
        return scanning.await(30, TimeUnit.SECONDS);
    }

    @Override
    public List<Release> releasesAfter(UUID after, int limit) {
        scanning.countDown();
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return real.releasesAfter(after, limit);
    }

    @Override
    public List<OutboxEntry> pending(long afterSeq, int limit) {
        return real.pending(afterSeq, limit);
    }

    @Override
    public long lastSeq() {
        return real.lastSeq();
    }

    @Override
    public int pendingCount() {
        return real.pendingCount();
    }

    @Override
    public long follow(String pcId, String pcName, long cursor, Instant now) {
        return real.follow(pcId, pcName, cursor, now);
    }

    @Override
    public long startAtNewest(String pcId, String pcName, Instant now) {
        return real.startAtNewest(pcId, pcName, now);
    }

    @Override
    public int prune(Instant activeSince) {
        return real.prune(activeSince);
    }

    @Override
    public List<Release> releases(Collection<UUID> ids) {
        return real.releases(ids);
    }

    @Override
    public int countReleases() {
        return real.countReleases();
    }
}
