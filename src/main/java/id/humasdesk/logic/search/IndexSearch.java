package id.humasdesk.logic.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** Searches one open index: ranked ids and snippets. */
final class IndexSearch {
    private static final SearchField[] CONTEXT_ORDER = {SearchField.LEAD, SearchField.BODY, SearchField.NARASUMBER,
        SearchField.TAGS};

    private IndexSearch() {
    }

    /**
     * The best {@code limit} matches by score alone and the exact number of all matches. A
     * secondary sort (newest first among equal scores) made broad queries several times slower.
     */
    static RankedIds rank(IndexSearcher searcher, SegmentIds idTable, Query query, int limit) throws IOException {
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, limit), Integer.MAX_VALUE));
        return new RankedIds(ids(searcher, idTable, top.scoreDocs), (int) top.totalHits.value);
    }

    /** Release ids of the hits, in the hits' order, from the in-memory id table. */
    static List<UUID> ids(IndexSearcher searcher, SegmentIds idTable, ScoreDoc[] hits) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<UUID> out = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            UUID id = idTable.id(leaf.reader(), hit.doc - leaf.docBase);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** Snippets for those of {@code ids} that match {@code text}, keyed by release id. */
    static Map<UUID, SearchSnippet> snippets(IndexSearcher searcher, SegmentIds idTable, Analyzer analyzer,
            Query text, Collection<UUID> ids) throws IOException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        TopDocs top = searcher.search(Queries.ids(text, ids), ids.size());
        List<UUID> found = ids(searcher, idTable, top.scoreDocs);
        int[] docIds = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
        if (found.size() != docIds.length) {
            return Map.of();
        }
        SearchField[] fields = SearchField.values();
        String[] names = Arrays.stream(fields).map(IndexSearch::fieldName).toArray(String[]::new);
        Map<String, Object[]> marked = new SnippetHighlighter(searcher, analyzer).highlight(names, text, docIds);
        Map<UUID, SearchSnippet> out = new LinkedHashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            Map<SearchField, PlainPassageFormatter.Formatted> perField = new HashMap<>();
            for (SearchField f : fields) {
                Object o = marked.get(fieldName(f))[i];
                if (o instanceof PlainPassageFormatter.Formatted formatted) {
                    perField.put(f, formatted);
                }
            }
            PlainPassageFormatter.Formatted headline = perField.get(SearchField.HEADLINE);
            SearchField best = bestContext(perField);
            PlainPassageFormatter.Formatted context = best == null ? null : perField.get(best);
            out.put(found.get(i), new SearchSnippet(found.get(i),
                    headline == null ? new Highlight("", List.of()) : headline.highlight(),
                    best == null ? SearchField.LEAD : best,
                    context == null ? new Highlight("", List.of()) : context.highlight()));
        }
        return out;
    }

    /** The field whose passage holds most query words, earlier fields winning ties; else the plain lead. */
    private static SearchField bestContext(Map<SearchField, PlainPassageFormatter.Formatted> perField) {
        SearchField best = null;
        int most = 0;
        for (SearchField f : CONTEXT_ORDER) {
            PlainPassageFormatter.Formatted p = perField.get(f);
            if (p != null && p.distinctMatches() > most) {
                best = f;
                most = p.distinctMatches();
            }
        }
        if (best == null && perField.containsKey(SearchField.LEAD)) {
            best = SearchField.LEAD;
        }
        return best;
    }

    static String fieldName(SearchField f) {
        return switch (f) {
            case HEADLINE -> IndexSchema.HEADLINE;
            case LEAD -> IndexSchema.LEAD;
            case BODY -> IndexSchema.BODY;
            case NARASUMBER -> IndexSchema.NARASUMBER;
            case TAGS -> IndexSchema.TAGS;
        };
    }
}
