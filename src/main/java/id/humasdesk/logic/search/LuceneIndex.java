package id.humasdesk.logic.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The index folder: one writer (used by the indexer thread only) and a searcher manager shared by
 * searches. The folder is read with positional reads ({@link NIOFSDirectory}), not memory-mapped:
 * every page of a mapped index that a search or the start-up check touches stays in the app's
 * resident memory (41 MB at 100,000 releases), while plain reads go through the system's file
 * cache, which it can reclaim; search-bench measured no slower (decision 0403). Every commit carries the schema stamp, so an index written with another analyzer, or
 * never finished, is recognised at the next start.
 */
final class LuceneIndex implements Closeable {
    static final String STAMP_KEY = "humasdesk.schema";
    /** The last outbox number whose change this commit holds (decision note 0603). */
    static final String CURSOR_KEY = "humasdesk.outboxCursor";
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SegmentIds ids = new SegmentIds();
    private final String stamp;
    private final long committedCursor;

    /** Why the index on disk cannot be used as it is. */
    static final class UnusableException extends Exception {
        private final boolean missing;

        UnusableException(String message, boolean missing, Throwable cause) {
            super(message, cause);
            this.missing = missing;
        }

        boolean missing() {
            return missing;
        }
    }

    private LuceneIndex(Directory directory, IndexWriter writer, String stamp, long cursor) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.stamp = stamp;
        this.committedCursor = cursor;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                ids.warm(reader); // on the thread that opens or refreshes, not in a search
                return new IndexSearcher(reader);
            }
        });
    }

    /**
     * Opens the index in {@code folder} and checks it end to end (every file's checksum), so a
     * damaged index is found at start and not in the middle of a search.
     */
    static LuceneIndex open(Path folder, IndexSchema schema) throws UnusableException {
        Directory dir = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(folder);
            dir = new NIOFSDirectory(folder);
            if (!DirectoryReader.indexExists(dir)) {
                throw new UnusableException("no index in " + folder, true, null);
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
            if (!schema.stamp().equals(data.get(STAMP_KEY))) {
                throw new UnusableException("index stamp " + data.get(STAMP_KEY) + ", wanted " + schema.stamp(),
                        false, null);
            }
            long cursor = parseCursor(data.get(CURSOR_KEY));
            writer = new IndexWriter(dir, config(schema, IndexWriterConfig.OpenMode.APPEND));
            LuceneIndex index = new LuceneIndex(dir, writer, schema.stamp(), cursor);
            index.verify();
            return index;
        } catch (UnusableException e) {
            IOUtils.closeWhileHandlingException(writer, dir);
            throw e;
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, dir);
            throw new UnusableException("unreadable index in " + folder + ": " + e, false, e);
        }
    }

    /** Empties {@code folder} and starts a new index there; nothing is committed until {@link #commit()}. */
    static LuceneIndex create(Path folder, IndexSchema schema) throws IOException {
        deleteContents(folder);
        Files.createDirectories(folder);
        Directory dir = new NIOFSDirectory(folder);
        try {
            IndexWriterConfig config = config(schema, IndexWriterConfig.OpenMode.CREATE);
            config.setRAMBufferSizeMB(64);
            return new LuceneIndex(dir, new IndexWriter(dir, config), schema.stamp(), -1);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(dir);
            throw e;
        }
    }

    private static IndexWriterConfig config(IndexSchema schema, IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
        config.setOpenMode(mode);
        // Changes count once committed together with the outbox clean-up; closing never commits.
        config.setCommitOnClose(false);
        return config;
    }

    private void verify() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
        } finally {
            searchers.release(s);
        }
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** The release ids of the documents, for the searchers of {@link #searchers()}. */
    SegmentIds ids() {
        return ids;
    }

    /**
     * The outbox number the index held when it was opened; -1 when its commit names none (made by
     * a version that deleted outbox rows instead of following them), which asks for a rebuild.
     */
    long openedCursor() {
        return committedCursor;
    }

    private static long parseCursor(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Makes the changes durable, stamped with the schema and with {@code cursor}, the last outbox
     * number they include, and visible to searches. The number is committed with the documents, so
     * after a crash the index and its cursor still agree.
     */
    void commit(long cursor) throws IOException {
        writer.setLiveCommitData(Map.of(STAMP_KEY, stamp, CURSOR_KEY, Long.toString(cursor)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    int numDocs() {
        return writer.getDocStats().numDocs;
    }

    /** Closes without committing: whatever was not committed is redone from the outbox. */
    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer::rollback, directory);
    }

    static void deleteContents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.deleteIfExists(folder);
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder)) {
            all = walk.filter(p -> !p.equals(folder)).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
