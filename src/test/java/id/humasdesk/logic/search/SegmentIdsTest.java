package id.humasdesk.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranked ids come from an in-memory table per index segment: whatever the index went through
 * (many small commits, edits that move a release to a newer segment, deletions, a merge), every
 * hit names the release that matched, and tables of segments that are gone are dropped.
 */
class SegmentIdsTest {
    private static final Instant T0 = Instant.parse("2026-11-01T03:00:00Z");

    @Test
    void everyHitNamesTheReleaseThatMatchedThroughEditsDeletionsAndMerges(@TempDir Path tmp) throws Exception {
        IndexSchema schema = IndexSchema.standard();
        Map<String, UUID> byCode = new LinkedHashMap<>();
        List<UUID> deleted = new ArrayList<>();
        try (LuceneIndex index = LuceneIndex.create(tmp.resolve("index"), schema)) {
            int n = 0;
            for (int commit = 0; commit < 12; commit++) { // one segment per commit
                for (int i = 0; i < 5; i++, n++) {
                    Release r = release(UUID.randomUUID(), "zq" + n);
                    byCode.put("zq" + n, r.id());
                    index.writer().addDocument(IndexSchema.document(r));
                }
                index.commit(commit);
            }
            // an edit re-adds the document in a newer segment; a deletion hides it
            for (int i = 0; i < n; i += 7) {
                UUID id = byCode.get("zq" + i);
                index.writer().updateDocument(new Term(IndexSchema.ID, id.toString()),
                        IndexSchema.document(release(id, "zq" + i + " zqedited")));
            }
            UUID gone = byCode.remove("zq3");
            deleted.add(gone);
            index.writer().deleteDocuments(new Term(IndexSchema.ID, gone.toString()));
            index.commit(100);
            assertEveryCodeFindsItsRelease(index, schema, byCode, deleted);

            index.writer().forceMerge(1);
            index.commit(101);
            assertEveryCodeFindsItsRelease(index, schema, byCode, deleted);
            IndexSearcher s = index.searchers().acquire();
            try {
                assertThat(s.getIndexReader().leaves()).hasSize(1);
                assertThat(index.ids().segments()).as("tables of merged-away segments are dropped").isEqualTo(1);
            } finally {
                index.searchers().release(s);
            }
        }
    }

    private static void assertEveryCodeFindsItsRelease(LuceneIndex index, IndexSchema schema,
            Map<String, UUID> byCode, List<UUID> deleted) throws Exception {
        IndexSearcher s = index.searchers().acquire();
        try {
            for (Map.Entry<String, UUID> e : byCode.entrySet()) {
                assertThat(rank(s, index, schema, e.getKey()).ids()).as(e.getKey()).containsExactly(e.getValue());
            }
            RankedIds all = rank(s, index, schema, "Bawaslu");
            assertThat(all.ids()).containsExactlyInAnyOrderElementsOf(byCode.values()).doesNotContainAnyElementsOf(
                    deleted);
            assertThat(all.totalHits()).isEqualTo(byCode.size());
            assertThat(rank(s, index, schema, "zqedited").ids()).hasSize(9);
        } finally {
            index.searchers().release(s);
        }
    }

    private static RankedIds rank(IndexSearcher s, LuceneIndex index, IndexSchema schema, String text)
            throws Exception {
        LibraryFilter filter = new LibraryFilter(null, null, null, text, false);
        return IndexSearch.rank(s, index.ids(),
                Queries.filtered(Queries.text(schema.analyzer(), text).orElseThrow(), filter), 1_000);
    }

    private static Release release(UUID id, String code) {
        ReleaseContent c = new ReleaseContent("Bawaslu Kaur Rapat " + code, "", "Kaur", null, "Rapat berjalan.",
                List.of("Isi."), List.of(new Narasumber("Ahmad Siregar", "Ketua", "")), List.of("sidang"), "", "", "",
                "", List.of());
        return new Release(id, "KAUR", "1/HM.01/KAUR/11/2026", ReleaseType.BERITA_KEGIATAN, ReleaseStatus.DRAFT, c,
                UUID.fromString("00000000-0000-0000-0000-00000000000a"), T0, T0, 1, false);
    }
}
