package id.humasdesk.logic.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One loaded checker for all tests of the suite: loading the dictionary once keeps the suite fast. */
final class Checkers {
    static final Path SAMPLE = Path.of("..", "shared", "samples", "release-kaur-konsolidasi-humas.txt");
    private static WritingChecker shared;

    private Checkers() {
    }

    /** Loaded, without office words. Tests that add office words use {@link #fresh()}. */
    static synchronized WritingChecker shared() {
        if (shared == null) {
            shared = WritingChecker.fromClasspath();
            shared.load();
        }
        return shared;
    }

    /** A checker of its own, sharing nothing mutable with the others (costs a dictionary load). */
    static WritingChecker fresh() {
        return WritingChecker.fromClasspath();
    }

    static String sample() {
        try {
            return Files.readString(SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample release must be at " + SAMPLE.toAbsolutePath(), e);
        }
    }
}
