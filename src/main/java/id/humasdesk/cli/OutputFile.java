package id.humasdesk.cli;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.common.OutputFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a command's output file after {@link OutputFiles#check}: never over an existing one without
 * --force, never into the data directory's stores, never half-written.
 */
final class OutputFile {
    private OutputFile() {
    }

    static Path write(Path out, byte[] bytes, boolean force, Path dataDirectory) throws IOException {
        Path target = OutputFiles.check(out, dataDirectory, force);
        AtomicFiles.replace(target, bytes);
        return target;
    }
}
