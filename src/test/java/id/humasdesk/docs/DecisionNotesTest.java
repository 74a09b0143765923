package id.humasdesk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision notes say whether they still hold and since when, and nothing points at a note that is not
 * there (the packaging README once cited a note 0403 that was never written).
 */
class DecisionNotesTest {
    private static final Path NOTES = Path.of("src/docs/decisions");
    private static final Pattern NOTE_FILE = Pattern.compile("(\\d{4})-.+\\.md");
    /** In Markdown any four-digit number starting with 0 is a note number; in code only "decision NNNN". */
    private static final Pattern IN_MARKDOWN = Pattern.compile("\\b(0\\d{3})\\b");
    private static final Pattern IN_CODE = Pattern.compile("(?i)\\b(?:decision|note)s?\\s+(\\d{4})\\b");

    @Test
    void everyNoteHasAStatusAndADate() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path note : notes()) {
            List<String> head = Files.readAllLines(note).stream().limit(12).toList();
            boolean status = head.stream().anyMatch(l -> l.matches("(?i)\\W*status\\W*:?.*\\w.*"));
            boolean date = head.stream().anyMatch(l -> l.matches(".*\\b20\\d\\d-\\d\\d-\\d\\d\\b.*"));
            if (!status || !date) {
                missing.add(note.getFileName() + (status ? "" : " (no status)") + (date ? "" : " (no date)"));
            }
        }
        assertThat(missing).as("notes without a status or date line near the top").isEmpty();
    }

    @Test
    void everyCitedNoteExists() throws IOException {
        Set<String> numbers = notes().stream().map(p -> NOTE_FILE.matcher(p.getFileName().toString()))
                .filter(Matcher::matches).map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(numbers).contains("0001", "0400");
        List<String> dangling = new ArrayList<>();
        try (Stream<Path> files = Stream.of(Path.of("README.md"), Path.of("packaging"), NOTES, Path.of("src/main/java"))
                .flatMap(DecisionNotesTest::walk)) {
            files.filter(f -> !f.equals(NOTES.resolve("README.md"))).forEach(f -> {
                Pattern cite = f.toString().endsWith(".md") ? IN_MARKDOWN
                        : f.toString().endsWith(".java") ? IN_CODE : null;
                if (cite == null) {
                    return;
                }
                Matcher m = cite.matcher(read(f));
                while (m.find()) {
                    if (!numbers.contains(m.group(1))) {
                        dangling.add(f + " cites " + m.group(1));
                    }
                }
            });
        }
        assertThat(dangling).as("references to decision notes that do not exist").isEmpty();
    }

    private static List<Path> notes() throws IOException {
        try (Stream<Path> files = Files.list(NOTES)) {
            return files.filter(p -> NOTE_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    private static Stream<Path> walk(Path start) {
        try {
            return Files.isDirectory(start) ? Files.walk(start).filter(Files::isRegularFile).toList().stream()
                    : Stream.of(start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
