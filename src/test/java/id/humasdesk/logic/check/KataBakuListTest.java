package id.humasdesk.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kata baku tables, curated and imported (decision 0116): big enough, every fix a real word, no
 * loops, no duplicates, and the curated fix wins where both list a form.
 */
class KataBakuListTest {
    private static final Path FILE = Path.of("assets", "dictionaries", "kata-baku.tsv");
    private static final Path IMPORTED = Path.of("assets", "dictionaries", "kata-baku-imported.tsv");
    private static final WritingChecker CHECKER = Checkers.shared();

    /** Both tables, curated first; a form the curated table lists keeps its curated fix. */
    private static Map<String, String> entries() throws IOException {
        Map<String, String> all = new java.util.LinkedHashMap<>(KataBaku.read(Files.newInputStream(FILE)));
        KataBaku.read(Files.newInputStream(IMPORTED)).forEach(all::putIfAbsent);
        return all;
    }

    @Test
    void hasAtLeastAThousandEntriesWithoutDuplicates() throws IOException {
        List<String> forms = new ArrayList<>();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                forms.add(Words.lower(line.split("\t")[0]).replace('’', '\''));
            }
        }
        assertThat(forms).hasSizeGreaterThanOrEqualTo(1000).doesNotHaveDuplicates();
        List<String> imported = new ArrayList<>();
        for (String line : Files.readAllLines(IMPORTED, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                imported.add(Words.lower(line.split("\t")[0]).replace('’', '\''));
            }
        }
        assertThat(imported).doesNotHaveDuplicates().doesNotContainAnyElementsOf(forms);
        assertThat(CHECKER.kataBaku().size()).isEqualTo(forms.size() + imported.size());
    }

    @Test
    void noEntryMapsToItselfOrToAnUnknownWord() throws IOException {
        List<String> problems = new ArrayList<>();
        for (var e : entries().entrySet()) {
            if (Words.lower(e.getKey()).equals(Words.lower(e.getValue()))) {
                problems.add(e.getKey() + " maps to itself");
            }
            for (String part : e.getValue().split(" ")) {
                if (!CHECKER.spelling().isCorrect(part)) {
                    problems.add(e.getKey() + " -> " + e.getValue() + ": " + part + " is not a known word");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noStandardFormIsItselfListedAsNonStandard() throws IOException {
        Map<String, String> all = entries();
        Set<String> nonStandard = new HashSet<>();
        all.keySet().forEach(k -> nonStandard.add(Words.lower(k)));
        assertThat(all.values().stream().map(Words::lower).filter(nonStandard::contains)).isEmpty();
    }

    @Test
    void fixesKeepCaseAndClitics() {
        KataBaku kb = CHECKER.kataBaku();
        assertThat(kb.standardOf("resiko")).contains("risiko");
        assertThat(kb.standardOf("Himbauan")).contains("Imbauan");
        assertThat(kb.standardOf("AKTIFITAS")).contains("AKTIVITAS");
        assertThat(kb.standardOf("aktifitasnya")).contains("aktivitasnya");
        assertThat(kb.standardOf("Jum’at")).contains("Jumat");
        assertThat(kb.standardOf("silahkan")).contains("silakan");
        assertThat(kb.standardOf("risiko")).isEmpty();
    }

    @Test
    void aNonStandardWordIsOneFindingWithOneFix() {
        List<Finding> f = CHECKER.checkText(CheckField.BODY, 0,
                "Silahkan baca himbauan tentang resiko praktek analisa yang merubah jadwal.", CheckContext.none());
        assertThat(f).extracting(Finding::word).containsExactly("Silahkan", "himbauan", "resiko", "praktek",
                "analisa", "merubah");
        assertThat(f).extracting(Finding::suggestions).containsExactly(List.of("Silakan"), List.of("imbauan"),
                List.of("risiko"), List.of("praktik"), List.of("analisis"), List.of("mengubah"));
        assertThat(f).allSatisfy(x -> assertThat(x.kind()).isEqualTo(FindingKind.NONSTANDARD));
    }
}
