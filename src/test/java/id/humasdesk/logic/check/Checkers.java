package id.humasdesk.logic.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** One loaded checker for all tests of the suite: loading the dictionary once keeps the suite fast. */
final class Checkers {
    /** The real regency release that ships in the app (Bantuan, Buka Contoh Rilis). */
    static final String SAMPLE = "/id/humasdesk/demo/sample-release.txt";
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
        try (var in = Checkers.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("The sample release must be on the class path at " + SAMPLE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
