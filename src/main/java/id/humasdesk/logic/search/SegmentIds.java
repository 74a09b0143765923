package id.humasdesk.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The release id of every document, per index segment, held in memory as two longs (16 bytes a
 * release, 1.6 MB at 100,000). Reading 1,000 ranked ids from the id field's doc values meant 1,000
 * look-ups in its compressed terms dictionary, about 40% of a broad query (decision note 0201); here
 * it is an array read. A segment's table is built once, from its doc values read in order, when a
 * searcher is opened on it (on the indexer thread), and dropped when the segment is closed. A
 * segment never changes its documents (deletions only hide them), so a table never goes stale.
 */
final class SegmentIds {
    private final Map<IndexReader.CacheKey, Table> bySegment = new ConcurrentHashMap<>();

    /** Builds the tables of the segments that do not have one yet. */
    void warm(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            table(leaf.reader());
        }
    }

    /** The id of segment document {@code doc}, or null when it has none. */
    UUID id(LeafReader segment, int doc) throws IOException {
        return table(segment).id(doc);
    }

    /** Segments with a table now (for tests). */
    int segments() {
        return bySegment.size();
    }

    private Table table(LeafReader segment) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return Table.read(segment); // not cacheable (never so for the segments of an index on disk)
        }
        Table t = bySegment.get(helper.getKey());
        if (t != null) {
            return t;
        }
        try {
            return bySegment.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(bySegment::remove);
                try {
                    return Table.read(segment);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Most and least significant halves per document; {@code present} marks documents with an id. */
    private record Table(long[] halves, FixedBitSet present) {
        static Table read(LeafReader segment) throws IOException {
            int maxDoc = segment.maxDoc();
            SortedSetDocValues values = DocValues.getSortedSet(segment, IndexSchema.ID);
            long count = values.getValueCount();
            long[] byOrd = new long[Math.toIntExact(count * 2)];
            TermsEnum terms = values.termsEnum();
            int ord = 0;
            for (BytesRef term = terms.next(); term != null; term = terms.next(), ord++) {
                UUID id = UUID.fromString(term.utf8ToString());
                byOrd[2 * ord] = id.getMostSignificantBits();
                byOrd[2 * ord + 1] = id.getLeastSignificantBits();
            }
            long[] halves = new long[2 * maxDoc];
            FixedBitSet present = new FixedBitSet(Math.max(1, maxDoc));
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                int o = (int) values.nextOrd();
                halves[2 * doc] = byOrd[2 * o];
                halves[2 * doc + 1] = byOrd[2 * o + 1];
                present.set(doc);
            }
            return new Table(halves, present);
        }

        UUID id(int doc) {
            return present.get(doc) ? new UUID(halves[2 * doc], halves[2 * doc + 1]) : null;
        }
    }
}
