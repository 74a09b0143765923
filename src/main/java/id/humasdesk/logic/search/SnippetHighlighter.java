package id.humasdesk.logic.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Lucene's unified highlighter, set up for library rows: the whole headline, one passage of about
 * {@value #CONTEXT_CHARS} characters centred on the matches elsewhere, formatted as plain text.
 * Offsets come from re-analysing the stored text, which is quick for the few rows on screen.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    static final int CONTEXT_CHARS = 160;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new PlainPassageFormatter())
                .withMaxLength(100_000));
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        if (field.equals(IndexSchema.HEADLINE) || field.equals(IndexSchema.TAGS)) {
            return new WholeBreakIterator();
        }
        return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(Locale.ROOT),
                CONTEXT_CHARS, 0.5f);
    }

    /** The headline always comes back; the lead's start stands in when only the headline matched. */
    @Override
    protected int getMaxNoHighlightPassages(String field) {
        return field.equals(IndexSchema.HEADLINE) || field.equals(IndexSchema.LEAD) ? 1 : 0;
    }

    /** Per field, one {@link PlainPassageFormatter.Formatted} (or null) per document, in {@code docIds} order. */
    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds) throws IOException {
        int[] one = new int[fields.length];
        Arrays.fill(one, 1);
        return highlightFieldsAsObjects(fields, query, docIds, one);
    }
}
