package id.humasdesk.logic.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheWholeFileAndLeavesNoPartFile() throws IOException {
        Path f = dir.resolve("sub/preferences.properties");
        AtomicFiles.replace(f, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.replace(f, "new content".getBytes(StandardCharsets.UTF_8));
        assertThat(f).hasContent("new content");
        assertThat(names(f.getParent())).containsExactly("preferences.properties");
    }

    @Test
    void aFailureWhileWritingKeepsTheOldFileAndCleansUp() throws IOException {
        Path f = dir.resolve("pc-id");
        AtomicFiles.replace(f, "first".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> AtomicFiles.replace(f, AtomicFiles.Access.DEFAULT, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessageContaining("No space");
        assertThat(f).hasContent("first");
        assertThat(names(dir)).containsExactly("pc-id");
    }

    @Test
    void createKeepsAFileThatIsAlreadyThere() throws IOException {
        Path f = dir.resolve("secret.key");
        assertThat(AtomicFiles.create(f, AtomicFiles.Access.DEFAULT, out -> out.write(1))).isTrue();
        assertThat(AtomicFiles.create(f, AtomicFiles.Access.DEFAULT, out -> out.write(2))).isFalse();
        assertThat(Files.readAllBytes(f)).containsExactly(1);
        assertThat(names(dir)).containsExactly("secret.key");
    }

    @Test
    void ownerOnlyFilesAreNeverReadableByOthers() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
                "POSIX permissions only");
        Path f = dir.resolve("office.key");
        AtomicFiles.replace(f, AtomicFiles.Access.OWNER_ONLY, out -> out.write(7));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
    }

    @Test
    void contentMayCloseItsStream() throws IOException {
        Path f = dir.resolve("bundle.zip");
        AtomicFiles.replace(f, AtomicFiles.Access.DEFAULT, out -> {
            try (out) {
                out.write("zip".getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(f).hasContent("zip");
    }

    private static Stream<String> names0(Path folder) throws IOException {
        return Files.list(folder).map(p -> p.getFileName().toString());
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<String> s = names0(folder)) {
            return s.sorted().toList();
        }
    }
}
