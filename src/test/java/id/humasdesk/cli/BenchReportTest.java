package id.humasdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    @Test
    void aLineIsOneJsonObjectWithTextEscapedAndFiguresRounded() throws Exception {
        StringWriter s = new StringWriter();
        new BenchReport(new PrintWriter(s)).figure("search_query").put("query", "\"politik uang\" \\ KPU")
                .put("hits", 12).put("ok", true).timings("", new double[] {3.333, 1.0, 2.0}, 2)
                .put("recall", Double.NaN, 4).print();
        String line = s.toString();
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode n = new ObjectMapper().readTree(line);
        assertThat(n.path("figure").asText()).isEqualTo("search_query");
        assertThat(n.path("query").asText()).isEqualTo("\"politik uang\" \\ KPU");
        assertThat(line).contains("\"median_ms\":2.00", "\"min_ms\":1.00", "\"max_ms\":3.33", "\"recall\":null");
        assertThat(n.fieldNames()).toIterable().containsExactly("figure", "query", "hits", "ok", "median_ms",
                "min_ms", "max_ms", "recall");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(BenchReport.median(new double[] {9, 1, 5})).isEqualTo(5);
        assertThat(BenchReport.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(BenchReport.median(new double[0])).isNaN();
        assertThat(BenchReport.percentile(new double[] {5, 1, 4, 2, 3, 6, 7, 8, 9, 10}, 95)).isEqualTo(10);
        assertThat(BenchReport.percentile(new double[] {5, 1, 4, 2, 3, 6, 7, 8, 9, 10}, 50)).isEqualTo(5);
    }
}
