package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.model.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved database password off Windows: AES-GCM with a key that only the OS user may read,
 * kept outside the data directory; the settings file never holds the password in plain text.
 */
class SecretProtectionTest {
    private static final String PASSWORD = "kata-sandi-server-Kaur-2026";
    @TempDir
    Path tmp;

    @Test
    void savedSettingsHoldNoPlainPasswordAndOpenAgainWithTheKeyOfThisUserOnly() throws Exception {
        Path data = tmp.resolve("data");
        Path keys = tmp.resolve("config").resolve("humasdesk");
        DatabaseTarget target = DatabaseTarget.server("jdbc:postgresql://db.kantor.lan:5432/humasdesk", "humas",
                PASSWORD);
        SavedConnection.save(data, target, new SecretProtection.KeyFile(keys));

        String file = Files.readString(data.resolve(SavedConnection.FILE), StandardCharsets.UTF_8);
        assertThat(file).contains("user=humas").doesNotContain(PASSWORD);
        assertThat(Files.list(data).map(p -> p.getFileName().toString()))
                .as("no key beside the data").containsExactly(SavedConnection.FILE);
        assertThat(SavedConnection.read(data).orElseThrow().target(keys, null).password()).isEqualTo(PASSWORD);
        assertThat(SavedConnection.read(data).orElseThrow().target(keys, "dari-lingkungan").password())
                .as("the environment variable wins").isEqualTo("dari-lingkungan");

        Path keyFile = keys.resolve(SecretProtection.KeyFile.KEY_FILE);
        Assumptions.assumeTrue(Files.getFileAttributeView(keyFile,
                java.nio.file.attribute.PosixFileAttributeView.class) != null, "POSIX permissions only");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(SavedConnection.FILE))))
                .isEqualTo("rw-------");

        // A careless chmod is taken back on the next use.
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        SavedConnection.read(data).orElseThrow().target(keys, null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void theDataDirectoryAloneOrMovedToOtherSettingsDoesNotOpenThePassword() {
        Path data = tmp.resolve("data");
        Path keys = tmp.resolve("keys");
        SecretProtection.KeyFile protection = new SecretProtection.KeyFile(keys);
        SavedConnection saved = SavedConnection.save(data, DatabaseTarget.server(
                "jdbc:postgresql://db.kantor.lan:5432/humasdesk", "humas", PASSWORD), protection);

        assertThatThrownBy(() -> saved.target(tmp.resolve("another-pc-keys"), null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.connection.passwordUnreadable"));
        SavedConnection moved = new SavedConnection("jdbc:postgresql://elsewhere:5432/humasdesk", "humas",
                saved.passwordScheme(), saved.protectedPassword());
        assertThatThrownBy(() -> moved.target(keys, null)).isInstanceOf(UserFacingException.class);
        assertThat(protection.protect(PASSWORD, "x")).as("a fresh nonce every time")
                .isNotEqualTo(protection.protect(PASSWORD, "x"));
    }
}
