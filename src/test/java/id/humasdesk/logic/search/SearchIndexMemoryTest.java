package id.humasdesk.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the search index (with its end-to-end checksum check) and searching it map none of its
 * files into the app's memory: a mapped index stayed resident in the app, 41 MB at 100,000
 * releases (decision 0403). Read from /proc/self/maps, so Linux only.
 */
class SearchIndexMemoryTest {

    @Test
    void openingCheckingAndSearchingTheIndexMapsNoneOfItsFiles(@TempDir Path tmp) throws Exception {
        Path maps = Path.of("/proc/self/maps");
        assumeTrue(Files.isReadable(maps), "needs /proc/self/maps (Linux)");
        Path folder = tmp.resolve("index");
        try (LuceneIndex index = LuceneIndex.create(folder, IndexSchema.standard())) {
            for (int i = 0; i < 200; i++) {
                Document d = new Document();
                d.add(new TextField("memtest", "pengawasan pemilu nomor " + i, Field.Store.YES));
                index.writer().addDocument(d);
            }
            index.commit(7);
        }
        try (LuceneIndex index = LuceneIndex.open(folder, IndexSchema.standard())) {
            IndexSearcher s = index.searchers().acquire();
            try {
                assertEquals(200, s.count(new TermQuery(new Term("memtest", "pemilu"))));
            } finally {
                index.searchers().release(s);
            }
            List<String> mapped = Files.readAllLines(maps).stream()
                    .filter(l -> l.contains(folder.toString())).toList();
            assertTrue(mapped.isEmpty(), "index files mapped into memory: " + mapped);
        }
    }
}
