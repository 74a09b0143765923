package id.humasdesk.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project word list only holds what the dictionary lacks, and nothing the kata baku list rejects. */
class ProjectWordListTest {
    private static final Path FILE = Path.of("assets", "dictionaries", "humasdesk-words.txt");
    private static final WritingChecker CHECKER = Checkers.shared();

    private static List<String> words() throws IOException {
        return Lexicon.readList(Files.newInputStream(FILE));
    }

    @Test
    void aFewHundredEntriesWithoutDuplicates() throws IOException {
        assertThat(words()).hasSizeGreaterThanOrEqualTo(300).doesNotHaveDuplicates();
    }

    @Test
    void everyEntryIsOneTheDictionaryLacks() throws IOException {
        assertThat(words()).filteredOn(w -> CHECKER.spelling().inDictionary(w)).isEmpty();
    }

    @Test
    void noEntryIsANonStandardForm() throws IOException {
        assertThat(words()).filteredOn(w -> CHECKER.kataBaku().standardOf(w).isPresent()).isEmpty();
    }

    @Test
    void everyEntryIsAcceptedAsListed() throws IOException {
        assertThat(words()).allSatisfy(w -> assertThat(CHECKER.spelling().isCorrect(w)).as(w).isTrue());
    }
}
