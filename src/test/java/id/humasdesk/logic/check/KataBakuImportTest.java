package id.humasdesk.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.logic.check.KataBakuImport.Result;
import id.humasdesk.logic.check.KataBakuImport.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pairs imported from a public list (decision 0116): the stated rules, and nothing edited by hand. */
class KataBakuImportTest {
    private static final WritingChecker CHECKER = Checkers.shared();

    @Test
    void theShippedTableIsExactlyWhatTheRulesGiveFromTheKeptSource() throws IOException {
        Result r = KataBakuImport.run(Files.readString(KataBakuImport.SOURCE, StandardCharsets.UTF_8),
                KataBaku.read(Files.newInputStream(KataBakuImport.CURATED)),
                KataBakuImport.correctForms(Files.readString(KataBakuImport.ANNOTATIONS, StandardCharsets.UTF_8)),
                CHECKER.spelling(),
                KataBakuImport.rejected(Files.readString(KataBakuImport.REVIEW, StandardCharsets.UTF_8)));
        assertThat(r.counts().get(KataBakuImport.Rule.R13_REVIEW)).as("every rejected pair of the review was kept "
                + "by the earlier rules: a stale review line would hide nothing").isEqualTo(
                KataBakuImport.rejected(Files.readString(KataBakuImport.REVIEW, StandardCharsets.UTF_8)).size());
        assertThat(Files.readString(KataBakuImport.IMPORTED, StandardCharsets.UTF_8))
                .isEqualTo(KataBakuImport.importedFile(r));
        assertThat(Files.readString(KataBakuImport.DROPPED, StandardCharsets.UTF_8))
                .isEqualTo(KataBakuImport.droppedFile(r));
        // every line of the source is either kept or dropped with its rule
        assertThat(r.kept().size() + r.dropped().size()).isEqualTo(r.read());
    }

    @Test
    void eachRuleDropsWhatItSaysAndKeepsTheRest() {
        String source = String.join("\n",
                "dekret|dekrit7", // R1: a footnote digit
                "museum|museum", // R2
                "olahraga|olah raga", // R3: two words cannot be matched
                "di antara|diantara", // R4: only the space differs
                "kantor|kantur", "kantur|kantor", // R5: both directions
                "zzbakuzz|zzformzz", // R6: the standard side is not a word
                "rapi|rapih", // R7: the curated table has it
                "rumah|rapi", // R8: the curated table has the form as a standard form
                "sah|syah", // R9: a name, excluded by decision 0102
                "grup|group", // R10: an English word
                "hanya|cuma", // R11: another word, not a spelling variant
                "kerap|kerab", // R12: judged correct in the corpus
                "kempis|kempes", // kept
                "sabtu|saptu", // kept, with the capital the dictionary asks for
                "");
        Result r = KataBakuImport.run(source, Map.of("rapih", "rapi"), Set.of("kerab"), CHECKER.spelling());
        assertThat(r.kept()).containsExactly(Map.entry("kempes", "kempis"), Map.entry("saptu", "Sabtu"));
        assertThat(r.dropped()).extracting(d -> d[1] + "|" + d[0] + " " + d[2]).containsExactly(
                "dekret|dekrit7 R1_MALFORMED", "museum|museum R2_SAME", "olahraga|olah raga R3_MULTI_WORD",
                "di antara|diantara R4_WORD_BOUNDARY", "kantor|kantur R5_CONTRADICTORY",
                "kantur|kantor R5_CONTRADICTORY", "zzbakuzz|zzformzz R6_STANDARD_UNKNOWN",
                "rapi|rapih R7_ALREADY_CURATED", "rumah|rapi R8_CONFLICTS_CURATED",
                "sah|syah R9_NAME_OR_EXCLUDED", "grup|group R10_ENGLISH", "hanya|cuma R11_OTHER_WORD",
                "kerap|kerab R12_CORPUS_CORRECT");
        assertThat(r.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(13);
        assertThat(r.counts()).containsEntry(Rule.R5_CONTRADICTORY, 2);
    }

    @Test
    void anImportedPairIsFlaggedWithItsStandardFormAndTheCuratedFixWins() {
        List<Finding> f = CHECKER.checkText(CheckField.BODY, 0, "Ban mobil dinas itu kempes sejak Saptu.",
                CheckContext.none());
        assertThat(f).extracting(Finding::word).containsExactly("kempes", "Saptu");
        assertThat(f).extracting(Finding::suggestions).containsExactly(List.of("kempis"), List.of("Sabtu"));
        assertThat(f).allSatisfy(x -> assertThat(x.kind()).isEqualTo(FindingKind.NONSTANDARD));
        // "resiko" is in both tables; the curated fix is the one given
        assertThat(CHECKER.kataBaku().standardOf("resiko")).contains("risiko");
    }

    @Test
    void editDistanceCountsASwapAsOneEdit() {
        assertThat(KataBakuImport.editDistance("kempes", "kempis")).isEqualTo(1);
        assertThat(KataBakuImport.editDistance("ahli", "ahil")).isEqualTo(1);
        assertThat(KataBakuImport.editDistance("cuma", "hanya")).isGreaterThan(KataBakuImport.MAX_VARIANT_EDITS);
    }
}
