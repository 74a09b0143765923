package id.humasdesk.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.logic.check.CheckEvaluation.Annotation;
import id.humasdesk.logic.check.CheckEvaluation.PairReport;
import id.humasdesk.logic.check.CheckEvaluation.Report;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluation harness counts what an annotator decided, not what the checker thinks of itself. */
class CheckEvaluationTest {

    @Test
    void countsTrueAndFalseFindingsMissedErrorsAndFirstSuggestions() {
        String text = "Panitia menyiapkan dokumen pemilihn di gudang kantor camat.";
        int typo = text.indexOf("pemilihn");
        List<Annotation> judged = CheckEvaluation.readAnnotations(new StringReader(
                "# comment\n"
                        + "a.txt\t" + typo + "\tpemilihn\ttrue\tpemilihan\ttypo\n"
                        + "a.txt\t" + text.indexOf("gudang") + "\tgudang\ttrue\tgedung\ttypo invented to be missed\n"));

        Report r = CheckEvaluation.evaluate(Map.of("a.txt", text), judged, Checkers.shared(), CheckContext.none());

        assertThat(r.words()).isEqualTo(8);
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.falseAlarms()).isZero();
        assertThat(r.trueErrors()).isEqualTo(2);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.missed()).extracting(Annotation::word).containsExactly("gudang");
        assertThat(r.typos()).isEqualTo(1);
        assertThat(r.typosFirstRight()).isEqualTo(1);
    }

    @Test
    void aFindingJudgedFalseIsAFalseAlarmAndWrongAdviceWhenItSuggestsAChange() {
        String text = "Rapat digelar di Desa Kedungwaringin pada Senin.";
        Report unjudged = CheckEvaluation.evaluate(Map.of("b.txt", text), List.of(), Checkers.shared(),
                CheckContext.none());
        List<Annotation> allFalse = unjudged.rows().stream()
                .map(row -> new Annotation("b.txt", row.finding().offset(), row.finding().word(), false, "", "name"))
                .toList();

        Report r = CheckEvaluation.evaluate(Map.of("b.txt", text), allFalse, Checkers.shared(), CheckContext.none());

        assertThat(r.unannotated()).isZero();
        assertThat(r.falseAlarms()).isEqualTo(r.shown());
        assertThat(r.falseAlarmsPerThousandWords()).isEqualTo(r.falseAlarms() * 1000.0 / r.words());
    }

    @Test
    void pairModeWantsTheNonStandardFormFlaggedWithTheStandardFirstAndTheStandardFormLeftAlone() {
        PairReport r = CheckEvaluation.evaluatePairs(
                CheckEvaluation.readPairs(new StringReader("resiko\trisiko\nkantor\tkantor\n")), Checkers.shared());

        assertThat(r.pairs()).isEqualTo(2);
        assertThat(r.nonstandardFlagged()).isEqualTo(1);
        assertThat(r.firstSuggestionRight()).isEqualTo(1);
        assertThat(r.misses()).containsExactly("kantor\tkantor");
        assertThat(r.standardFlagged()).isZero();
    }

    @Test
    void aBadAnnotationLineIsRefusedWithItsNumber() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CheckEvaluation.readAnnotations(
                new StringReader("a.txt\t3\tkata\tmaybe\n"))).hasMessageContaining("line 1");
    }
}
