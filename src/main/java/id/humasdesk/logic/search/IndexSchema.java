package id.humasdesk.logic.search;

import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.Version;

/**
 * How a release becomes a Lucene document, and the analyzer both sides use. The stamp names this
 * layout and the analyzer's word lists; an index with another stamp is rebuilt.
 */
final class IndexSchema {
    /** Raise when fields or their indexing change; word-list edits change the stamp by themselves. */
    static final int LAYOUT = 1;
    static final String ID = "id";
    static final String HEADLINE = "headline";
    static final String LEAD = "lead";
    static final String BODY = "body";
    static final String NARASUMBER = "narasumber";
    static final String TAGS = "tags";
    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String AUTHOR = "author";
    static final String TRASHED = "trashed";
    static final String UPDATED = "updated";
    /** Text fields and their weight in ranking: a word in the headline counts most. */
    static final Map<String, Float> WEIGHTS = Map.of(HEADLINE, 4f, TAGS, 2f, LEAD, 1.5f, NARASUMBER, 1.5f, BODY, 1f);
    static final String[] TEXT_FIELDS = {HEADLINE, LEAD, BODY, NARASUMBER, TAGS};
    private static final String EXCLUSIONS = "/id/humasdesk/search/stem-exclusions.txt";

    private final List<String> stemExclusions;
    private final String stamp;

    private IndexSchema(List<String> stemExclusions) {
        this.stemExclusions = List.copyOf(stemExclusions);
        this.stamp = computeStamp();
    }

    static IndexSchema standard() {
        return new IndexSchema(loadExclusions());
    }

    /** A schema with another exclusion list: how tests see an analyzer change. */
    static IndexSchema withExclusions(List<String> stemExclusions) {
        return new IndexSchema(stemExclusions);
    }

    /** A fresh analyzer: Indonesian stop words and stemming, with the exclusions left unstemmed. */
    Analyzer analyzer() {
        return new IndonesianAnalyzer(IndonesianAnalyzer.getDefaultStopSet(), new CharArraySet(stemExclusions, true));
    }

    List<String> stemExclusions() {
        return stemExclusions;
    }

    /** Names everything that decides which terms land in the index. */
    String stamp() {
        return stamp;
    }

    static Document document(Release r) {
        ReleaseContent c = r.content();
        Document d = new Document();
        d.add(new KeywordField(ID, r.id().toString(), Field.Store.NO));
        d.add(new TextField(HEADLINE, c.headline(), Field.Store.YES));
        String lead = c.subheadline().isEmpty() ? c.lead() : c.subheadline() + "\n" + c.lead();
        d.add(new TextField(LEAD, lead, Field.Store.YES));
        d.add(new TextField(BODY, c.bodyText(), Field.Store.YES));
        d.add(new TextField(NARASUMBER, c.narasumber().stream().map(IndexSchema::person)
                .collect(Collectors.joining("; ")), Field.Store.YES));
        List<String> tags = new ArrayList<>(c.tags());
        if (!c.tahapan().isEmpty()) {
            tags.add(c.tahapan());
        }
        d.add(new TextField(TAGS, String.join(", ", tags), Field.Store.YES));
        d.add(new KeywordField(STATUS, r.status().name(), Field.Store.NO));
        d.add(new KeywordField(TYPE, r.type().name(), Field.Store.NO));
        d.add(new KeywordField(AUTHOR, r.authorId().toString(), Field.Store.NO));
        d.add(new KeywordField(TRASHED, Boolean.toString(r.trashed()), Field.Store.NO));
        d.add(new LongField(UPDATED, r.updatedAt() == null ? 0 : r.updatedAt().toEpochMilli(), Field.Store.NO));
        return d;
    }

    private static String person(Narasumber n) {
        return n.title().isEmpty() ? n.name() : n.name() + ", " + n.title();
    }

    private String computeStamp() {
        StringBuilder all = new StringBuilder();
        all.append("layout=").append(LAYOUT).append("\nlucene=").append(Version.LATEST.major);
        TreeSet<String> stop = new TreeSet<>();
        IndonesianAnalyzer.getDefaultStopSet().forEach(w -> stop.add(new String((char[]) w)));
        all.append("\nstop=").append(String.join(",", stop));
        all.append("\nexclusions=").append(String.join(",", new TreeSet<>(stemExclusions)));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return LAYOUT + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> loadExclusions() {
        try (InputStream in = IndexSchema.class.getResourceAsStream(EXCLUSIONS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + EXCLUSIONS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
