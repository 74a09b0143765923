package id.humasdesk.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * What Lucene's Indonesian analysis really does to the words of an election office, checked so a
 * library upgrade or a list edit that changes search results is noticed.
 */
class IndonesianAnalysisTest {
    private final Analyzer analyzer = IndexSchema.standard().analyzer();

    @Test
    void derivedFormsShareTheStemWhereTheStemmerAgrees() throws IOException {
        assertThat(terms("pengawasan pengawas pengawasannya")).containsExactly("awas", "awas", "awas");
        assertThat(terms("kehumasan")).containsExactly("humas");
        assertThat(terms("mengawasi diawasi")).containsExactly("awasi", "awasi");
        assertThat(terms("berkampanye kampanye")).containsExactly("kampanye", "kampanye");
    }

    @Test
    void theStemmerKeepsTheSuffixIOfMengawasiSoPengawasanDoesNotMeetIt() throws IOException {
        // Lucene's stemmer removes -an after peng- but leaves -i after meng-: "awas" versus "awasi".
        assertThat(terms("pengawasan")).isNotEqualTo(terms("mengawasi"));
    }

    @Test
    void acronymsAndNamesOnTheExclusionListStayWhole() throws IOException {
        assertThat(terms("Pemilu Pemilukada Perludem Divisi Maluku Kejari")).containsExactly("pemilu",
                "pemilukada", "perludem", "divisi", "maluku", "kejari");
        assertThat(terms("Bawaslu KPU Pilkada Gakkumdu Panwaslu PTPS")).containsExactly("bawaslu", "kpu",
                "pilkada", "gakkumdu", "panwaslu", "ptps");
    }

    @Test
    void withoutTheListTheStemmerChopsThem() throws IOException {
        Analyzer plain = new IndonesianAnalyzer();
        assertThat(terms(plain, "Pemilu Divisi Maluku")).containsExactly("ilu", "visi", "malu");
    }

    @Test
    void commonFunctionWordsAreNotIndexed() throws IOException {
        assertThat(terms("rapat di kantor yang baru")).containsExactly("rapat", "kantor", "baru");
    }

    @Test
    void theStampFollowsTheExclusionList() {
        IndexSchema standard = IndexSchema.standard();
        List<String> more = new ArrayList<>(standard.stemExclusions());
        more.add("pengawasan");
        assertThat(IndexSchema.withExclusions(more).stamp()).isNotEqualTo(standard.stamp());
        assertThat(IndexSchema.withExclusions(standard.stemExclusions()).stamp()).isEqualTo(standard.stamp());
    }

    private List<String> terms(String text) throws IOException {
        return terms(analyzer, text);
    }

    private static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
