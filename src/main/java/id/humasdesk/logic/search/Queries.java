package id.humasdesk.logic.search;

import id.humasdesk.logic.library.LibraryFilter;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Turns what a user typed into a query. The simple syntax never fails on odd input: every word must
 * match somewhere ("politik uang" finds releases with both), "quotes" ask for a phrase, -word
 * excludes, word* matches a beginning, a | b means either.
 */
final class Queries {
    private static final int SYNTAX = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR;

    private Queries() {
    }

    /** The text part; empty when nothing searchable is left (blank, or only stop words like "di"). */
    static Optional<Query> text(Analyzer analyzer, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, IndexSchema.WEIGHTS, SYNTAX);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query q = parser.parse(text);
        return q == null || q instanceof MatchNoDocsQuery ? Optional.empty() : Optional.of(q);
    }

    /** The text query narrowed by the library's other filters, which do not affect the ranking. */
    static Query filtered(Query text, LibraryFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        // Every document is trashed "true" or "false". Few are in the trash, so "not in the trash"
        // excludes a short list instead of intersecting with a list of nearly every document
        // (about a third of a broad query's time, decision note 0201); same matches, same scores.
        Query inTrash = KeywordField.newExactQuery(IndexSchema.TRASHED, Boolean.TRUE.toString());
        b.add(inTrash, f.trash() ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT);
        if (f.status() != null) {
            b.add(KeywordField.newExactQuery(IndexSchema.STATUS, f.status().name()), BooleanClause.Occur.FILTER);
        }
        if (f.type() != null) {
            b.add(KeywordField.newExactQuery(IndexSchema.TYPE, f.type().name()), BooleanClause.Occur.FILTER);
        }
        if (f.authorId() != null) {
            b.add(KeywordField.newExactQuery(IndexSchema.AUTHOR, f.authorId().toString()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    static Query ids(Query text, Collection<UUID> ids) {
        return new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(KeywordField.newSetQuery(IndexSchema.ID, ids.stream().map(id -> new BytesRef(id.toString()))
                        .toList()), BooleanClause.Occur.FILTER)
                .build();
    }
}
