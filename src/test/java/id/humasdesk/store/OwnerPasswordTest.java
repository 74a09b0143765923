package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.services.Services;
import id.humasdesk.support.TestOffice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hosting PC's owner password lives in {@code db/owner.secret} (decision 0620). A kill between
 * writing that file and setting the password, or restoring a backup from before hosting, leaves
 * the database with the old empty password: the next open sets it and the office opens as usual.
 */
class OwnerPasswordTest {
    @TempDir
    Path dir;

    @Test
    void anOwnerSecretTheDatabaseDoesNotKnowYetIsSetAtTheNextOpen() throws Exception {
        new TestOffice(dir).close();
        DataDirectory d = new DataDirectory(dir);
        Files.writeString(d.database().resolveSibling("owner.secret"), "a1b2c3d4e5f6\n");

        try (Services s = Wiring.open(dir, null, Clock.systemUTC())) {
            assertThat(s.accounts().login("rina", TestOffice.PASSWORD.toCharArray()).username()).isEqualTo("rina");
        }

        String url = H2Store.url(d.database());
        assertThatThrownBy(() -> DriverManager.getConnection(url, "humasdesk", "").close())
                .as("the empty owner password no longer opens it").isInstanceOf(SQLException.class);
        DriverManager.getConnection(url, "humasdesk", "a1b2c3d4e5f6").close();
        try (Services s = Wiring.open(dir, null, Clock.systemUTC())) {
            assertThat(s.accounts().isSetUp()).as("and the app opens it directly").isTrue();
        }
    }
}
